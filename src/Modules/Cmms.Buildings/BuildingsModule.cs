using Cmms.Buildings.Access;
using Cmms.Buildings.Buildings;
using Cmms.Buildings.Catalog;
using Cmms.Buildings.Equipment;
using Cmms.Buildings.Home;
using Cmms.Buildings.Import;
using Cmms.Buildings.Layers;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Ui;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Buildings;

/// <summary>
/// The built assets (patrimoine bâti): buildings of the Directory's sites, their levels and rooms, and their
/// equipment with its regulatory category, place, moves and retirement. Answers the asset catalog, the map's
/// layers and the register imports for buildings and equipment.
/// </summary>
public static class BuildingsModule
{
    public static IServiceCollection AddBuildingsModule(this IServiceCollection services)
    {
        services.AddSingleton<INavigationContributor, BuildingsNavigation>();
        services.AddScoped<IHomeTileProvider, BuildingsHomeTiles>();
        services.AddScoped<BuildingsAccess>();
        services.AddScoped<Places>();
        services.AddScoped<EquipmentWrites>();
        services.AddScoped<IAssetCatalog, BuildingsCatalog>();
        services.AddScoped<IFeatureLayer, BuildingsLayer>();
        services.AddScoped<IFeatureLayer, EquipmentLayer>();
        services.AddScoped<IRegisterImport, BuildingsImport>();
        services.AddScoped<IRegisterImport, EquipmentImport>();
        services.AddScoped<IDemoSeeder, Demo.BuildingsDemoSeeder>();
        services.AddScoped<IScaleSeeder, Demo.BuildingsScaleSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapBuildingsModule(this IEndpointRouteBuilder endpoints)
    {
        Api.BuildingsApi.MapBuildingsApi(endpoints);
        Api.EquipmentApi.MapEquipmentApi(endpoints);
        return endpoints;
    }
}
