namespace Cmms.Works.WorkOrders;

/// <summary>
/// planned → assigned → in progress ⇄ on hold → done → closed, with cancellation before the work is
/// done and reopening of done work. Anything else is refused.
/// </summary>
public static class WorkOrderWorkflow
{
    private static readonly Dictionary<WorkOrderStatus, WorkOrderStatus[]> Moves = new()
    {
        [WorkOrderStatus.Planned] = [WorkOrderStatus.Assigned, WorkOrderStatus.Cancelled],
        [WorkOrderStatus.Assigned] = [WorkOrderStatus.InProgress, WorkOrderStatus.Planned, WorkOrderStatus.OnHold, WorkOrderStatus.Cancelled],
        [WorkOrderStatus.InProgress] = [WorkOrderStatus.OnHold, WorkOrderStatus.Done],
        [WorkOrderStatus.OnHold] = [WorkOrderStatus.InProgress, WorkOrderStatus.Cancelled],
        [WorkOrderStatus.Done] = [WorkOrderStatus.Closed, WorkOrderStatus.InProgress],
        [WorkOrderStatus.Closed] = [],
        [WorkOrderStatus.Cancelled] = [],
    };

    public static bool CanMove(WorkOrderStatus from, WorkOrderStatus to) => Moves[from].Contains(to);

    public static IReadOnlyList<WorkOrderStatus> MovesFrom(WorkOrderStatus from) => Moves[from];

    public static bool NeedsReason(WorkOrderStatus from, WorkOrderStatus to) =>
        to is WorkOrderStatus.OnHold or WorkOrderStatus.Cancelled
        || (from == WorkOrderStatus.Done && to == WorkOrderStatus.InProgress);

    /// <summary>Hours, notes, photos and parts are recorded while the work is open or just done, never after closing.</summary>
    public static bool AcceptsWork(WorkOrderStatus status) =>
        status is WorkOrderStatus.Assigned or WorkOrderStatus.InProgress or WorkOrderStatus.OnHold or WorkOrderStatus.Done;

    public static bool IsOpen(WorkOrderStatus status) => status is not (WorkOrderStatus.Done or WorkOrderStatus.Closed or WorkOrderStatus.Cancelled);

    public static readonly WorkOrderStatus[] OpenStatuses = [.. Enum.GetValues<WorkOrderStatus>().Where(IsOpen)];

    /// <summary>What the request's referent reads for each state of the work behind it.</summary>
    public static Requests.RequestStatus? RequestStatusFor(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.Planned or WorkOrderStatus.Assigned => Requests.RequestStatus.Validated,
        WorkOrderStatus.InProgress or WorkOrderStatus.OnHold => Requests.RequestStatus.InProgress,
        WorkOrderStatus.Done => Requests.RequestStatus.Done,
        WorkOrderStatus.Closed => Requests.RequestStatus.Closed,
        WorkOrderStatus.Cancelled => Requests.RequestStatus.Rejected,
        _ => null,
    };
}
