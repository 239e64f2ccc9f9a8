using Cmms.Kernel.Domain;

namespace Cmms.Directory.Agents;

/// <summary>
/// The hourly cost of an agent from a date on. Rates are never edited once in effect: a new rate
/// starts on a later date, so hours already worked keep the rate of their day.
/// </summary>
public sealed class AgentRate : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid AgentId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Loaded hourly cost in euros (salary and charges), as finance values labour.</summary>
    public decimal HourlyCost { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }
}
