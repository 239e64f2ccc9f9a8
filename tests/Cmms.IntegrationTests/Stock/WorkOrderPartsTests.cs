using System.Net;
using System.Text.Json;
using Cmms.Database;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Kernel.Time;
using Cmms.Stock.Ledger;
using Cmms.Stock.Reservations;
using Cmms.Testing;
using Cmms.Works;
using Cmms.Works.Costs;
using Cmms.Works.Field;
using Cmms.Works.WorkOrders;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cmms.IntegrationTests.Stock;

/// <summary>
/// Parts from the stores on a work order: the agent takes them on the field page, the storekeeper or the
/// manager on the work order page, at the store's CUMP; the work order keeps them with their cost event,
/// written with the stock movement or not at all; returns come back at the issue's cost; planning reserves.
/// </summary>
public sealed class WorkOrderPartsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static readonly Actor Manager = new(null, "Responsable test");

    private static string Text(string html) => WebUtility.HtmlDecode(html).Replace('\u202f', ' ').Replace('\u00a0', ' ');

    /// <summary>A work order of the buildings service assigned to Karim Haddad (the demo agent), in progress.</summary>
    private static async Task<(Guid Id, string Number)> OrderAsync(CmmsFactory app, bool start = true)
    {
        var city = (await DemoIds.LoadAsync(app, DemoIds.City)).Organisation;
        return await StockArrange.AsCityAsync(app, async (sp, _) =>
        {
            var directory = sp.GetRequiredService<IDirectory>();
            var karim = (await directory.AgentsAsync(default)).Single(a => a.FullName == "Karim Haddad");
            var site = (await directory.SitesAsync(default)).First(s => s.Code == "EC-JFERRY");
            var buildings = (await directory.ServicesAsync(default)).Single(s => s.Code == "BAT");
            var flow = sp.GetRequiredService<WorkOrderFlow>();
            var order = await flow.CreateAsync(
                new NewWorkOrder(
                    WorkOrderType.Corrective, Priority.Normal, $"Remplacement robinet {Guid.NewGuid().ToString("N")[..6]}", "Robinet qui fuit.", site.Id,
                    null, null, null, null, null, null, buildings.Id, null, [karim.Id], null, null, null, sp.GetRequiredService<IClock>().UtcNow.AddDays(3), []),
                Manager, city, null, null, null, default);
            await flow.SaveAsync(default);
            if (start)
            {
                await flow.MoveAsync(order, WorkOrderStatus.InProgress, Manager, null, null, default);
                await flow.SaveAsync(default);
            }

            return (order.Id, order.Number);
        });
    }

    private static Task<(List<PartUsage> Parts, List<CostEvent> Costs)> WorkOrderRecordsAsync(CmmsFactory app, Guid order) => StockArrange.AsCityAsync(app, async (_, db) =>
        (await db.Set<PartUsage>().AsNoTracking().Where(p => p.WorkOrderId == order).OrderBy(p => p.EnteredAtUtc).ToListAsync(),
         await db.Set<CostEvent>().AsNoTracking().Where(c => c.WorkOrderId == order && c.Kind == CostKind.Parts).OrderBy(c => c.RecordedAtUtc).ToListAsync()));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_agent_takes_parts_from_a_store_on_the_field_page_at_cump_and_the_work_order_carries_their_cost(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, reference) = await StockArrange.ItemAsync(app, stores.Central, label: "Robinet d'arrêt d'essai");
        await StockArrange.ReceiveAsync(app, stores.Central, item, 10, 3.00m);
        await StockArrange.ReceiveAsync(app, stores.Central, item, 10, 4.00m); // CUMP 3.5000
        var (order, number) = await OrderAsync(app);
        using var agent = await Browser.SignedInAsync(app, DemoLogins.Agent);

        var (_, search) = await agent.GetPageAsync($"/my-work/{order}?store={stores.Central}&q={reference}");
        Assert.Contains("Robinet d'arrêt d'essai", Text(search), StringComparison.Ordinal);
        Assert.Contains("disponible 20 u", Text(search), StringComparison.Ordinal);

        var taken = await agent.PostFormAsync($"/my-work/{order}/parts/stock", new() { ["StoreId"] = stores.Central.ToString(), ["ItemId"] = item.ToString(), ["Quantity"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);

        var (parts, costs) = await WorkOrderRecordsAsync(app, order);
        var part = Assert.Single(parts);
        var movement = (await StockArrange.MovementsAsync(app, item)).Last();
        Assert.Equal((3m, 3.5m, 10.50m, movement.Id, reference), (part.Quantity, part.UnitCost, part.Cost, part.StockMovementId!.Value, part.ItemReference!));
        Assert.Equal((MovementKind.Issue, order, number, -3m, -10.50m), (movement.Kind, movement.WorkOrderId!.Value, movement.WorkOrderNumber!, movement.Quantity, movement.Amount));
        var cost = Assert.Single(costs);
        Assert.Equal((part.Id, 10.50m), (cost.SourceId, cost.Amount));

        // The manager's page shows them at that value in the work order's costs.
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (_, page) = await manager.GetPageAsync($"/work-orders/{order}");
        Assert.Contains("data-testid=\"cost-parts\">10,50 €", Text(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task More_than_the_store_has_is_refused_with_what_is_available_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, _) = await StockArrange.ItemAsync(app, stores.Central);
        await StockArrange.ReceiveAsync(app, stores.Central, item, 2, 5m);
        var (order, _) = await OrderAsync(app);
        using var agent = await Browser.SignedInAsync(app, DemoLogins.Agent);
        await agent.GetPageAsync($"/my-work/{order}");

        var (response, page) = await agent.SubmitAsync($"/my-work/{order}/parts/stock", new() { ["StoreId"] = stores.Central.ToString(), ["ItemId"] = item.ToString(), ["Quantity"] = "5" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Seulement 2 u disponibles dans ce magasin.", Text(page), StringComparison.Ordinal);
        var (parts, costs) = await WorkOrderRecordsAsync(app, order);
        Assert.Empty(parts);
        Assert.Empty(costs);
        Assert.Single(await StockArrange.MovementsAsync(app, item));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_return_comes_back_at_the_cost_of_its_issue_even_after_the_cump_moved(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, _) = await StockArrange.ItemAsync(app, stores.Central);
        await StockArrange.ReceiveAsync(app, stores.Central, item, 4, 3.50m);
        var (order, _) = await OrderAsync(app);
        using var agent = await Browser.SignedInAsync(app, DemoLogins.Agent);
        await agent.GetPageAsync($"/my-work/{order}");
        await agent.PostFormAsync($"/my-work/{order}/parts/stock", new() { ["StoreId"] = stores.Central.ToString(), ["ItemId"] = item.ToString(), ["Quantity"] = "3" });
        await StockArrange.ReceiveAsync(app, stores.Central, item, 9, 10.00m); // 1 u at 3.50 + 9 u at 10.00: CUMP 9.3500
        var issued = (await WorkOrderRecordsAsync(app, order)).Parts.Single();

        var (_, tooMany) = await agent.SubmitAsync($"/my-work/{order}/parts/{issued.Id}/return", new() { ["Quantity"] = "4" });
        Assert.Contains("Au plus 3 peuvent revenir de cette sortie.", Text(tooMany), StringComparison.Ordinal);
        var back = await agent.PostFormAsync($"/my-work/{order}/parts/{issued.Id}/return", new() { ["Quantity"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);

        var (parts, costs) = await WorkOrderRecordsAsync(app, order);
        var returned = parts.Single(p => p.Quantity < 0);
        Assert.Equal((-2m, 3.5m, -7.00m, issued.Id), (returned.Quantity, returned.UnitCost, returned.Cost, returned.ReturnOfPartId!.Value));
        Assert.Equal([10.50m, -7.00m], costs.Select(c => c.Amount).ToArray());
        var movement = (await StockArrange.MovementsAsync(app, item)).Last();
        Assert.Equal((MovementKind.Return, 2m, 3.5m, issued.StockMovementId), (movement.Kind, movement.Quantity, movement.UnitCost, movement.RelatedMovementId));

        // 10 u at 93.50 €, plus 2 u back at 3.50 €: 12 u, 100.50 €, CUMP 8.3750.
        var balance = await StockArrange.BalanceAsync(app, stores.Central, item);
        Assert.Equal((12m, 100.50m, 8.375m), (balance.Quantity, balance.Value, balance.Cump));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Planning_reserves_parts_issuing_consumes_the_reservation_and_cancelling_the_work_order_frees_the_rest(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, reference) = await StockArrange.ItemAsync(app, stores.Central);
        await StockArrange.ReceiveAsync(app, stores.Central, item, 6, 2m);
        var (planned, _) = await OrderAsync(app, start: false);
        var (other, _) = await OrderAsync(app);
        using var storekeeper = await Browser.SignedInAsync(app, DemoLogins.Storekeeper);
        var (_, page) = await storekeeper.GetPageAsync($"/work-orders/{planned}?store={stores.Central}&q={reference}");
        Assert.Contains("Réserver", page, StringComparison.Ordinal);

        var reserved = await storekeeper.PostFormAsync($"/work-orders/{planned}/reservations", new() { ["StoreId"] = stores.Central.ToString(), ["ItemId"] = item.ToString(), ["Quantity"] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, reserved.StatusCode);
        Assert.Equal((6m, 4m), await QuantitiesAsync());

        // Another work order may take only what nobody reserved.
        await storekeeper.GetPageAsync($"/work-orders/{other}");
        var (_, refused) = await storekeeper.SubmitAsync($"/work-orders/{other}/parts/stock", new() { ["StoreId"] = stores.Central.ToString(), ["ItemId"] = item.ToString(), ["Quantity"] = "3" });
        Assert.Contains("Seulement 2 u disponibles dans ce magasin.", Text(refused), StringComparison.Ordinal);

        // The planned work takes 3 of its 4: the reservation is consumed first.
        var taken = await storekeeper.PostFormAsync($"/work-orders/{planned}/parts/stock", new() { ["StoreId"] = stores.Central.ToString(), ["ItemId"] = item.ToString(), ["Quantity"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal((3m, 1m), await QuantitiesAsync());

        // Cancelling it frees the last one.
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (_, show) = await manager.GetPageAsync($"/work-orders/{planned}");
        var cancel = await manager.PostFormAsync($"/work-orders/{planned}/move", new() { ["To"] = "Cancelled", ["Comment"] = "Travaux reportés", ["Version"] = Works.ManagerArrange.Version(show) });
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal((3m, 0m), await QuantitiesAsync());
        var states = await StockArrange.AsCityAsync(app, (_, db) => db.Set<Reservation>().AsNoTracking().Where(r => r.WorkOrderId == planned).Select(r => new { r.State, r.Issued }).ToListAsync());
        Assert.Equal(ReservationState.Released, Assert.Single(states).State);
        Assert.Equal(3m, states[0].Issued);
        await StockArrange.AssertLedgerMatchesBalancesAsync(app);

        async Task<(decimal OnHand, decimal Reserved)> QuantitiesAsync()
        {
            var b = await StockArrange.BalanceAsync(app, stores.Central, item);
            return (b.Quantity, b.Reserved);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_works_api_takes_parts_from_a_store_for_a_work_order(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, _) = await StockArrange.ItemAsync(app, stores.Central, unit: "m");
        await StockArrange.ReceiveAsync(app, stores.Central, item, 25, 1.35m);
        var (order, _) = await OrderAsync(app);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.CityDemoApiKey);

        var created = await client.PostAsJsonAsync($"/api/v1/work-orders/{order}/parts", new { storeId = stores.Central, itemId = item, quantity = 7.5m });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var part = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((7.5m, "m", 10.13m), (part.GetProperty("quantity").GetDecimal(), part.GetProperty("unit").GetString(), part.GetProperty("cost").GetDecimal()));

        var refused = await client.PostAsJsonAsync($"/api/v1/work-orders/{order}/parts", new { storeId = stores.Central, itemId = item, quantity = 20 });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(17.5m, JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("available").GetDecimal());
        Assert.Single((await WorkOrderRecordsAsync(app, order)).Parts);
    }

    [Fact]
    public async Task Without_a_stock_module_parts_are_typed_by_hand_and_work_orders_cancel_as_before()
    {
        using var app = new CmmsFactory();
        using var bare = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.RemoveAll<Kernel.Parts.IPartsStock>()));
        var stores = await StockArrange.StoresAsync(app);
        var (order, _) = await OrderAsync(app);
        using var agent = await Browser.SignedInAsync(bare, DemoLogins.Agent);

        var (_, page) = await agent.GetPageAsync($"/my-work/{order}");
        Assert.DoesNotContain("data-testid=\"stock-parts\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostFormAsync($"/my-work/{order}/parts/stock", new() { ["StoreId"] = stores.Central.ToString(), ["ItemId"] = Guid.NewGuid().ToString(), ["Quantity"] = "1" })).StatusCode);
        var typed = await agent.PostFormAsync($"/my-work/{order}/parts", new() { ["Label"] = "Joint acheté en quincaillerie", ["Quantity"] = "2", ["Unit"] = "u", ["UnitCost"] = "1,20" });
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        var part = Assert.Single((await WorkOrderRecordsAsync(app, order)).Parts);
        Assert.Equal((2.40m, (Guid?)null), (part.Cost, part.StockMovementId));

        using var manager = await Browser.SignedInAsync(bare, DemoLogins.BuildingsManager);
        var (_, show) = await manager.GetPageAsync($"/work-orders/{order}");
        var cancel = await manager.PostFormAsync($"/work-orders/{order}/move", new() { ["To"] = "OnHold", ["HoldReason"] = "WaitingForParts", ["Comment"] = "Pièce commandée", ["Version"] = Works.ManagerArrange.Version(show) });
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        var (_, held) = await manager.GetPageAsync($"/work-orders/{order}");
        var cancelled = await manager.PostFormAsync($"/work-orders/{order}/move", new() { ["To"] = "Cancelled", ["Comment"] = "Abandonné", ["Version"] = Works.ManagerArrange.Version(held) });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
    }
}
