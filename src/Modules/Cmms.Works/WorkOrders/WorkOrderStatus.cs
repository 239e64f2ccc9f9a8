namespace Cmms.Works.WorkOrders;

public enum WorkOrderStatus
{
    Planned,
    Assigned,
    InProgress,
    OnHold,
    Done,
    Closed,
    Cancelled,
}

public enum WorkOrderType
{
    Corrective,
    Preventive,
    Statutory,
    Works,
}

public enum Priority
{
    Urgent,
    High,
    Normal,
    Low,
}

public enum HoldReason
{
    WaitingForParts,
    WaitingForContractor,
    NoAccess,
    Weather,
    Other,
}
