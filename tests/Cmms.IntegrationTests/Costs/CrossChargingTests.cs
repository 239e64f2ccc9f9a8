using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Cmms.Costs.CrossCharging;
using Cmms.Costs.Ledger;
using Cmms.Database;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Kernel.Costs;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Costs;

/// <summary>
/// Cross-charging on each provider: the demo's agreement of the city's road service with the intercommunality, its
/// statement read by both organisations' finance from their side (the same figures, recomputed here from the ledger
/// and the demo's rates), its XLSX with numbers and dates, nothing else of the city shown to the intercommunality,
/// and the administrator's rates (history, closed months, a stale form refused).
/// </summary>
public sealed partial class CostsTests
{

    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;
    private static readonly decimal[] RatesSet = [41.20m, 42.00m];

    /// <summary>The page's text as read: entities decoded, the thin spaces of French numbers made plain spaces.</summary>
    private static string Plain(string html) => WebUtility.HtmlDecode(html).Replace('\u202f', ' ').Replace('\u00a0', ' ');

    private static string Euros(decimal amount) => Plain(amount.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));

    private sealed record Expected(Guid Agreement, string Period, decimal Cost, decimal Charged, int Lines);

    /// <summary>The month where the city's road service booked the most, and its statement recomputed from the demo's rates.</summary>
    private static Task<Expected> ExpectedStatementAsync(CmmsFactory app, Guid city) => AsCityAsync(app, city, async (sp, db) =>
    {
        var agreement = (await db.Set<Agreement>().AsNoTracking().ToListAsync()).Single(a => a.ServiceName == "Service Voirie" && a.SiteIds.Count == 0);
        Assert.Empty(agreement.SiteIds);
        var lines = await db.Set<CostLine>().AsNoTracking().Where(l => l.ServiceId == agreement.ServiceId).ToListAsync();
        Assert.True(lines.Count > 0, "the demo has no road work: the statement would prove nothing");
        var month = lines.GroupBy(l => l.PeriodKey).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
        var today = ParisTime.Today(sp.GetRequiredService<IClock>());
        var raised = new DateOnly(today.Year, today.Month, 1).AddMonths(-6);
        static decimal Cents(decimal d) => decimal.Round(d, 2, MidpointRounding.AwayFromZero);
        var charged = month.Sum(l => l.Kind switch
        {
            CostFactKind.Labour => Cents(l.Quantity * (l.HoursKind switch { "Overtime" => 48.10m, "OnCall" => 57.75m, _ => l.OccurredOn >= raised ? 39.60m : 38.50m })),
            CostFactKind.Parts or CostFactKind.Consumables => Cents(l.Amount * 1.08m),
            _ => l.Amount,
        });
        return new Expected(agreement.Id, $"{month.Key / 100:0000}-{month.Key % 100:00}", month.Sum(l => l.Amount), charged, month.Count());
    });

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_city_recharges_its_road_work_for_the_agglomeration_and_both_finances_read_the_same_statement(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var expected = await ExpectedStatementAsync(app, city);

        // The city's finance: the statement it issues, with the total recomputed from the ledger and the rates.
        using var finance = await Browser.SignedInAsync(app, DemoLogins.Finance);
        var (_, list) = await finance.GetPageAsync("/costs/statements");
        var issued = expected.Agreement;
        Assert.Contains($"/costs/statements/issued/{issued}", list, StringComparison.Ordinal);
        Assert.Contains("Valbrune Agglomération", list, StringComparison.Ordinal);
        var (page, html) = await finance.GetPageAsync($"/costs/statements/issued/{issued}?period={expected.Period}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(Euros(expected.Charged), Plain(html), StringComparison.Ordinal);

        // Its workbook: amounts are numbers, the period and the day are dates, the total is the statement's.
        var response = await finance.Http.GetAsync($"/costs/statements/issued/{issued}/statement.xlsx?period={expected.Period}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var book = new XLWorkbook(await response.Content.ReadAsStreamAsync()))
        {
            var sheet = book.Worksheet(1);
            Assert.Equal(XLDataType.DateTime, sheet.Cell(5, 2).DataType);
            Assert.Equal(expected.Period, sheet.Cell(5, 2).GetDateTime().ToString("yyyy-MM", Invariant));
            Assert.Equal(XLDataType.DateTime, sheet.Cell(6, 2).DataType);
            var total = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "Total").Address.RowNumber;
            Assert.Equal(XLDataType.Number, sheet.Cell(total, 8).DataType);
            Assert.Equal(expected.Charged, (decimal)sheet.Cell(total, 8).GetDouble(), 2);
            Assert.Equal(expected.Cost, (decimal)sheet.Cell(total, 7).GetDouble(), 2);
            Assert.Equal(expected.Charged, Enumerable.Range(10, total - 10).Sum(r => (decimal)sheet.Cell(r, 8).GetDouble()), 2);
        }

        // The intercommunality's side: the same statement through its own row, and nothing else of the city.
        using var agglo = await Browser.SignedInAsync(app, DemoLogins.AggloAdmin);
        var (_, aggloList) = await agglo.GetPageAsync("/costs/statements");
        var aggloId = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Directory.Organisations.Organisation>().Where(o => o.Code == DemoIds.Agglo).Select(o => o.Id).SingleAsync());
        var received = await app.InScopeAsync(async sp =>
        {
            using var acting = sp.GetRequiredService<IOrganisationContext>().Use(aggloId);
            return await sp.GetRequiredService<DbContext>().Set<ReceivedAgreement>().Where(r => r.AgreementId == issued).Select(r => r.Id).SingleAsync();
        });
        Assert.Contains($"/costs/statements/received/{received}", aggloList, StringComparison.Ordinal);
        var (aggloPage, aggloHtml) = await agglo.GetPageAsync($"/costs/statements/received/{received}?period={expected.Period}");
        Assert.Equal(HttpStatusCode.OK, aggloPage.StatusCode);
        Assert.Contains(Euros(expected.Charged), Plain(aggloHtml), StringComparison.Ordinal);
        foreach (var cityOnly in new[] { "Gérard Colin", "Mehdi Bouzid", "Centre technique municipal", "Service Bâtiments", "VB-0" })
        {
            Assert.DoesNotContain(cityOnly, aggloHtml, StringComparison.Ordinal);
        }

        // Each side opens only its own address: the city's agreement id means nothing to the intercommunality, and the reverse.
        Assert.Equal(HttpStatusCode.NotFound, (await agglo.GetPageAsync($"/costs/statements/issued/{issued}?period={expected.Period}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agglo.Http.GetAsync($"/costs/statements/issued/{issued}/statement.xlsx?period={expected.Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetPageAsync($"/costs/statements/received/{received}?period={expected.Period}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agglo.GetPageAsync("/costs/agreements/" + issued)).Response.StatusCode);

        // Neither a field agent nor a manager reads statements.
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        Assert.NotEqual(HttpStatusCode.OK, (await manager.GetPageAsync("/costs/statements")).Response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_sets_an_agreements_rates_from_a_date_and_a_stale_form_adds_nothing(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var (_, form) = await admin.GetPageAsync("/costs/agreements");
        var agglo = Regex.Match(form, "<option value=\"([0-9a-f-]{36})\">Valbrune Agglomération</option>").Groups[1].Value;
        var service = Regex.Match(form, "<option value=\"([0-9a-f-]{36})\">Service Espaces verts</option>").Groups[1].Value;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(2);

        var created = await admin.PostFormAsync("/costs/agreements", new()
        {
            ["BeneficiaryOrganisationId"] = agglo, ["ServiceId"] = service, ["EffectiveFrom"] = start.ToString("yyyy-MM-dd", Invariant),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.ToString();
        var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);

        var rate = new Dictionary<string, string> { ["Kind"] = "NormalHours", ["EffectiveFrom"] = start.ToString("yyyy-MM-dd", Invariant), ["Value"] = "41.20", ["Version"] = "1" };
        // A number field sends "41.20" whatever the page's language; a person typing "42,00" is understood too.
        await admin.GetPageAsync(url);
        await admin.PostFormAsync($"/costs/agreements/{id}/rates", new(rate));
        await admin.PostFormAsync($"/costs/agreements/{id}/rates", new(rate) { ["Kind"] = "Parts", ["Value"] = "6" }); // read at version 1, now 2: refused
        await admin.PostFormAsync($"/costs/agreements/{id}/rates", new(rate) { ["Kind"] = "NormalHours", ["EffectiveFrom"] = start.AddMonths(-6).ToString("yyyy-MM-dd", Invariant), ["Version"] = "2" });
        await admin.PostFormAsync($"/costs/agreements/{id}/rates", new(rate) { ["EffectiveFrom"] = start.AddMonths(1).ToString("yyyy-MM-dd", Invariant), ["Value"] = "42,00", ["Version"] = "2" });

        var rates = await AsCityAsync(app, city, (_, db) => db.Set<ChargeRate>().AsNoTracking().Where(r => r.AgreementId == id).OrderBy(r => r.EffectiveFrom).ToListAsync());
        Assert.Equal(RatesSet, rates.Select(r => r.HourlyRate!.Value));
        Assert.All(rates, r => Assert.Equal(ChargeKind.NormalHours, r.Kind));
        var (_, show) = await admin.GetPageAsync(url);
        Assert.Contains("41,20 € / h", Plain(show), StringComparison.Ordinal);
        Assert.Contains("42,00 € / h", Plain(show), StringComparison.Ordinal);

        // The intercommunality holds its side of the new agreement, and reads its (empty) statement.
        var aggloId = Guid.Parse(agglo);
        var received = await app.InScopeAsync(async sp =>
        {
            using var acting = sp.GetRequiredService<IOrganisationContext>().Use(aggloId);
            return await sp.GetRequiredService<DbContext>().Set<ReceivedAgreement>().AsNoTracking().SingleAsync(r => r.AgreementId == id);
        });
        using var aggloAdmin = await Browser.SignedInAsync(app, DemoLogins.AggloAdmin);
        var (statement, statementHtml) = await aggloAdmin.GetPageAsync($"/costs/statements/received/{received.Id}?period={start:yyyy-MM}");
        Assert.Equal(HttpStatusCode.OK, statement.StatusCode);
        Assert.Contains("Service Espaces verts", statementHtml, StringComparison.Ordinal);

        // An agreement naming a site re-charges the service's costs on that site only.
        var roads = Regex.Match(form, "<option value=\"([0-9a-f-]{36})\">Service Voirie</option>").Groups[1].Value;
        var depot = Regex.Match(form, "<option value=\"([0-9a-f-]{36})\">Centre technique municipal</option>").Groups[1].Value;
        await admin.GetPageAsync("/costs/agreements");
        var onSite = await admin.PostFormAsync("/costs/agreements", new()
        {
            ["BeneficiaryOrganisationId"] = agglo, ["ServiceId"] = roads, ["SiteIds"] = depot, ["EffectiveFrom"] = "2001-01-01",
        });
        var onSiteUrl = onSite.Headers.Location!.ToString();
        var (month, cost) = await AsCityAsync(app, city, async (_, db) =>
        {
            var (service, site) = (Guid.Parse(roads), Guid.Parse(depot));
            var byMonth = (await db.Set<CostLine>().AsNoTracking().Where(l => l.ServiceId == service && l.SiteId == site).ToListAsync())
                .GroupBy(l => l.PeriodKey).OrderByDescending(g => g.Count()).First();
            return ($"{byMonth.Key / 100:0000}-{byMonth.Key % 100:00}", byMonth.Sum(l => l.Amount));
        });
        var (_, siteStatement) = await admin.GetPageAsync($"/costs/statements/issued/{onSiteUrl[(onSiteUrl.LastIndexOf('/') + 1)..]}?period={month}");
        Assert.Contains($"(coût {Euros(cost)} €)", Plain(siteStatement), StringComparison.Ordinal);

        // Another organisation's service cannot be made available by the city.
        var services = await app.InScopeAsync(async sp =>
        {
            using var acting = sp.GetRequiredService<IOrganisationContext>().Use(aggloId);
            return await sp.GetRequiredService<IDirectory>().ServicesAsync(CancellationToken.None);
        });
        await admin.GetPageAsync("/costs/agreements");
        await admin.PostFormAsync("/costs/agreements", new() { ["BeneficiaryOrganisationId"] = agglo, ["ServiceId"] = services[0].Id.ToString(), ["EffectiveFrom"] = start.ToString("yyyy-MM-dd", Invariant) });
        Assert.False(await AsCityAsync(app, city, (_, db) => db.Set<Agreement>().AnyAsync(a => a.ServiceId == services[0].Id)));
    }
}
