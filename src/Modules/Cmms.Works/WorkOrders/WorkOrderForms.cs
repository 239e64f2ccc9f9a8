using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Works.Attachments;
using Cmms.Works.Field;

namespace Cmms.Works.WorkOrders;

/// <summary>
/// Who does the work and when: the fields that validating a request, creating a work order and
/// re-assigning one share, with the checks they share.
/// </summary>
public abstract class PlanFields
{
    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    [Display(Name = "Agents")]
    public List<Guid> AgentIds { get; set; } = [];

    [StringLength(200), Display(Name = "Contractor")]
    public string? Contractor { get; set; }

    [Display(Name = "Planned start")]
    public DateOnly? PlannedStart { get; set; }

    [Display(Name = "Planned end")]
    public DateOnly? PlannedEnd { get; set; }

    /// <summary>What is wrong with the plan, by field (English resource keys): an agent not offered, an end before the start.</summary>
    public IEnumerable<(string Field, string Message)> Problems(IReadOnlyList<AgentInfo> agents)
    {
        if (AgentIds.Any(a => agents.All(known => known.Id != a)))
        {
            yield return (nameof(AgentIds), "Choose agents from the list.");
        }

        if (PlannedStart is { } start && PlannedEnd is { } end && end < start)
        {
            yield return (nameof(PlannedEnd), "The planned end cannot be before the planned start.");
        }
    }
}

/// <summary>A plan that also lists the tasks, one per line.</summary>
public abstract class TaskedPlanFields : PlanFields
{
    [StringLength(4000), Display(Name = "Tasks (one per line)")]
    public string? Tasks { get; set; }

    public IReadOnlyList<string> TaskLines() =>
        [.. (Tasks ?? string.Empty).Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0)];
}

/// <summary>A work order the manager decides without a request (an inspection finding, a planned job).</summary>
public sealed class NewWorkOrderForm : TaskedPlanFields
{
    [Display(Name = "Type of work")]
    public WorkOrderType Type { get; set; } = WorkOrderType.Corrective;

    [Display(Name = "Priority")]
    public Priority Priority { get; set; } = Priority.Normal;

    [Required, StringLength(200), Display(Name = "Title")]
    public string? Title { get; set; }

    [Required, StringLength(4000), Display(Name = "Description")]
    public string? Description { get; set; }

    [Required, Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    [StringLength(200), Display(Name = "Location")]
    public string? Location { get; set; }

    [Required, Display(Name = "Service")]
    public Guid? ServiceId { get; set; }

    [Display(Name = "Due date")]
    public DateOnly? DueDate { get; set; }
}

public sealed record NewWorkOrderPage(
    NewWorkOrderForm Form, IReadOnlyList<SiteInfo> Sites, IReadOnlyList<ServiceInfo> Services, IReadOnlyList<TeamInfo> Teams, IReadOnlyList<AgentInfo> Agents);

public sealed class MoveForm
{
    public int Version { get; set; }

    public WorkOrderStatus To { get; set; }

    [StringLength(2000), Display(Name = "Reason")]
    public string? Comment { get; set; }

    [Display(Name = "Hold reason")]
    public HoldReason? HoldReason { get; set; }
}

public sealed class AssignmentForm : PlanFields
{
    public int Version { get; set; }
}

public sealed class InvoiceForm
{
    [Required, StringLength(200), Display(Name = "Contractor")]
    public string? InvoiceContractor { get; set; }

    [Required, StringLength(50), Display(Name = "Invoice number")]
    public string? InvoiceNumber { get; set; }

    [Required, Display(Name = "Invoice date")]
    public DateOnly? InvoiceDate { get; set; }

    [Required, Display(Name = "Amount excluding VAT (€)")]
    public decimal? Amount { get; set; }
}

public sealed record WorkOrderRow(
    Guid Id, string Number, string Title, Guid SiteId, string Site, WorkOrderStatus Status, Priority Priority, WorkOrderType Type,
    Guid? TeamId, string? Team, DateTime DueAtUtc, bool Late);

public sealed record WorkOrderFilter(Guid? Service, string Status, WorkOrderType? Type, Guid? Team, Guid? Site, bool Late, int Page, string? Asset = null);

public sealed record WorkOrderList(
    WorkOrderFilter Filter, Kernel.Web.Paged<WorkOrderRow> Rows, IReadOnlyList<ServiceInfo> Services, IReadOnlyList<TeamInfo> Teams,
    IReadOnlyList<SiteInfo> Sites, bool CanCreate);

public sealed record WorkOrderStep(DateTime AtUtc, string ByName, WorkOrderStatus? From, WorkOrderStatus To, HoldReason? HoldReason, string? Comment);

public sealed record TimeLine(string Agent, DateOnly WorkDate, decimal Hours, HoursKind Kind, decimal Cost, string? Note);

public sealed record NoteLine(DateTime AtUtc, string ByName, string Text);

public sealed record PartLine(string Label, string? ItemReference, decimal Quantity, string Unit, decimal UnitCost, decimal Cost, DateOnly UsedOn);

public sealed record InvoiceLine(string Contractor, string InvoiceNumber, DateOnly InvoiceDate, decimal Amount, string EnteredBy);

public sealed record TaskLine(int Position, string Label, ChecklistAnswer? Answer, string? Comment, string? AnsweredBy, DateTime? AnsweredAtUtc);

public sealed record PhotoLine(Guid Id, string FileName, AttachmentStage Stage);

/// <summary>Everything the work order page shows, and its forms as last posted.</summary>
public sealed class WorkOrderPage
{
    public required WorkOrder Order { get; init; }

    public required string Site { get; init; }

    public required string Service { get; init; }

    public string? Team { get; init; }

    public required IReadOnlyList<AgentInfo> AssignedAgents { get; init; }

    public string? RequestNumber { get; init; }

    public required bool Late { get; init; }

    public required bool CanEdit { get; init; }

    public required IReadOnlyList<WorkOrderStatus> Moves { get; init; }

    public required IReadOnlyList<WorkOrderStep> Timeline { get; init; }

    public required IReadOnlyList<TaskLine> Tasks { get; init; }

    public required IReadOnlyList<TimeLine> Hours { get; init; }

    public required IReadOnlyList<NoteLine> Notes { get; init; }

    public required IReadOnlyList<PartLine> Parts { get; init; }

    public required IReadOnlyList<InvoiceLine> Invoices { get; init; }

    public required IReadOnlyList<PhotoLine> Photos { get; init; }

    public required WorkOrderCostSummary Costs { get; init; }

    public required IReadOnlyList<TeamInfo> Teams { get; init; }

    public required IReadOnlyList<AgentInfo> Agents { get; init; }

    public AssignmentForm Assignment { get; set; } = new();

    public InvoiceForm Invoice { get; set; } = new();

    public MoveForm Move { get; set; } = new();

    /// <summary>Parts from the stores, when a stock module is registered.</summary>
    public Parts.StockPartsPanel? Stock { get; init; }
}
