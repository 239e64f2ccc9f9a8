using Cmms.Kernel.Domain;

namespace Cmms.Works.Costs;

public enum CostKind
{
    Labour,
    Parts,
    Contractor,
}

/// <summary>
/// A cost the Works module reports: one per hours entry, part used or contractor invoice, written in
/// the same transaction as what it values, never changed (a correction is a reversing event). The
/// costs module turns them into ledger lines with their analytic axes.
/// </summary>
public sealed class CostEvent : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public CostKind Kind { get; set; }

    /// <summary>The time entry, part usage or invoice it values.</summary>
    public Guid SourceId { get; set; }

    public Guid WorkOrderId { get; set; }

    public Guid ServiceId { get; set; }

    public Guid SiteId { get; set; }

    public string? AssetModule { get; set; }

    public Guid? AssetId { get; set; }

    public Guid? AgentId { get; set; }

    public string? HoursKind { get; set; }

    public DateOnly OccurredOn { get; set; }

    public decimal Quantity { get; set; }

    public decimal UnitCost { get; set; }

    public decimal Amount { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}
