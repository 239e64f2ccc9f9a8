using System.Net;
using System.Text.Json;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Cmms.Roads;
using Cmms.Roads.Segments;
using Cmms.Roads.Signs;
using Cmms.Roads.StreetLights;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cmms.IntegrationTests.GreenSpaces.AssetArrange;

namespace Cmms.IntegrationTests.Roads;

/// <summary>The road registers through their pages, forms and API: drawing, checking codes, scoping, the map layers.</summary>
public sealed class RoadsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    // The reference line of the unit tests: 782.5 m by PROJ in Lambert-93.
    private static readonly string ReferenceLine = Line((4.4300, 46.8000), (4.4350, 46.8010), (4.4400, 46.8005));

    private static Dictionary<string, string> SegmentFields(string geometry) => new()
    {
        ["StreetName"] = "Rue des Tanneurs", ["Class"] = "MunicipalRoad", ["Surface"] = "Asphalt", ["WidthM"] = "6,5",
        ["ConditionIndex"] = "55", ["Geometry"] = geometry, ["Version"] = "0",
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_segment_drawn_on_the_form_has_its_length_in_lambert_93_and_its_condition_band(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        await manager.GetPageAsync("/roads/segments/new");

        var (response, page) = await manager.SubmitAsync("/roads/segments/new", SegmentFields(ReferenceLine));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        page = WebUtility.HtmlDecode(page);
        Assert.Contains("782,5 m", page, StringComparison.Ordinal);
        Assert.Contains("55 — Médiocre", page, StringComparison.Ordinal);
        var segment = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<RoadSegment>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(s => s.Id == IdIn(response.RequestMessage!.RequestUri)));
        Assert.Matches(@"^TRC-\d{6}$", segment.Reference);
        Assert.Equal(6.5m, segment.WidthM);
        Assert.Equal(782.5, segment.LengthM, 1);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_segment_of_two_separate_parts_or_a_point_is_refused_with_the_reason(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        await manager.GetPageAsync("/roads/segments/new");
        var before = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<RoadSegment>().IgnoreQueryFilters().CountAsync());

        var (_, twoParts) = await manager.SubmitAsync("/roads/segments/new",
            SegmentFields("""{"type":"MultiLineString","coordinates":[[[4.43,46.80],[4.431,46.80]],[[4.44,46.80],[4.441,46.80]]]}"""));
        var (_, point) = await manager.SubmitAsync("/roads/segments/new", SegmentFields(Point(4.43, 46.80)));
        var (_, outOfRange) = await manager.SubmitAsync("/roads/segments/new", SegmentFields(Line((4.43, 46.80), (4.43, 96.80))));

        Assert.Contains("Un tronçon est une seule ligne", WebUtility.HtmlDecode(twoParts), StringComparison.Ordinal);
        Assert.Contains("pas du type attendu pour cette couche (ligne)", WebUtility.HtmlDecode(point), StringComparison.Ordinal);
        Assert.Contains("Une coordonnée est hors limites", WebUtility.HtmlDecode(outOfRange), StringComparison.Ordinal);
        Assert.Equal(before, await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<RoadSegment>().IgnoreQueryFilters().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_sign_code_is_written_as_the_regulation_writes_it_and_a_code_of_no_family_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        await manager.GetPageAsync("/roads/signs/new");
        Dictionary<string, string> Sign(string code) => new()
        {
            ["Code"] = code, ["Condition"] = "Good", ["StreetName"] = "Rue des Tanneurs", ["Geometry"] = Point(4.4322, 46.8003), ["Version"] = "0",
        };

        var (_, refused) = await manager.SubmitAsync("/roads/signs/new", Sign("Z99"));
        var (created, page) = await manager.SubmitAsync("/roads/signs/new", Sign("ab3a"));

        Assert.Contains("Ce n'est pas un code de panneau de la signalisation française", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"code\">AB3a<", page, StringComparison.Ordinal);
        Assert.Contains("AB — Intersection et priorité", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        var sign = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Sign>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(s => s.Id == IdIn(created.RequestMessage!.RequestUri)));
        Assert.Equal(("AB3a", SignFamily.Intersection, "Cédez le passage"), (sign.Code, sign.Family, sign.Caption));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_segments_api_and_layer_with_a_bbox_return_only_the_segments_that_cross_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        await manager.GetPageAsync("/roads/segments/new");

        // A diagonal lane outside the town: its bounds' north-west and south-east corners are empty.
        var (created, _) = await manager.SubmitAsync("/roads/segments/new", SegmentFields(Line((4.3900, 46.7600), (4.3940, 46.7640))));
        var id = IdIn(created.RequestMessage!.RequestUri).ToString();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.CityDemoApiKey);

        var corner = await client.GetStringAsync("/api/v1/roads/segments?bbox=4.3901,46.7630,4.3910,46.7639");
        var crossing = await client.GetStringAsync("/api/v1/roads/segments?bbox=4.3915,46.7615,4.3925,46.7625");

        Assert.DoesNotContain(id, corner, StringComparison.Ordinal);
        Assert.Contains(id, crossing, StringComparison.Ordinal);

        // The layer answers a town window with exactly the segments NTS sees crossing it.
        var window = new GeoBox(4.4280, 46.7980, 4.4360, 46.8030);
        var (features, all) = await ActingAsync(app, city.Organisation, Roles.Administrator, null, async sp =>
        {
            var layer = sp.GetServices<IFeatureLayer>().Single(l => l.Id == "road-segments");
            return ((await layer.QueryAsync(new FeatureQuery(window, 0, 1000, Count: true), CancellationToken.None)).Features,
                await sp.GetRequiredService<DbContext>().Set<RoadSegment>().Where(s => s.RetiredOn == null).AsNoTracking().ToListAsync());
        });
        var expected = all.Where(s => s.Line.Intersects(window.ToPolygon())).Select(s => s.Id).Order().ToList();
        Assert.True(expected.Count > 5, $"{expected.Count} segments in the window");
        Assert.Equal(expected, features.Select(f => f.Id).Order());
        Assert.All(features, f => Assert.IsType<double>(f.Properties["lengthM"]));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_street_light_posted_with_the_citys_key_is_numbered_and_read_back_and_bad_input_is_a_problem(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.CityDemoApiKey);

        using var response = await client.PostAsJsonAsync("/api/v1/roads/street-lights", new
        {
            streetName = "Rue des Tanneurs", lamp = "Led", powerW = 40, cabinet = "arm-07", mastHeightM = 7,
            geometry = JsonDocument.Parse(Point(4.4323, 46.8004)).RootElement,
        });
        using var bad = await client.PostAsJsonAsync("/api/v1/roads/street-lights", new
        {
            powerW = 4000, cabinet = "ARM 07", geometry = JsonDocument.Parse("""{"type":"Point","coordinates":[200,46.8]}""").RootElement,
        });
        using var outOfRange = await client.PostAsJsonAsync("/api/v1/roads/street-lights", new { geometry = JsonDocument.Parse("""{"type":"Point","coordinates":[4.43,96.8]}""").RootElement });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches(@"^PL-\d{6}$", created.GetProperty("reference").GetString());
        Assert.Equal("ARM-07", created.GetProperty("cabinet").GetString());
        var read = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal(created.GetProperty("id").GetGuid(), read.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("powerW", out _) && errors.TryGetProperty("cabinet", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("out of range", (await outOfRange.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("geometry")[0].GetString(), StringComparison.Ordinal);

        using var agglo = app.CreateClient();
        agglo.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.AggloDemoApiKey);
        using var refused = await agglo.PostAsJsonAsync("/api/v1/roads/street-lights", new
        {
            siteId = await SiteAsync(app, city.Organisation, "HDV"), geometry = JsonDocument.Parse(Point(4.43, 46.80)).RootElement,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_sees_the_lights_of_their_sites_and_no_street_light(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var sites = new List<Guid>();
        foreach (var code in new[] { "HDV", "MED-LMICHEL", "SDF", "GYM-COUBERTIN" })
        {
            sites.Add(await SiteAsync(app, city.Organisation, code));
        }

        var (theirs, streetLight) = await app.InScopeAsync(async sp =>
        {
            var lights = sp.GetRequiredService<DbContext>().Set<StreetLight>().IgnoreQueryFilters().Where(l => l.OrganisationId == city.Organisation && l.RetiredOn == null);
            return (await lights.CountAsync(l => l.SiteId != null && sites.Contains(l.SiteId.Value)), await lights.Where(l => l.SiteId == null).Select(l => l.Id).FirstAsync());
        });
        using var referent = await Browser.SignedInAsync(app, DemoLogins.TownHallReferent);

        var list = await referent.Http.GetFromJsonAsync<JsonElement>("/api/v1/roads/street-lights?pageSize=200");
        var (listPage, html) = await referent.GetPageAsync("/roads/street-lights");
        var (lightPage, _) = await referent.GetPageAsync($"/roads/street-lights/{streetLight}");

        Assert.Equal(8, theirs);
        Assert.Equal(theirs, list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), l => Assert.Contains(l.GetProperty("siteId").GetGuid(), sites));
        Assert.Equal(HttpStatusCode.OK, listPage.StatusCode);
        Assert.Contains($"data-testid=\"total\">{theirs}<", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, lightPage.StatusCode);

        var userId = await app.InScopeAsync(sp => Users.IdOfAsync(sp, DemoLogins.TownHallReferent));
        var (streamed, found) = await ActingAsync(app, city.Organisation, Roles.Referent, userId, async sp =>
        {
            var layer = sp.GetServices<IFeatureLayer>().Single(l => l.Id == "street-lights");
            var catalog = sp.GetServices<IAssetCatalog>().Single(c => c.ModuleName == RoadsModule.Name);
            return (await layer.StreamAsync(null, CancellationToken.None).ToListAsync(), await catalog.FindAsync(streetLight, CancellationToken.None));
        });
        Assert.Equal(theirs, streamed.Count);
        Assert.Null(found);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_catalog_finds_signs_by_code_and_lights_by_cabinet_and_the_demo_town_has_its_roads(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var (stops, cabinet, counts) = await ActingAsync(app, city.Organisation, Roles.Administrator, null, async sp =>
        {
            var catalog = sp.GetServices<IAssetCatalog>().Single(c => c.ModuleName == RoadsModule.Name);
            var db = sp.GetRequiredService<DbContext>();
            return (await catalog.SearchAsync("AB4", null, 20, CancellationToken.None), await catalog.SearchAsync("arm-07", null, 200, CancellationToken.None),
                (await db.Set<RoadSegment>().CountAsync(), await db.Set<Sign>().CountAsync(), await db.Set<StreetLight>().CountAsync()));
        });

        Assert.NotEmpty(stops);
        Assert.All(stops, s => Assert.StartsWith("AB4 Arrêt obligatoire (STOP)", s.Label, StringComparison.Ordinal));
        Assert.All(stops, s => Assert.Equal("Panneau de signalisation", s.Kind));
        Assert.NotEmpty(cabinet);
        Assert.All(cabinet, l => Assert.Equal("Point lumineux", l.Kind));
        Assert.True(counts.Item1 >= 300 && counts.Item2 >= 300 && counts.Item3 >= 800, counts.ToString());
    }
}
