using Cmms.Fleet.Api;
using Cmms.Fleet.Catalog;
using Cmms.Fleet.Fuel;
using Cmms.Fleet.Home;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Fleet.Workshop;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Import;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Ui;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Fleet;

/// <summary>Vehicles and machines, their meters and readings, fuel, and the workshop's jobs.</summary>
public static class FleetModule
{
    public static IServiceCollection AddFleetModule(this IServiceCollection services)
    {
        services.AddSingleton<INavigationContributor, FleetNavigation>();
        services.AddScoped<IHomeTileProvider, FleetHomeTiles>();
        services.AddScoped<VehicleRegister>();
        services.AddScoped<VehicleCards>();
        services.AddScoped<ReadingBook>();
        services.AddScoped<FuelBook>();
        services.AddScoped<WorkshopDesk>();

        // The kernel contracts Fleet answers: the asset catalog, meters for preventive plans, the register's import.
        services.AddScoped<IAssetCatalog, VehicleCatalog>();
        services.AddScoped<IAssetMeters, VehicleMeters>();
        services.AddScoped<IRegisterImport, VehicleImport>();
        services.AddScoped<Kernel.Costs.ICostFeed, FleetFuelFeed>();
        services.AddScoped<Kernel.Costs.ICostFeed, FleetUseFeed>();
        services.AddScoped<IDemoSeeder, Demo.FleetDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapFleetModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapVehiclesApi();
        return endpoints;
    }
}
