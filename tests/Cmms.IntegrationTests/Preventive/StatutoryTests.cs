using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Kernel.Time;
using Cmms.Testing;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Statutory;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cmms.IntegrationTests.Works.ManagerArrange;

namespace Cmms.IntegrationTests.Preventive;

/// <summary>Statutory inspections through the pages: the catalogue, an inspection with its PDF report and observations, lifting them, compliance.</summary>
public sealed partial class StatutoryTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A demo asset under a statutory plan, its inspection type and site.</summary>
    private static Task<(string Asset, Guid Type, Guid Site)> StatutoryAssetAsync(CmmsFactory app, string code) => AsCityAsync(app, async (_, db) =>
    {
        var type = await db.Set<InspectionType>().SingleAsync(t => t.Code == code);
        var target = await db.Set<MaintenancePlan>().Where(p => p.InspectionTypeId == type.Id).SelectMany(p => p.Targets).OrderBy(t => t.Id).FirstAsync();
        return ($"{target.AssetModule}:{target.AssetId}", type.Id, target.SiteId!.Value);
    });

    private static async Task<HttpResponseMessage> RecordAsync(Browser manager, CmmsFactory app, string asset, Guid type, string observations, byte[]? report, string reportName)
    {
        var (_, page) = await manager.GetPageAsync("/statutory/inspections/new");
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(type.ToString()), "InspectionTypeId" }, { new StringContent(asset), "Asset" },
            { new StringContent((await ServiceAsync(app, "BAT")).ToString()), "ServiceId" }, { new StringContent("Bureau Veritas"), "Body" },
            { new StringContent(ParisTime.Today(app.Services.GetRequiredService<IClock>()).AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "InspectedOn" },
            { new StringContent(observations), "Observations" }, { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
        };
        if (report is not null)
        {
            form.Add(new ByteArrayContent(report), "report", reportName);
        }

        return await manager.Http.PostAsync("/statutory/inspections/new", form);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_report_that_is_not_a_pdf_is_refused_with_the_reason_and_nothing_is_recorded(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (asset, type, _) = await StatutoryAssetAsync(app, "ELEC");
        var before = await AsCityAsync(app, (_, db) => db.Set<Inspection>().CountAsync());

        // A text file named .pdf: the name proves nothing, the content does.
        var response = await RecordAsync(manager, app, asset, type, "Prise arrachée", Encoding.UTF8.GetBytes("Rapport de vérification"), "rapport.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le rapport doit être un fichier PDF", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await AsCityAsync(app, (_, db) => db.Set<Inspection>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_inspection_with_its_pdf_turns_each_observation_into_a_corrective_work_order_tracked_until_lifted(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (asset, type, _) = await StatutoryAssetAsync(app, "EXT");
        var first = $"Extincteur déplombé {Guid.NewGuid():N}"[..28];

        var response = await RecordAsync(manager, app, asset, type, $"{first}\nSignalétique manquante", Pdf, "rapport-verification.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var inspectionUrl = response.Headers.Location!.ToString();
        var (_, page) = await manager.GetPageAsync(inspectionUrl);
        Assert.Contains(first, page);
        Assert.Contains("Bureau Veritas", page);
        var report = await manager.Http.GetAsync($"{inspectionUrl}/report");
        Assert.Equal("application/pdf", report.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await report.Content.ReadAsByteArrayAsync());

        var observation = await AsCityAsync(app, (_, db) => db.Set<Observation>().AsNoTracking().SingleAsync(o => o.Text == first));
        var order = await AsCityAsync(app, (_, db) => db.Set<WorkOrder>().AsNoTracking().SingleAsync(w => w.Id == observation.WorkOrderId));
        Assert.Equal(WorkOrderType.Corrective, order.Type);
        Assert.Equal(await ServiceAsync(app, "BAT"), order.ServiceId);
        Assert.Equal(first, order.Description);
        Assert.Contains(order.Number, page);
        Assert.True(observation.Open);

        var lifted = await manager.PostFormAsync($"/statutory/observations/{observation.Id}/lift", []);
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        var after = await AsCityAsync(app, (_, db) => db.Set<Observation>().AsNoTracking().SingleAsync(o => o.Id == observation.Id));
        Assert.False(after.Open);
        Assert.Equal(ParisTime.Today(app.Services.GetRequiredService<IClock>()), after.LiftedOn);
        Assert.False(string.IsNullOrWhiteSpace(after.LiftedBy));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_compliance_page_counts_what_is_overdue_due_soon_and_the_open_observations_for_the_city_and_for_one_site(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var today = ParisTime.Today(app.Services.GetRequiredService<IClock>());
        var lines = await AsCityAsync(app, (_, db) => StatutoryCompliance.LinesAsync(db, today, null, CancellationToken.None));
        static (int, int, int) Counts(IEnumerable<ComplianceLine> l) =>
            (l.Count(x => x.State == ComplianceState.Overdue), l.Count(x => x.State == ComplianceState.DueSoon), l.Sum(x => x.OpenObservations));

        var (_, city) = await manager.GetPageAsync("/statutory/compliance");
        Assert.Equal(Counts(lines), Shown(city));
        Assert.True(Shown(city).Item1 > 0);

        // The site with the most to do: its own figures, none of another site's assets.
        var site = lines.GroupBy(l => l.SiteId).OrderByDescending(g => g.Count(l => l.State != ComplianceState.UpToDate)).First();
        var (_, page) = await manager.GetPageAsync($"/statutory/compliance?site={site.Key}");
        Assert.Equal(Counts(site), Shown(page));
        var elsewhere = lines.First(l => l.SiteId != site.Key && site.All(s => s.Asset != l.Asset));
        Assert.DoesNotContain(WebUtility.HtmlEncode(elsewhere.Asset), page);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_extends_the_catalogue_and_bad_input_is_refused_with_the_reason(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var code = $"T{Guid.NewGuid():N}"[..8].ToUpperInvariant();
        async Task<string> Save(Dictionary<string, string> fields)
        {
            await admin.GetPageAsync("/statutory/types");
            var (_, html) = await admin.SubmitAsync("/statutory/types", fields);
            return html;
        }

        var saved = await Save(new() { ["Code"] = code, ["Name"] = "Vérification des portes automatiques", ["Regulation"] = "Code du travail R4224-15", ["PeriodMonths"] = "6", ["Category"] = "doors", ["Active"] = "true" });
        Assert.Contains("Vérification des portes automatiques", saved);
        var type = await AsCityAsync(app, (_, db) => db.Set<InspectionType>().AsNoTracking().SingleAsync(t => t.Code == code));
        Assert.Equal(6, type.PeriodMonths);

        Assert.Contains("déjà utilisé", await Save(new() { ["Code"] = code.ToLowerInvariant(), ["Name"] = "Doublon", ["PeriodMonths"] = "12", ["Active"] = "true" }));
        Assert.Contains("120", await Save(new() { ["Code"] = "ZERO1", ["Name"] = "Jamais", ["PeriodMonths"] = "0", ["Active"] = "true" }));
        Assert.Contains("Nom", await Save(new() { ["Code"] = "NONAME", ["Name"] = "", ["PeriodMonths"] = "12", ["Active"] = "true" }));
        Assert.Equal(0, await AsCityAsync(app, (_, db) => db.Set<InspectionType>().CountAsync(t => t.Code == "ZERO1" || t.Code == "NONAME" || t.Name == "Doublon")));

        // A manager may use the catalogue, not change it.
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        await manager.GetPageAsync("/statutory/types");
        var refused = await manager.PostFormAsync("/statutory/types", new() { ["Code"] = "MGR1", ["Name"] = "Essai", ["PeriodMonths"] = "12" });
        Assert.Contains("/account/access-denied", refused.Headers.Location?.ToString());
        Assert.Equal(0, await AsCityAsync(app, (_, db) => db.Set<InspectionType>().CountAsync(t => t.Code == "MGR1")));
    }

    private static (int Overdue, int DueSoon, int Open) Shown(string html) =>
        (Figure(html, "overdue"), Figure(html, "due-soon"), Figure(html, "open-observations"));

    private static int Figure(string html, string id) => int.Parse(Regex.Match(html, $"data-testid=\"{id}\">(\\d+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
