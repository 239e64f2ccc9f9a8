using Cmms.Gis.Export;
using Cmms.Gis.Home;
using Cmms.Gis.Import;
using Cmms.Gis.Layers;
using Cmms.Gis.Ogc;
using Cmms.Gis.Search;
using Cmms.Kernel.Ui;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Gis;

/// <summary>
/// What works across the asset modules, through their kernel contracts only (feature layers, asset
/// catalogs, register imports): the map, OGC API – Features, imports and exports, search across modules.
/// Gis owns no asset: only the record of its import runs.
/// </summary>
public static class GisModule
{
    public static IServiceCollection AddGisModule(this IServiceCollection services)
    {
        services.AddSingleton<INavigationContributor, GisNavigation>();
        services.AddScoped<ModuleTexts>();
        services.AddScoped<LayerDirectory>();
        services.AddScoped<RegisterDirectory>();
        services.AddScoped<AssetSearch>();

        // Gis — imports run in the background, their progress in the database
        services.AddSingleton<LiveImports>();
        services.AddScoped<ImportProcess>();
        services.AddSingleton<ImportRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportRunner>());
        return services;
    }

    public static IEndpointRouteBuilder MapGisModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOgcApi();
        endpoints.MapExportApi();
        endpoints.MapAssetsApi();
        return endpoints;
    }
}
