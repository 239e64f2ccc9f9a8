using Cmms.Kernel.Costs;
using Cmms.Kernel.Domain;

namespace Cmms.Costs.Ledger;

/// <summary>
/// One line of the cost ledger, with the analytic axes a local authority reads: organisation, period,
/// service, cost centre, budget line (section, M57 nature and function), site, asset, work order, and for
/// labour the agent and the kind of hours. Append-only: never updated nor deleted; a correction is a
/// reversing line plus a new line, both pointing at the line they correct.
/// </summary>
public sealed class CostLine : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid PeriodId { get; set; }

    /// <summary>The period's year × 100 + month (202604): what exports and analysis group and filter on.</summary>
    public int PeriodKey { get; set; }

    /// <summary>Its date fell in a period already closed when it was posted: it went to the next open one.</summary>
    public bool Late { get; set; }

    /// <summary>The feed it came from ("works", "fleet-fuel", "fleet-use", "stock") or "costs" for corrections.</summary>
    public required string Source { get; set; }

    public Guid SourceId { get; set; }

    public CostFactKind Kind { get; set; }

    public DateOnly OccurredOn { get; set; }

    public DateTime PostedAtUtc { get; set; }

    public decimal Quantity { get; set; }

    public required string Unit { get; set; }

    public decimal UnitCost { get; set; }

    /// <summary>Euros excluding VAT, to the cent, signed.</summary>
    public decimal Amount { get; set; }

    public Guid? ServiceId { get; set; }

    public required string CostCentre { get; set; }

    /// <summary>Null while no allocation rule matched: the line is "to classify".</summary>
    public Guid? BudgetLineId { get; set; }

    public BudgetSectionCode Section { get; set; }

    public string? Nature { get; set; }

    public string? Function { get; set; }

    public Guid? SiteId { get; set; }

    public string? AssetModule { get; set; }

    public Guid? AssetId { get; set; }

    public Guid? WorkOrderId { get; set; }

    public string? WorkOrderNumber { get; set; }

    public Guid? AgentId { get; set; }

    public string? HoursKind { get; set; }

    /// <summary>For a correction's reversing line: the line it cancels.</summary>
    public Guid? ReversalOfId { get; set; }

    /// <summary>For a correction's new line (and its reversing line): the original line corrected.</summary>
    public Guid? CorrectionOfId { get; set; }

    public string? Note { get; set; }
}

/// <summary>The section a line is charged to, "none" while it has no budget line.</summary>
public enum BudgetSectionCode
{
    None,
    Operating,
    Investment,
}
