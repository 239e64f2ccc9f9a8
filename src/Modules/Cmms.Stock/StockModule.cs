using Cmms.Kernel.Parts;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Ui;
using Cmms.Stock.Home;
using Cmms.Stock.Ledger;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Stock;

/// <summary>Stores, items, the stock ledger valued at weighted average cost (CUMP), reservations, reorder, purchase orders and counts.</summary>
public static class StockModule
{
    public static IServiceCollection AddStockModule(this IServiceCollection services)
    {
        services.AddSingleton<INavigationContributor, StockNavigation>();
        services.AddScoped<LedgerWrites>();
        services.AddScoped<StockLedger>();
        services.AddScoped<Reservations.ReservationBook>();
        services.AddScoped<Counts.CountBook>();
        services.AddScoped<Purchasing.PurchaseBook>();
        services.AddScoped<IPartsStock, Parts.PartsStock>();
        services.AddScoped<Kernel.Costs.ICostFeed, StockCostFeed>();
        services.AddScoped<IHomeTileProvider, StockHomeTiles>();
        services.AddScoped<Demo.StockDemoSeeder>();
        services.AddScoped<IDemoSeeder>(sp => sp.GetRequiredService<Demo.StockDemoSeeder>());
        services.AddScoped<IScaleSeeder, Demo.StockScaleSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapStockModule(this IEndpointRouteBuilder endpoints)
    {
        Api.StockApi.MapStockApi(endpoints);
        return endpoints;
    }
}
