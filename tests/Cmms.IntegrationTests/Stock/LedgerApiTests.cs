using System.Net;
using System.Text.Json;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Stock.Ledger;
using Cmms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Stock;

/// <summary>
/// The stock ledger through the API (X-Api-Key of the city): receipts and issues valued at CUMP, the
/// refusals (more than available, zero prices, mixed units), and two issues of the last units at once.
/// </summary>
public sealed class LedgerApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static HttpClient Client(CmmsFactory app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.CityDemoApiKey);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Receipts_and_issues_through_the_api_are_valued_at_cump_and_the_balance_is_the_ledger_sum(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, reference) = await StockArrange.ItemAsync(app, stores.Central);
        using var client = Client(app);

        // 10 u at 2.00 €, then 14 u at 2.50 € (by reference and store code): CUMP 47.00 / 24 → after an issue of 4 in between, 2.3500.
        var first = await client.PostAsJsonAsync("/api/v1/stock/receipts", new { storeId = stores.Central, itemId = item, quantity = 10, unitPrice = 2.00m, deliveryNote = "BL-1" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var issue = await client.PostAsJsonAsync("/api/v1/stock/issues", new { storeId = stores.Central, itemId = item, quantity = 4, costCentre = "batiments" });
        Assert.Equal(HttpStatusCode.Created, issue.StatusCode);
        var issued = await JsonAsync(issue);
        Assert.Equal((-4m, 2.0m, -8.00m, "BATIMENTS"), (issued.GetProperty("quantity").GetDecimal(), issued.GetProperty("unitCost").GetDecimal(), issued.GetProperty("amount").GetDecimal(), issued.GetProperty("costCentre").GetString()));
        var second = await client.PostAsJsonAsync("/api/v1/stock/receipts", new { storeCode = "MAG", itemReference = reference, quantity = 14, unitPrice = 2.50m, unit = "u" });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var after = await JsonAsync(second);
        Assert.Equal((20m, 47.00m, 2.35m), (after.GetProperty("quantityAfter").GetDecimal(), after.GetProperty("valueAfter").GetDecimal(), after.GetProperty("cumpAfter").GetDecimal()));
        Assert.Equal($"/api/v1/stock/movements/{after.GetProperty("id").GetGuid()}", second.Headers.Location?.ToString());

        // 3 more out at 2.3500: 7.05 €.
        var third = await JsonAsync(await client.PostAsJsonAsync("/api/v1/stock/issues", new { storeId = stores.Central, itemId = item, quantity = 3, costCentre = "VOIRIE" }));
        Assert.Equal(-7.05m, third.GetProperty("amount").GetDecimal());

        var detail = await JsonAsync(await client.GetAsync($"/api/v1/stock/items/{item}"));
        var balance = detail.GetProperty("balances").EnumerateArray().Single(b => b.GetProperty("storeId").GetGuid() == stores.Central);
        Assert.Equal((17m, 39.95m, 2.35m), (balance.GetProperty("quantity").GetDecimal(), balance.GetProperty("value").GetDecimal(), balance.GetProperty("cump").GetDecimal()));
        var ledger = await JsonAsync(await client.GetAsync($"/api/v1/stock/movements?itemId={item}"));
        Assert.Equal(4, ledger.GetProperty("total").GetInt32());
        Assert.Equal([MovementKind.Issue.ToString(), "Receipt", "Issue", "Receipt"], ledger.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("kind").GetString()!).ToArray());
        await StockArrange.AssertLedgerMatchesBalancesAsync(app);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Issuing_more_than_is_available_is_refused_with_the_quantity_available_and_writes_nothing(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, _) = await StockArrange.ItemAsync(app, stores.Central);
        await StockArrange.ReceiveAsync(app, stores.Central, item, 5, 3m);
        using var client = Client(app);

        var refused = await client.PostAsJsonAsync("/api/v1/stock/issues", new { storeId = stores.Central, itemId = item, quantity = 6, costCentre = "ATELIER" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await JsonAsync(refused);
        Assert.Equal(5m, problem.GetProperty("available").GetDecimal());
        Assert.Equal("u", problem.GetProperty("unit").GetString());
        Assert.Contains("Seulement 5 u disponibles", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(await StockArrange.MovementsAsync(app, item));

        // Nothing in a store that never held the item.
        var elsewhere = await client.PostAsJsonAsync("/api/v1/stock/issues", new { storeId = stores.Workshop, itemId = item, quantity = 1, costCentre = "ATELIER" });
        Assert.Equal(HttpStatusCode.Conflict, elsewhere.StatusCode);
        Assert.Equal(0m, (await JsonAsync(elsewhere)).GetProperty("available").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_receipt_with_no_price_or_quantity_or_another_unit_is_refused_naming_the_field(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, _) = await StockArrange.ItemAsync(app, stores.Central);
        var (cable, _) = await StockArrange.ItemAsync(app, stores.Central, unit: "m");
        using var client = Client(app);

        async Task<string> RefusedAsync(object body, string path = "/api/v1/stock/receipts")
        {
            var response = await client.PostAsJsonAsync(path, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return string.Join(',', (await JsonAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }

        Assert.Equal("unitPrice", await RefusedAsync(new { storeId = stores.Central, itemId = item, quantity = 2, unitPrice = 0 }));
        Assert.Equal("unitPrice", await RefusedAsync(new { storeId = stores.Central, itemId = item, quantity = 2, unitPrice = -1.5m }));
        Assert.Equal("quantity", await RefusedAsync(new { storeId = stores.Central, itemId = item, quantity = 0, unitPrice = 2 }));
        Assert.Equal("quantity", await RefusedAsync(new { storeId = stores.Central, itemId = item, quantity = -3, unitPrice = 2 }));
        Assert.Equal("quantity", await RefusedAsync(new { storeId = stores.Central, itemId = item, quantity = 1.5m, unitPrice = 2 }));
        Assert.Equal("unit", await RefusedAsync(new { storeId = stores.Central, itemId = cable, quantity = 2, unitPrice = 2, unit = "u" }));
        Assert.Equal("unitPrice", await RefusedAsync(new { storeId = stores.Central, itemId = item, quantity = 2 }));
        Assert.Equal("storeId,itemId", await RefusedAsync(new { quantity = 2, unitPrice = 2 }));
        Assert.Equal("itemReference", await RefusedAsync(new { storeId = stores.Central, itemReference = "NOPE-1", quantity = 2, unitPrice = 2 }));
        Assert.Equal("costCentre", await RefusedAsync(new { storeId = stores.Central, itemId = item, quantity = 1 }, "/api/v1/stock/issues"));
        Assert.Empty(await StockArrange.MovementsAsync(app, item));
        Assert.Empty(await StockArrange.MovementsAsync(app, cable));

        // Measured units take decimals; the cable's own unit is accepted.
        var metres = await client.PostAsJsonAsync("/api/v1/stock/receipts", new { storeId = stores.Central, itemId = cable, quantity = 12.5m, unitPrice = 1.35m, unit = "m" });
        Assert.Equal(HttpStatusCode.Created, metres.StatusCode);
        Assert.Equal(16.88m, (await JsonAsync(metres)).GetProperty("amount").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_issues_of_the_last_units_at_the_same_moment_one_succeeds_the_other_is_told_and_the_ledger_holds(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        using var client = Client(app);
        for (var round = 0; round < 6; round++)
        {
            var (item, _) = await StockArrange.ItemAsync(app, stores.Central);
            await StockArrange.ReceiveAsync(app, stores.Central, item, 3, 4.10m);

            // Each asks for the last 3 units; they start together.
            using var start = new SemaphoreSlim(0);
            var racers = Enumerable.Range(0, 3).Select(async _ =>
            {
                await start.WaitAsync();
                return await client.PostAsJsonAsync("/api/v1/stock/issues", new { storeId = stores.Central, itemId = item, quantity = 3, costCentre = "ATELIER" });
            }).ToList();
            start.Release(racers.Count);
            var answers = await Task.WhenAll(racers);

            Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
            var refused = answers.Where(a => a.StatusCode != HttpStatusCode.Created).ToList();
            Assert.All(refused, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
            foreach (var r in refused)
            {
                Assert.Equal(0m, (await JsonAsync(r)).GetProperty("available").GetDecimal());
            }

            var balance = await StockArrange.BalanceAsync(app, stores.Central, item);
            Assert.Equal((0m, 0m, 2L), (balance.Quantity, balance.Value, balance.Sequence));
        }

        await StockArrange.AssertLedgerMatchesBalancesAsync(app);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Many_writers_on_one_item_keep_the_balance_equal_to_the_ledger(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, _) = await StockArrange.ItemAsync(app, stores.Central);
        await StockArrange.ReceiveAsync(app, stores.Central, item, 60, 1.10m);
        using var client = Client(app);

        // 30 issues of 2 and 10 receipts of 3 at once: 60 + 30 − 60 = 30 left, whatever the order.
        var work = Enumerable.Range(0, 40).Select(i => i % 4 == 3
            ? client.PostAsJsonAsync("/api/v1/stock/receipts", new { storeId = stores.Central, itemId = item, quantity = 3, unitPrice = 1.30m + (i / 100m) })
            : client.PostAsJsonAsync("/api/v1/stock/issues", new { storeId = stores.Central, itemId = item, quantity = 2, costCentre = "BATIMENTS" }));
        var answers = await Task.WhenAll(work);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var balance = await StockArrange.BalanceAsync(app, stores.Central, item);
        Assert.Equal((30m, 41L), (balance.Quantity, balance.Sequence));
        await StockArrange.AssertLedgerMatchesBalancesAsync(app);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_ledger_of_a_year_matches_its_balances_and_the_valuation_at_a_past_date_is_the_ledger_up_to_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        await StockArrange.AssertLedgerMatchesBalancesAsync(app);
        var date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-120));
        var endUtc = TimeZoneInfo.ConvertTimeToUtc(date.AddDays(1).ToDateTime(TimeOnly.MinValue), Kernel.Time.ParisTime.Zone);
        var expected = await StockArrange.AsCityAsync(app, async (_, db) => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Set<Movement>().Where(m => m.PostedAtUtc < endUtc).GroupBy(m => new { m.StoreId, m.ItemId })
                .Select(g => new { g.Key.StoreId, g.Key.ItemId, Quantity = g.Sum(m => m.Quantity), Value = g.Sum(m => m.Amount) })));
        using var client = Client(app);

        var report = await StockArrange.AsCityAsync(app, (sp, db) => Cmms.Stock.Valuation.ValuationReport.AtAsync(
            db, date, null, null, sp.GetRequiredService<Kernel.Time.IClock>(), default));

        var nonZero = expected.Where(e => e.Quantity != 0).ToDictionary(e => (e.StoreId, e.ItemId));
        Assert.NotEmpty(nonZero);
        Assert.Equal(nonZero.Count, report.Rows.Count);
        Assert.All(report.Rows, r => Assert.Equal((nonZero[(r.StoreId, r.ItemId)].Quantity, nonZero[(r.StoreId, r.ItemId)].Value), (r.Quantity, r.Value)));
        Assert.Equal(nonZero.Values.Sum(v => v.Value), report.Total);
    }
}
