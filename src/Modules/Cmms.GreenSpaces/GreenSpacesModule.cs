using Cmms.GreenSpaces.Api;
using Cmms.GreenSpaces.Catalog;
using Cmms.GreenSpaces.Demo;
using Cmms.GreenSpaces.Home;
using Cmms.GreenSpaces.PlayEquipment;
using Cmms.GreenSpaces.Trees;
using Cmms.GreenSpaces.Zones;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Ui;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.GreenSpaces;

/// <summary>Green spaces: zones (polygons), trees and playground equipment (points), their pages, API, map layers and imports.</summary>
public static class GreenSpacesModule
{
    /// <summary>The module's name in asset references (<c>greenspaces:&lt;id&gt;</c>) and on its layers.</summary>
    public const string Name = "greenspaces";

    public static IServiceCollection AddGreenSpacesModule(this IServiceCollection services)
    {
        services.AddSingleton<INavigationContributor, GreenSpacesNavigation>();
        services.AddScoped<IAssetCatalog, GreenSpacesCatalog>();
        services.AddScoped<IFeatureLayer, ZonesLayer>();
        services.AddScoped<IFeatureLayer, TreesLayer>();
        services.AddScoped<IFeatureLayer, PlayLayer>();
        services.AddScoped<IRegisterImport, ZonesImport>();
        services.AddScoped<IRegisterImport, TreesImport>();
        services.AddScoped<IRegisterImport, PlayImport>();
        services.AddScoped<IDemoSeeder, GreenSpacesDemoSeeder>();
        services.AddScoped<IScaleSeeder, GreenSpacesScaleSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapGreenSpacesModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGreenSpacesApi();
        return endpoints;
    }
}
