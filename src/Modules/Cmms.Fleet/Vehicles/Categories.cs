using Cmms.Fleet.Readings;

namespace Cmms.Fleet.Vehicles;

/// <summary>What a category implies: whether it goes on the road (registered, with a VIN) and the meters it usually has.</summary>
public static class Categories
{
    /// <summary>
    /// Vehicles on the road carry a registration and a VIN. Trailers under 500 kg, mowers, mini-excavators and
    /// small equipment often carry neither: for them both are optional.
    /// </summary>
    public static bool IsRegistered(VehicleCategory category) =>
        category is VehicleCategory.LightVehicle or VehicleCategory.UtilityVan or VehicleCategory.Truck or VehicleCategory.Sweeper or VehicleCategory.Tractor;

    /// <summary>The meters a new vehicle of the category gets unless the form says otherwise.</summary>
    public static IReadOnlyList<MeterKind> DefaultMeters(VehicleCategory category) => category switch
    {
        VehicleCategory.LightVehicle or VehicleCategory.UtilityVan or VehicleCategory.Truck => [MeterKind.Km],
        VehicleCategory.Tractor => [MeterKind.EngineHours, MeterKind.PtoHours],
        VehicleCategory.Trailer => [],
        _ => [MeterKind.EngineHours],
    };
}
