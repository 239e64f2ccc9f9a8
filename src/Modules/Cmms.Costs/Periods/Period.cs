using Cmms.Kernel.Domain;

namespace Cmms.Costs.Periods;

public enum PeriodStatus
{
    Open,
    Closed,
}

/// <summary>
/// A month of an organisation's ledger. Opened by the first cost dated in it; closed by finance, after which
/// its lines never change and late costs go to the next open period. Every posting bumps its version, so a
/// close and a posting that race cannot both pass: one of them is told and tries again.
/// </summary>
public sealed class Period : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public int Key => (Year * 100) + Month;

    public PeriodStatus Status { get; set; }

    public int LineCount { get; set; }

    public DateTime OpenedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public string? ClosedBy { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public DateOnly Start => new(Year, Month, 1);

    public DateOnly End => Start.AddMonths(1).AddDays(-1);
}
