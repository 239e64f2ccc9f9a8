using Cmms.Kernel.Domain;

namespace Cmms.Costs.Rates;

/// <summary>The kinds of hours whose rate differs from the agent's normal hourly cost.</summary>
public enum PremiumHours
{
    Overtime,
    OnCall,
}

/// <summary>
/// What an hour of overtime or of on-call intervention costs, as a percentage of the agent's hourly cost of
/// the day (the Directory's rate): 125 % for overtime (IHTS), for instance. From a date on; never edited once
/// in effect (a new rate starts later), so the hours of a past day keep their value.
/// </summary>
public sealed class LabourRate : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public PremiumHours Kind { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public decimal Percent { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>
/// The internal rate of a vehicle or machine's use, per km or per engine hour, by category, from a date on
/// (history kept like <see cref="LabourRate"/>). The use of a month is charged to the vehicle's service.
/// </summary>
public sealed class VehicleRate : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    /// <summary>The Fleet category's name (LightVehicle, Truck, RideOnMower…).</summary>
    public required string Category { get; set; }

    /// <summary>"km" or "h".</summary>
    public required string Unit { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public decimal Rate { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }
}
