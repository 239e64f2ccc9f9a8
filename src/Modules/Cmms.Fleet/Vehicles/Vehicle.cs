using Cmms.Kernel.Domain;

namespace Cmms.Fleet.Vehicles;

/// <summary>
/// A vehicle or machine of the fleet: a Kangoo, a sweeper, a ride-on mower. Its meters and their readings,
/// its fuel and its workshop jobs hang under it; it is never deleted once work refers to it, only retired.
/// </summary>
public sealed class Vehicle : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>The fleet number painted on the vehicle ("V-012"), unique in the organisation.</summary>
    public required string InternalNumber { get; set; }

    public required string Label { get; set; }

    public string? Brand { get; set; }

    public string? Model { get; set; }

    public VehicleCategory Category { get; set; }

    /// <summary>French SIV plate, kept as AB-123-CD; null for unregistered machines.</summary>
    public string? Registration { get; set; }

    public string? Vin { get; set; }

    /// <summary>The Directory service that uses the vehicle (green spaces, roads…).</summary>
    public Guid ServiceId { get; set; }

    /// <summary>The Directory site it returns to at night (the technical centre): the asset's site for scope and work orders.</summary>
    public Guid SiteId { get; set; }

    public FuelType Fuel { get; set; }

    public DateOnly? AcquiredOn { get; set; }

    public decimal? AcquisitionCost { get; set; }

    public VehicleStatus Status { get; set; }

    public DateTime StatusSinceUtc { get; set; }

    /// <summary>Sold or scrapped: kept for its history, gone from the lists and the catalog.</summary>
    public DateOnly? RetiredOn { get; set; }

    public string? RetiredReason { get; set; }

    /// <summary>
    /// Upper-case text without accents of the number, plate (with and without dashes), label, brand, model
    /// and VIN: one LIKE that behaves the same on every provider (SQLite's upper() ignores accents).
    /// </summary>
    public string SearchKey { get; private set; } = string.Empty;

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public List<Readings.Meter> Meters { get; } = [];

    public bool IsRetired => RetiredOn is not null;

    /// <summary>Recomputes <see cref="SearchKey"/>; called whenever an identifying field is set.</summary>
    public void RefreshSearchKey() =>
        SearchKey = SearchText.Normalise(string.Join(' ', new[]
        {
            InternalNumber, Registration, Registration?.Replace("-", string.Empty, StringComparison.Ordinal), Label, Brand, Model, Vin,
        }.Where(s => !string.IsNullOrWhiteSpace(s))));
}

public enum VehicleCategory
{
    LightVehicle,
    UtilityVan,
    Truck,
    Sweeper,
    Tractor,
    RideOnMower,
    MiniExcavator,
    Trailer,
    SmallEquipment,
}

public enum FuelType
{
    Diesel,
    Petrol,
    Electric,
    Cng,
    Hvo,
    None,
}

public enum VehicleStatus
{
    Available,
    InWorkshop,
    OutOfService,
}
