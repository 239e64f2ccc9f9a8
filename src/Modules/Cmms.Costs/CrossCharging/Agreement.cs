using Cmms.Kernel.Domain;

namespace Cmms.Costs.CrossCharging;

/// <summary>
/// An agreement by which one of this organisation's services works for another organisation (the city's
/// road team on the intercommunality's roads, a shared garage): the costs of that service on the sites named
/// (all its sites when none is) are re-charged to the other organisation each period, labour at the agreed
/// hourly rate, everything else at cost plus the agreed overhead.
/// </summary>
public sealed class Agreement : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public Guid BeneficiaryOrganisationId { get; set; }

    public required string BeneficiaryName { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>Sites of this organisation where the work is done for the other; empty: every site.</summary>
    public List<Guid> SiteIds { get; set; } = [];

    /// <summary>Euros per hour of labour re-charged, whatever the agent's own cost.</summary>
    public decimal LabourHourlyRate { get; set; }

    /// <summary>Percentage added to parts, contractors, fuel, vehicle use and consumables (10 for 10 %).</summary>
    public decimal OverheadPercent { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
