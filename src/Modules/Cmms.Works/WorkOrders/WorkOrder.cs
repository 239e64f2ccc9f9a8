using Cmms.Kernel.Assets;
using Cmms.Kernel.Domain;

namespace Cmms.Works.WorkOrders;

/// <summary>An ordre de travail: work a service has decided to do, by its teams or a contractor.</summary>
public sealed class WorkOrder : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>OT-2026-000456: per organisation and year, without gaps.</summary>
    public required string Number { get; set; }

    public WorkOrderType Type { get; set; }

    public Priority Priority { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public Guid SiteId { get; set; }

    public string? AssetModule { get; set; }

    public Guid? AssetId { get; set; }

    public string? AssetLabel { get; set; }

    public string? Location { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public Guid ServiceId { get; set; }

    public Guid? TeamId { get; set; }

    /// <summary>The request it was validated from; null when a manager (or a plan) created it.</summary>
    public Guid? RequestId { get; set; }

    public Guid? RequesterUserId { get; set; }

    public string? RequesterName { get; set; }

    public DateOnly? PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public DateTime DueAtUtc { get; set; }

    public WorkOrderStatus Status { get; set; }

    public DateTime StatusChangedAtUtc { get; set; }

    public HoldReason? HoldReason { get; set; }

    /// <summary>A contractor (prestataire) doing the work instead of, or beside, the teams.</summary>
    public string? Contractor { get; set; }

    /// <summary>The closing report the agent writes.</summary>
    public string? Report { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? DoneAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public List<WorkOrderAssignment> Assignments { get; set; } = [];

    public List<WorkOrderTask> Tasks { get; set; } = [];

    public AssetRef? Asset => AssetModule is { } module && AssetId is { } id ? new AssetRef(module, id) : null;

    public bool IsLate(DateTime nowUtc) => WorkOrderWorkflow.IsOpen(Status) && nowUtc > DueAtUtc;

    /// <summary>Moves the work order if the move is legal, and returns the event that records it.</summary>
    public WorkOrderEvent MoveTo(WorkOrderStatus to, DateTime atUtc, Guid? byUserId, string byName, string? comment, HoldReason? holdReason = null)
    {
        if (!WorkOrderWorkflow.CanMove(Status, to))
        {
            throw new WorkflowException($"A work order cannot go from {Status} to {to}.", "This work order can no longer be changed that way.");
        }

        if (to == WorkOrderStatus.OnHold && holdReason is null)
        {
            throw new WorkflowException("Putting a work order on hold needs a hold reason.", "Say why the work is on hold.");
        }

        if (WorkOrderWorkflow.NeedsReason(Status, to) && to != WorkOrderStatus.OnHold && string.IsNullOrWhiteSpace(comment))
        {
            throw new WorkflowException($"Moving a work order from {Status} to {to} needs a reason.", "A reason is required.");
        }

        if (to == WorkOrderStatus.Assigned && TeamId is null && Assignments.Count == 0 && Contractor is null)
        {
            throw new WorkflowException("Assigning needs a team, an agent or a contractor.", "Choose a team, an agent or a contractor first.");
        }

        var step = new WorkOrderEvent
        {
            OrganisationId = OrganisationId, WorkOrderId = Id, AtUtc = atUtc, ByUserId = byUserId, ByName = byName,
            From = Status, To = to, HoldReason = to == WorkOrderStatus.OnHold ? holdReason : null,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        };
        HoldReason = to == WorkOrderStatus.OnHold ? holdReason : null;
        DoneAtUtc = to == WorkOrderStatus.Done ? atUtc : to == WorkOrderStatus.InProgress ? null : DoneAtUtc;
        ClosedAtUtc = to is WorkOrderStatus.Closed or WorkOrderStatus.Cancelled ? atUtc : ClosedAtUtc;
        Status = to;
        StatusChangedAtUtc = atUtc;
        return step;
    }
}

/// <summary>An agent assigned to a work order.</summary>
public sealed class WorkOrderAssignment : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid WorkOrderId { get; set; }

    public Guid AgentId { get; set; }

    /// <summary>
    /// Ended once the work order is closed or cancelled: an agent's current assignments are then a
    /// short index read (an equality the index can seek), however many years of work are behind them.
    /// </summary>
    public AssignmentState State { get; set; }
}

public enum AssignmentState
{
    Current = 0,
    Ended = 1,
}

/// <summary>A task or checklist line of a work order, and the agent's answer to it.</summary>
public sealed class WorkOrderTask : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid WorkOrderId { get; set; }

    public int Position { get; set; }

    public required string Label { get; set; }

    public ChecklistAnswer? Answer { get; set; }

    public string? Comment { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTime? AnsweredAtUtc { get; set; }
}

public enum ChecklistAnswer
{
    Done,
    NotOk,
    NotApplicable,
}

/// <summary>One step of a work order's life: who, when, from, to, why.</summary>
public sealed class WorkOrderEvent : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid WorkOrderId { get; set; }

    public DateTime AtUtc { get; set; }

    public Guid? ByUserId { get; set; }

    public required string ByName { get; set; }

    /// <summary>Null for the creation.</summary>
    public WorkOrderStatus? From { get; set; }

    public WorkOrderStatus To { get; set; }

    public HoldReason? HoldReason { get; set; }

    public string? Comment { get; set; }
}
