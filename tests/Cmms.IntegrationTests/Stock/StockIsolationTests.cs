using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Stock.Ledger;
using Cmms.Stock.Purchasing;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Stock;

/// <summary>
/// The writes that name no id in their route: another organisation's store, item or supplier given in the
/// body is refused, and the city's ledger is untouched.
/// </summary>
public sealed class StockIsolationTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static Task<(int Movements, int Orders)> CityCountsAsync(CmmsFactory app, Guid city) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        return (await db.Set<Movement>().IgnoreQueryFilters().CountAsync(m => m.OrganisationId == city),
                await db.Set<PurchaseOrder>().IgnoreQueryFilters().CountAsync(o => o.OrganisationId == city));
    });

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_agglomeration_cannot_post_to_the_citys_stores_by_api_or_by_form(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var before = await CityCountsAsync(app, city.Organisation);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.AggloDemoApiKey);

        var receipt = await client.PostAsJsonAsync("/api/v1/stock/receipts", new { storeId = city.Store, itemId = city.Item, quantity = 1, unitPrice = 1 });
        var issue = await client.PostAsJsonAsync("/api/v1/stock/issues", new { storeId = city.Store, itemId = city.Item, quantity = 1, costCentre = "X" });
        var byCode = await client.PostAsJsonAsync("/api/v1/stock/issues", new { storeCode = "MAG", itemReference = "PLB-00001", quantity = 1, costCentre = "X" });
        Assert.Equal(HttpStatusCode.BadRequest, receipt.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, issue.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byCode.StatusCode);

        using var admin = await Browser.SignedInAsync(app, DemoLogins.AggloAdmin);
        await admin.GetPageAsync("/stock/receipts/new");
        var cityItem = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Cmms.Stock.Items.Item>().IgnoreQueryFilters()
            .Where(i => i.Id == city.Item).Select(i => i.Reference).SingleAsync());
        var (_, receiptPage) = await admin.SubmitAsync("/stock/receipts/new", new()
        {
            ["StoreId"] = city.Store.ToString(), ["ItemReference"] = cityItem, ["Quantity"] = "1", ["UnitPrice"] = "1", ["SupplierId"] = city.Supplier.ToString(),
        });
        Assert.Contains("data-testid=\"form-errors\"", receiptPage, StringComparison.Ordinal);
        var (_, orderPage) = await admin.SubmitAsync("/stock/purchase-orders/new", new()
        {
            ["SupplierId"] = city.Supplier.ToString(), ["StoreId"] = city.Store.ToString(), ["Lines[0].ItemReference"] = cityItem, ["Lines[0].Quantity"] = "1", ["Lines[0].UnitPrice"] = "1",
        });
        Assert.Contains("data-testid=\"form-errors\"", orderPage, StringComparison.Ordinal);
        var counted = await admin.PostFormAsync("/stock/counts/new", new() { ["storeId"] = city.Store.ToString() });
        Assert.NotEqual(HttpStatusCode.Redirect, counted.StatusCode);

        Assert.Equal(before, await CityCountsAsync(app, city.Organisation));
    }
}
