using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Ui;
using Cmms.Roads.Api;
using Cmms.Roads.Catalog;
using Cmms.Roads.Demo;
using Cmms.Roads.Home;
using Cmms.Roads.Segments;
using Cmms.Roads.Signs;
using Cmms.Roads.StreetLights;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Roads;

/// <summary>Roads: segments (lines), signs and street lights (points), their pages, API, map layers and imports.</summary>
public static class RoadsModule
{
    /// <summary>The module's name in asset references (<c>roads:&lt;id&gt;</c>) and on its layers.</summary>
    public const string Name = "roads";

    public static IServiceCollection AddRoadsModule(this IServiceCollection services)
    {
        services.AddSingleton<INavigationContributor, RoadsNavigation>();
        services.AddScoped<IAssetCatalog, RoadsCatalog>();
        services.AddScoped<IFeatureLayer, SegmentsLayer>();
        services.AddScoped<IFeatureLayer, SignsLayer>();
        services.AddScoped<IFeatureLayer, StreetLightsLayer>();
        services.AddScoped<IRegisterImport, SegmentsImport>();
        services.AddScoped<IRegisterImport, SignsImport>();
        services.AddScoped<IRegisterImport, StreetLightsImport>();
        services.AddScoped<IDemoSeeder, RoadsDemoSeeder>();
        services.AddScoped<IScaleSeeder, RoadsScaleSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapRoadsModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRoadsApi();
        return endpoints;
    }
}
