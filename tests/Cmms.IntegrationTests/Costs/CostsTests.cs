using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Cmms.Costs.Ledger;
using Cmms.Costs.Periods;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Kernel.Costs;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Costs;

/// <summary>
/// The cost ledger through HTTP and its services, on each provider: the demo's posted year, closing and the
/// refused export of an open month, one immutable batch per period, late costs, posting twice at once,
/// the API by key and the roles.
/// </summary>
public sealed partial class CostsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static HttpClient Client(CmmsFactory app, string key = DemoLogins.CityDemoApiKey)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static Task<Guid> CityAsync(CmmsFactory app) => app.InScopeAsync(async sp =>
        await sp.GetRequiredService<DbContext>().Set<Directory.Organisations.Organisation>().Where(o => o.Code == DemoIds.City).Select(o => o.Id).SingleAsync());

    private static Task<T> AsCityAsync<T>(CmmsFactory app, Guid city, Func<IServiceProvider, DbContext, Task<T>> work) => app.InScopeAsync(async sp =>
    {
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city);
        return await work(sp, sp.GetRequiredService<DbContext>());
    });

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_year_is_posted_with_two_closed_months_whose_batches_match_their_lines(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = Client(app);

        var periods = (await JsonAsync(await client.GetAsync("/api/v1/costs/periods"))).EnumerateArray().ToList();
        Assert.True(periods.Count >= 12, $"{periods.Count} periods");
        var exported = periods.Where(p => p.GetProperty("batchId").ValueKind != JsonValueKind.Null).ToList();
        Assert.Equal(2, exported.Count);
        Assert.All(exported, p => Assert.Equal("Closed", p.GetProperty("status").GetString()));

        var batches = (await JsonAsync(await client.GetAsync("/api/v1/costs/batches"))).EnumerateArray().ToList();
        Assert.Equal(2, batches.Count);
        foreach (var batch in batches)
        {
            // The lines of the period, read page by page, sum to the batch's total; each file is the one whose checksum was kept.
            var (sum, count, after) = (0m, 0, (string?)null);
            do
            {
                var page = await JsonAsync(await client.GetAsync($"/api/v1/costs/lines?period={batch.GetProperty("period").GetString()}&pageSize=500" + (after is null ? "" : $"&after={after}")));
                foreach (var line in page.GetProperty("items").EnumerateArray())
                {
                    sum += line.GetProperty("amount").GetDecimal();
                    count++;
                }

                after = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            }
            while (after is not null);

            Assert.Equal(batch.GetProperty("total").GetDecimal(), sum);
            Assert.Equal(batch.GetProperty("lineCount").GetInt32(), count);
            foreach (var file in batch.GetProperty("files").EnumerateArray())
            {
                var bytes = await client.GetByteArrayAsync(file.GetProperty("url").GetString());
                Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_open_month_cannot_be_exported_and_a_closed_one_gives_the_same_batch_every_time(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var lastMonth = await AsCityAsync(app, city, async (_, db) =>
            await db.Set<Period>().Where(p => p.Status == PeriodStatus.Open).OrderBy(p => p.Year).ThenBy(p => p.Month).Select(p => p.Id).FirstAsync());
        using var finance = await Browser.SignedInAsync(app, DemoLogins.Finance);

        await finance.PostFormAsync($"/costs/periods/{lastMonth}/export", []);
        var (_, refused) = await finance.GetPageAsync($"/costs/periods/{lastMonth}");
        Assert.Contains("ne peut pas être exportée", refused, StringComparison.Ordinal);
        Assert.Equal(0, await AsCityAsync(app, city, (_, db) => db.Set<Cmms.Costs.Exports.ExportBatch>().CountAsync(b => b.PeriodId == lastMonth)));

        await finance.PostFormAsync($"/costs/periods/{lastMonth}/close", []);
        Assert.Equal(PeriodStatus.Closed, await AsCityAsync(app, city, (_, db) => db.Set<Period>().Where(p => p.Id == lastMonth).Select(p => p.Status).SingleAsync()));

        var first = await finance.PostFormAsync($"/costs/periods/{lastMonth}/export", []);
        var second = await finance.PostFormAsync($"/costs/periods/{lastMonth}/export", []);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await AsCityAsync(app, city, (_, db) => db.Set<Cmms.Costs.Exports.ExportBatch>().CountAsync(b => b.PeriodId == lastMonth)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_cost_dated_in_a_closed_month_posts_late_into_the_next_open_one_and_two_postings_at_once_post_it_once(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var closed = await AsCityAsync(app, city, async (_, db) =>
            await db.Set<Period>().Where(p => p.Status == PeriodStatus.Closed).OrderByDescending(p => p.Year).ThenByDescending(p => p.Month).FirstAsync());
        var (batchTotal, linesBefore) = await AsCityAsync(app, city, async (_, db) =>
            (await db.Set<Cmms.Costs.Exports.ExportBatch>().Where(b => b.PeriodId == closed.Id).Select(b => b.Total).SingleOrDefaultAsync(),
             await db.Set<CostLine>().CountAsync(l => l.PeriodId == closed.Id)));
        var facts = Enumerable.Range(0, 40).Select(i => new CostFact(
            "test", Guid.CreateVersion7(), CostFactKind.Contractor, closed.Start.AddDays(i % 20), DateTime.UtcNow, 1, "u", 100 + i, 100 + i, null, null, null, null)).ToList();
        var posting = app.Services.GetRequiredService<Posting>();

        var posted = await Task.WhenAll(posting.PostAsync(city, facts, default), posting.PostAsync(city, facts, default), posting.PostAsync(city, facts, default));

        Assert.Equal(facts.Count, posted.Sum());
        var lines = await AsCityAsync(app, city, async (_, db) => await db.Set<CostLine>().Where(l => l.Source == "test").ToListAsync());
        Assert.Equal(facts.Count, lines.Count);
        Assert.All(lines, l => Assert.True(l.Late && l.PeriodKey > closed.Key, $"{l.PeriodKey} late={l.Late}"));
        Assert.Equal(linesBefore, await AsCityAsync(app, city, (_, db) => db.Set<CostLine>().CountAsync(l => l.PeriodId == closed.Id)));
        var totals = await AsCityAsync(app, city, async (_, db) =>
            (Lines: await db.Set<CostLine>().Where(l => l.PeriodId == lines[0].PeriodId).SumAsync(l => l.Amount),
             Totals: await db.Set<CostTotal>().Where(t => t.PeriodId == lines[0].PeriodId).SumAsync(t => t.Amount)));
        Assert.Equal(totals.Lines, totals.Totals);
        Assert.Equal(batchTotal, await AsCityAsync(app, city, (_, db) => db.Set<Cmms.Costs.Exports.ExportBatch>().Where(b => b.PeriodId == closed.Id).Select(b => b.Total).SingleOrDefaultAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_reclassified_line_is_reversed_and_charged_again_once(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var (line, target) = await AsCityAsync(app, city, async (_, db) =>
        {
            var open = await db.Set<Period>().Where(p => p.Status == PeriodStatus.Open).Select(p => p.Id).ToListAsync();
            var l = await db.Set<CostLine>().Where(x => open.Contains(x.PeriodId) && x.Kind == CostFactKind.Labour && x.ReversalOfId == null && x.CorrectionOfId == null).OrderBy(x => x.Id).FirstAsync();
            var b = await db.Set<Cmms.Costs.Accounts.BudgetLine>().Where(x => x.Id != l.BudgetLineId).OrderBy(x => x.Code).FirstAsync();
            return (l, b);
        });
        using var finance = await Browser.SignedInAsync(app, DemoLogins.Finance);

        await finance.PostFormAsync($"/costs/lines/{line.Id}/correct", new() { ["BudgetLineId"] = target.Id.ToString(), ["CostCentre"] = "BAT", ["Note"] = "Erreur d'imputation" });
        var again = await finance.PostFormAsync($"/costs/lines/{line.Id}/correct", new() { ["BudgetLineId"] = target.Id.ToString(), ["CostCentre"] = "EV" });

        var corrections = await AsCityAsync(app, city, async (_, db) => await db.Set<CostLine>().Where(l => l.CorrectionOfId == line.Id).ToListAsync());
        Assert.Equal(2, corrections.Count);
        Assert.Equal(0m, corrections.Sum(c => c.Amount));
        Assert.Single(corrections, c => c.ReversalOfId == line.Id && c.Amount == -line.Amount);
        Assert.Single(corrections, c => c.BudgetLineId == target.Id && c.Amount == line.Amount && c.Nature == target.Nature);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("déjà été corrigée", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(line.Amount, await AsCityAsync(app, city, (_, db) => db.Set<CostLine>().Where(l => l.Id == line.Id).Select(l => l.Amount).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_budget_line_whose_nature_is_not_in_the_chart_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var finance = await Browser.SignedInAsync(app, DemoLogins.Finance);

        var refused = await finance.PostFormAsync("/costs/accounts/budget-lines", new() { ["Chapter"] = "011", ["Nature"] = "60699", ["Function"] = "511", ["Label"] = "Inconnue", ["Section"] = "Operating" });
        var accepted = await finance.PostFormAsync("/costs/accounts/budget-lines", new() { ["Chapter"] = "011", ["Nature"] = "60611", ["Function"] = "511", ["Label"] = "Eau des parcs", ["Section"] = "Operating" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("plan de comptes", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_api_refuses_a_malformed_period_and_each_role_reaches_only_its_pages(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = Client(app);
        var bad = await client.GetAsync("/api/v1/costs/lines?period=2026-13");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);

        using var hr = await Browser.SignedInAsync(app, DemoLogins.HumanResources);
        var (hours, hoursHtml) = await hr.GetPageAsync("/costs/hours");
        Assert.Equal(HttpStatusCode.OK, hours.StatusCode);
        Assert.Contains("Matricule", hoursHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("€", hoursHtml, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await hr.GetPageAsync("/costs/periods")).Response.StatusCode);

        using var finance = await Browser.SignedInAsync(app, DemoLogins.Finance);
        Assert.NotEqual(HttpStatusCode.OK, (await finance.GetPageAsync("/costs/hours")).Response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await finance.GetPageAsync("/costs/rates")).Response.StatusCode);
        var (analysis, html) = await finance.GetPageAsync("/costs/analysis?by=BudgetLine");
        Assert.Equal(HttpStatusCode.OK, analysis.StatusCode);
        Assert.Contains("analysis-chart", html, StringComparison.Ordinal);

        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (managerPage, managerHtml) = await manager.GetPageAsync("/costs/analysis?by=Service");
        Assert.Equal(HttpStatusCode.OK, managerPage.StatusCode);
        Assert.DoesNotContain("Service Espaces verts", managerHtml, StringComparison.Ordinal);
    }
}
