using System.Globalization;
using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Kernel.Parts;
using Cmms.Kernel.Time;
using Cmms.Testing;
using Cmms.Works;
using Cmms.Works.Preventive.Generation;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cmms.IntegrationTests.Works.ManagerArrange;
using TestAssets = Cmms.IntegrationTests.Works.PlanPagesTests.TestAssets;

namespace Cmms.IntegrationTests.Preventive;

/// <summary>A plan's kit is chosen from the stores; each generated work order reserves it, notes what the shelf lacks, and frees it when cancelled.</summary>
public sealed class KitReservationTests(Works.PlanPagesTests.AppWithTestAssets apps) : IClassFixture<Works.PlanPagesTests.AppWithTestAssets>
{
    private static Task<(PartsStore Store, PartsItem Item)> StockItemAsync(CmmsFactory app, int skip) => AsCityAsync(app, async (sp, _) =>
    {
        var stock = sp.GetRequiredService<IPartsStock>();
        var store = (await stock.StoresAsync(CancellationToken.None))[0];
        var item = (await stock.SearchAsync(store.Id, null, 50, CancellationToken.None)).Where(i => i.Available >= 3).Skip(skip).First();
        return (store, item);
    });

    private static Task<PartsItem> ItemNowAsync(CmmsFactory app, PartsStore store, PartsItem item) => AsCityAsync(app, async (sp, _) =>
        (await sp.GetRequiredService<IPartsStock>().SearchAsync(store.Id, item.Reference, 20, CancellationToken.None)).Single(i => i.ItemId == item.ItemId));

    private static async Task<Dictionary<string, string>> FormAsync(CmmsFactory app, string name) => new()
    {
        ["Name"] = name, ["Type"] = "Preventive", ["ServiceId"] = (await ServiceAsync(app, "BAT")).ToString(), ["TeamId"] = (await TeamAsync(app, "Équipe plomberie-chauffage")).ToString(),
        ["SiteId"] = (await SiteAsync(app, "GYM-COUBERTIN")).ToString(), ["EstimatedHours"] = "2", ["Tasks"] = "Remplacer les joints",
        ["Start"] = ParisTime.Today(app.Services.GetRequiredService<IClock>()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["CalendarEvery"] = "1", ["CalendarUnit"] = "Months", ["LeadDays"] = "0", ["Active"] = "true", ["MeterTolerance"] = "0", ["Targets"] = $"test:{TestAssets.Boiler1}",
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_kit_line_naming_no_item_of_the_store_is_refused_with_the_reason(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (store, _) = await StockItemAsync(app, 0);
        var name = $"Kit refusé {Guid.NewGuid():N}"[..22];
        var fields = await FormAsync(app, name);
        (fields["KitLines[0].StoreId"], fields["KitLines[0].Item"], fields["KitLines[0].Quantity"]) = (store.Id.ToString(), "PAS-UNE-REF", "2");
        (fields["KitLines[1].StoreId"], fields["KitLines[1].Item"], fields["KitLines[1].Quantity"]) = (store.Id.ToString(), "PAS-UNE-REF", "0");
        await manager.GetPageAsync("/plans/new");

        var (response, html) = await manager.SubmitAsync("/plans/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aucun article de ce magasin n&#x27;a la référence « PAS-UNE-REF »", html);
        Assert.Contains("La quantité doit être un nombre supérieur à 0.", html);
        Assert.Equal(0, await AsCityAsync(app, (_, db) => db.Set<MaintenancePlan>().CountAsync(p => p.Name == name)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_generated_work_order_reserves_its_kit_notes_what_the_shelf_lacks_and_cancelling_it_frees_the_parts(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (store, item) = await StockItemAsync(app, 1);
        var (_, scarce) = await StockItemAsync(app, 2);
        var name = $"Kit joints {Guid.NewGuid():N}"[..22];
        var fields = await FormAsync(app, name);
        (fields["KitLines[0].StoreId"], fields["KitLines[0].Item"], fields["KitLines[0].Quantity"]) = (store.Id.ToString(), $"{item.Reference} — {item.Label}", "2");
        var beyond = scarce.Available + 1000;
        (fields["KitLines[1].StoreId"], fields["KitLines[1].Item"], fields["KitLines[1].Quantity"]) = (store.Id.ToString(), scarce.Reference.ToLowerInvariant(), beyond.ToString(CultureInfo.InvariantCulture));
        await manager.GetPageAsync("/plans/new");
        var (created, page) = await manager.SubmitAsync("/plans/new", fields);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains(item.Reference, page);
        Assert.Contains(scarce.Reference, page);

        // Due today: the generation creates its work order and reserves the kit with it.
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        await app.Services.GetRequiredService<PlanGeneration>().RunAsync(city.Organisation, CancellationToken.None);
        var order = await AsCityAsync(app, (_, db) => db.Set<WorkOrder>().AsNoTracking().SingleAsync(w => w.Title == name));
        var reservations = await AsCityAsync(app, (sp, _) => sp.GetRequiredService<IPartsStock>().ReservationsAsync(order.Id, CancellationToken.None));
        Assert.Equal(2, reservations.Count);
        Assert.All(reservations, r => Assert.True(r.Open));
        Assert.Equal(2, reservations.Single(r => r.ItemId == item.ItemId).Quantity);
        Assert.Equal(beyond, reservations.Single(r => r.ItemId == scarce.ItemId).Quantity);
        Assert.Equal(item.Available - 2, (await ItemNowAsync(app, store, item)).Available);
        Assert.Contains($"manquant en magasin : {beyond.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"))}", order.Description);
        Assert.Contains(scarce.Reference, order.Description);
        Assert.DoesNotContain(item.Reference, order.Description);

        // Cancelled: whatever was reserved goes back to the shelf's availability.
        await AsCityAsync(app, async (sp, db) =>
        {
            var flow = sp.GetRequiredService<WorkOrderFlow>();
            var tracked = await db.Set<WorkOrder>().SingleAsync(w => w.Id == order.Id);
            await flow.MoveAsync(tracked, WorkOrderStatus.Cancelled, new Actor(null, "Test"), "Chaudière remplacée", null, CancellationToken.None);
            await flow.SaveAsync(CancellationToken.None);
            return 0;
        });
        var released = await AsCityAsync(app, (sp, _) => sp.GetRequiredService<IPartsStock>().ReservationsAsync(order.Id, CancellationToken.None));
        Assert.All(released, r => Assert.False(r.Open));
        Assert.Equal(item.Available, (await ItemNowAsync(app, store, item)).Available);
    }
}
