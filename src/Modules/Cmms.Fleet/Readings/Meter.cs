using Cmms.Kernel.Domain;

namespace Cmms.Fleet.Readings;

/// <summary>
/// One meter of a vehicle (its odometer, its engine-hour counter, its PTO-hour counter) and where it stands:
/// the latest reading is kept here so the rising rule, the lists and the preventive plans read one row.
/// </summary>
public sealed class Meter : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid VehicleId { get; set; }

    public MeterKind Kind { get; set; }

    /// <summary>What the meter showed at its latest reading (in time), null before the first.</summary>
    public decimal? LastValue { get; set; }

    /// <summary>The use since tracking began at that latest reading, meter replacements bridged.</summary>
    public decimal? LastLifetime { get; set; }

    public DateTime? LastReadAtUtc { get; set; }

    /// <summary>
    /// Bumped at each reading and checked on save: two readings recorded at once on the same meter (two
    /// web nodes) cannot both pass the rising rule against the same last reading.
    /// </summary>
    public int Sequence { get; set; }

    public string Unit => Units.Of(Kind);
}

public enum MeterKind
{
    Km,
    EngineHours,
    PtoHours,
}

/// <summary>The unit of each kind of meter and the names the kernel contract uses for them.</summary>
public static class Units
{
    public static string Of(MeterKind kind) => kind == MeterKind.Km ? "km" : "h";

    /// <summary>The kind as <see cref="Kernel.Assets.MeterState.Kind"/> and the API name it: km, engine_hours, pto_hours.</summary>
    public static string Code(MeterKind kind) => kind switch
    {
        MeterKind.Km => "km",
        MeterKind.EngineHours => "engine_hours",
        _ => "pto_hours",
    };

    public static MeterKind? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "km" => MeterKind.Km,
        "engine_hours" or "enginehours" => MeterKind.EngineHours,
        "pto_hours" or "ptohours" => MeterKind.PtoHours,
        _ => null,
    };

    /// <summary>
    /// The meter fuel and workshop intake are read on, and consumption and cost are counted by: the odometer
    /// when there is one, else the engine hours, else the first meter.
    /// </summary>
    public static Meter? Main(IEnumerable<Meter> meters) => meters.OrderBy(m => m.Kind).FirstOrDefault();
}

/// <summary>
/// A reading of a meter at a moment. <see cref="Value"/> is what the meter showed; <see cref="Lifetime"/> is the
/// use since tracking began, which keeps rising across a meter replacement: distances and consumption are
/// differences of lifetimes, so they bridge a replacement without a gap or a negative jump.
/// </summary>
public sealed class MeterReading : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid VehicleId { get; set; }

    public Guid MeterId { get; set; }

    public DateTime ReadAtUtc { get; set; }

    public decimal Value { get; set; }

    public decimal Lifetime { get; set; }

    public ReadingSource Source { get; set; }

    /// <summary>
    /// The meter was replaced at this moment: <see cref="Value"/> is the new meter's start value and
    /// <see cref="OldMeterFinalValue"/> what the old one showed when removed.
    /// </summary>
    public bool IsReplacement { get; set; }

    public decimal? OldMeterFinalValue { get; set; }

    public required string EnteredBy { get; set; }

    public DateTime EnteredAtUtc { get; set; }
}

public enum ReadingSource
{
    Manual,
    Fuel,
    WorkshopIntake,
    Import,
    Api,
}
