using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Testing;
using Cmms.Works.Preventive.Plans;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cmms.IntegrationTests.Works.ManagerArrange;

namespace Cmms.IntegrationTests.Works;

/// <summary>The manager's maintenance plans: created on assets with their trigger, refused with the reason, forecast and subscribed to.</summary>
public sealed class PlanPagesTests(PlanPagesTests.AppWithTestAssets apps) : IClassFixture<PlanPagesTests.AppWithTestAssets>
{
    public sealed class AppWithTestAssets : AppPerProvider
    {
        protected override Action<IServiceCollection> ExtraServices => services =>
        {
            services.AddSingleton<TestAssets>();
            services.AddSingleton<IAssetCatalog>(sp => sp.GetRequiredService<TestAssets>());
            services.AddSingleton<IAssetMeters>(sp => sp.GetRequiredService<TestAssets>());
        };
    }

    /// <summary>An asset register for the test: two boilers of the gymnasium, one vehicle with a km meter.</summary>
    internal sealed class TestAssets : IAssetCatalog, IAssetMeters
    {
        public static readonly Guid Boiler1 = new("6f1e3d4c-0000-4000-8000-000000000001");
        public static readonly Guid Boiler2 = new("6f1e3d4c-0000-4000-8000-000000000002");
        public static readonly Guid Van = new("6f1e3d4c-0000-4000-8000-000000000003");

        private static readonly AssetSummary[] All =
        [
            new(new AssetRef("test", Boiler1), "Chaudière gymnase n° 1", "Chaudière", null, 46.81118, 4.44012, "/"),
            new(new AssetRef("test", Boiler2), "Chaudière gymnase n° 2", "Chaudière", null, 46.81120, 4.44020, "/"),
            new(new AssetRef("test", Van), "Renault Master AB-123-CD", "Véhicule", null, 46.78912, 4.44783, "/"),
        ];

        public string ModuleName => "test";

        public Task<IReadOnlyList<AssetSummary>> SearchAsync(string? text, Guid? siteId, int take, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AssetSummary>>([.. All.Where(a => text is null || a.Label.Contains(text, StringComparison.OrdinalIgnoreCase)).Take(take)]);

        public Task<AssetSummary?> FindAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(All.FirstOrDefault(a => a.Ref.Id == id));

        public Task<IReadOnlyList<AssetSummary>> WithinAsync(GeoBox box, int take, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AssetSummary>>([.. All.Where(a => box.Intersects(new GeoBox(a.Longitude!.Value, a.Latitude!.Value, a.Longitude.Value, a.Latitude.Value))).Take(take)]);

        public Task<IReadOnlyList<MeterState>> MetersAsync(AssetRef asset, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<MeterState>>(asset.Id == Van ? [new MeterState(asset, Guid.Empty, "km", "km", 48_200, DateTime.UtcNow)] : []);

        public async Task<IReadOnlyList<MeterState>> LatestAsync(IReadOnlyCollection<AssetRef> assets, CancellationToken cancellationToken) =>
            [.. (await Task.WhenAll(assets.Select(a => MetersAsync(a, cancellationToken)))).SelectMany(m => m)];

        public Task<MeterReadingValue?> ReadingOnAsync(AssetRef asset, string meterKind, DateOnly day, CancellationToken cancellationToken) =>
            Task.FromResult<MeterReadingValue?>(null);
    }

    private static CmmsFactory App(AppPerProvider apps, DatabaseProvider provider) => apps[provider];

    private static async Task<Dictionary<string, string>> FormAsync(CmmsFactory app, string name)
    {
        var (site, service, team) = (await SiteAsync(app, "GYM-COUBERTIN"), await ServiceAsync(app, "BAT"), await TeamAsync(app, "Équipe plomberie-chauffage"));
        return new Dictionary<string, string>
        {
            ["Name"] = name, ["Type"] = "Statutory", ["ServiceId"] = service.ToString(), ["TeamId"] = team.ToString(), ["SiteId"] = site.ToString(),
            ["EstimatedHours"] = "2", ["Tasks"] = "Contrôler le brûleur\nMesurer le CO", ["Start"] = DateTime.Today.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["CalendarEvery"] = "1", ["CalendarUnit"] = "Years", ["LeadDays"] = "30", ["Active"] = "true", ["MeterTolerance"] = "0",
        };
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_manager_creates_a_plan_on_two_boilers_and_sees_its_next_dates(DatabaseProvider provider)
    {
        var app = App(apps, provider);
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var name = $"Entretien chaudières {Guid.NewGuid():N}"[..30];
        var fields = await FormAsync(app, name);
        await manager.GetPageAsync("/plans/new");
        var form = new FormUrlEncodedContent([.. fields, new("Targets", $"test:{TestAssets.Boiler1}"), new("Targets", $"test:{TestAssets.Boiler2}"),
            new("__RequestVerificationToken", await TokenAsync(manager, "/plans/new"))]);
        var response = await manager.Http.PostAsync("/plans/new", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var (_, page) = await manager.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains(name, page);
        Assert.Contains("Chaudière gymnase n° 2", page);
        Assert.Contains("tous les 1 ans", page);
        Assert.Contains(DateOnly.FromDateTime(DateTime.Today.AddDays(20)).ToString("D", new System.Globalization.CultureInfo("fr-FR")), page);

        var (_, forecast) = await manager.GetPageAsync($"/plans/forecast?service={await ServiceAsync(app, "BAT")}");
        Assert.Contains(name, forecast);
        Assert.Contains("Équipe plomberie-chauffage", forecast);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Plans_that_cannot_work_are_refused_with_the_reason_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = App(apps, provider);
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var name = $"Plan refusé {Guid.NewGuid():N}"[..24];
        async Task<string> Refused(Action<Dictionary<string, string>> change, string target)
        {
            var fields = await FormAsync(app, name);
            change(fields);
            fields["Targets"] = target;
            var (response, html) = await manager.SubmitAsync("/plans/new", fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return html;
        }

        var boiler = $"test:{TestAssets.Boiler1}";
        Assert.Contains("a besoin d&#x27;un déclenchement", await Refused(f => f.Remove("CalendarEvery"), boiler));
        Assert.Contains("La périodicité doit être d&#x27;au moins 1.", await Refused(f => f["CalendarEvery"] = "0", boiler));
        Assert.Contains("pas de compteur km", await Refused(f => { f["MeterKind"] = "km"; f["MeterEvery"] = "15000"; }, boiler));
        Assert.Contains("ne s&#x27;ouvre jamais", await Refused(f => { f["Start"] = "2027-01-15"; f["Windows"] = "01/04-31/10"; }, boiler));
        Assert.Contains("n&#x27;existe pas dans le calendrier", await Refused(f => f["Windows"] = "30/02-15/03", boiler));
        Assert.Contains("Choisissez au moins un équipement.", await Refused(_ => { }, ""));
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<CmmsDbContext>().Set<MaintenancePlan>().IgnoreQueryFilters().CountAsync(p => p.Name == name)));

        // The same trigger on the van, which has a km meter, is accepted.
        var (ok, _) = await manager.SubmitAsync("/plans/new", new Dictionary<string, string>(await FormAsync(app, name))
        {
            ["MeterKind"] = "km", ["MeterEvery"] = "15000", ["MeterTolerance"] = "500", ["Targets"] = $"test:{TestAssets.Van}",
        });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<CmmsDbContext>().Set<MaintenancePlan>().IgnoreQueryFilters().CountAsync(p => p.Name == name)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_team_calendar_feed_is_a_valid_icalendar_with_the_planned_visits_and_a_renewed_address_replaces_the_old(DatabaseProvider provider)
    {
        var app = App(apps, provider);
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var name = $"Visite ascenseur {Guid.NewGuid():N}"[..26];
        var fields = await FormAsync(app, name);
        fields["CalendarEvery"] = "1";
        fields["CalendarUnit"] = "Months";
        fields["Targets"] = $"test:{TestAssets.Boiler1}";
        await manager.SubmitAsync("/plans/new", fields);

        var team = await TeamAsync(app, "Équipe plomberie-chauffage");
        await manager.GetPageAsync("/plans/forecast");
        var (_, page) = await manager.SubmitAsync($"/plans/forecast/feeds/{team}", []);
        var address = System.Text.RegularExpressions.Regex.Match(page, "/plans/calendar/[A-Za-z0-9_-]+\\.ics").Value;
        Assert.NotEmpty(address);

        var feed = await app.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        var visits = calendar.Events.Where(e => e.Summary == name).ToList();
        Assert.InRange(visits.Count, 12, 13);
        Assert.Equal(visits.Count, visits.Select(v => v.Uid).Distinct().Count());
        Assert.All(visits, v => Assert.Equal(("Europe/Paris", 8), (v.DtStart!.TzId, v.DtStart.Hour)));

        await manager.SubmitAsync($"/plans/forecast/feeds/{team}", []);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(address)).StatusCode);
    }

    private static async Task<string> TokenAsync(Browser browser, string url)
    {
        var (_, html) = await browser.GetPageAsync(url);
        return System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    }
}
