using Cmms.Kernel.Domain;

namespace Cmms.Costs.CrossCharging;

/// <summary>What a re-charged cost is priced as: hours by their kind, then the other kinds of cost.</summary>
public enum ChargeKind
{
    NormalHours,
    OvertimeHours,
    OnCallHours,
    VehicleUse,
    Parts,
    Contractor,
    Fuel,
    Consumables,
}

/// <summary>
/// A rate of an <see cref="Agreement"/> from a date on: an hour of labour of a kind at a price per hour
/// (whatever the agent's own cost), any other kind of cost at its ledger cost plus a margin (0 % = at cost).
/// Never edited: a new rate starts on a later date and the history is kept, so a past period keeps its figures.
/// </summary>
public sealed class ChargeRate : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid AgreementId { get; set; }

    public ChargeKind Kind { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Euros per hour, for the hours kinds.</summary>
    public decimal? HourlyRate { get; set; }

    /// <summary>Percentage added to the cost (8 for 8 %), for the other kinds.</summary>
    public decimal? MarginPercent { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public static bool IsHours(ChargeKind kind) => kind is ChargeKind.NormalHours or ChargeKind.OvertimeHours or ChargeKind.OnCallHours;
}
