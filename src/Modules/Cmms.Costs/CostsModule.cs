using Cmms.Costs.Home;
using Cmms.Costs.Ledger;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Ui;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Costs;

/// <summary>The cost ledger fed by the modules' cost facts, its periods, the finance and HR exports, cross-charging and the analysis.</summary>
public static class CostsModule
{
    public static IServiceCollection AddCostsModule(this IServiceCollection services)
    {
        services.AddSingleton<INavigationContributor, CostsNavigation>();
        services.AddScoped<IHomeTileProvider, CostsHomeTiles>();
        services.AddSingleton<Posting>();
        services.AddScoped<Corrections>();
        services.AddScoped<Periods.PeriodClosing>();
        services.AddScoped<Exports.ExportBatches>();
        services.AddScoped<Accounts.ChartImport>();
        services.AddScoped<CrossCharging.AgreementWriter>();
        services.AddScoped<CrossCharging.Statements>();
        services.AddScoped<IDemoSeeder, Demo.CostsDemoSeeder>();
        services.AddScoped<IScaleSeeder, Demo.CostsScaleSeeder>();
        services.AddSingleton(new Kernel.Scheduling.ScheduledJob(PostCostsJob.Key, typeof(PostCostsJob), "0 0/5 * * * ?", "Cost posting"));
        return services;
    }

    public static IEndpointRouteBuilder MapCostsModule(this IEndpointRouteBuilder endpoints)
    {
        Api.CostsApi.MapCostsApi(endpoints);
        return endpoints;
    }
}
