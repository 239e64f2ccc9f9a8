using System.Net;
using System.Text.Json;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.GreenSpaces;
using Cmms.GreenSpaces.Trees;
using Cmms.GreenSpaces.Zones;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cmms.IntegrationTests.GreenSpaces.AssetArrange;

namespace Cmms.IntegrationTests.GreenSpaces;

/// <summary>The green-space registers through their pages, forms and API: placing, drawing, refusing, scoping, retiring.</summary>
public sealed class GreenSpacesTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    // The Parc de la Brune's central lawn is drawn 20 m west and 10 m north of the park's centre.
    private static readonly (double Lon, double Lat) CentralLawn = DemoTownPlan.Offset(DemoTownPlan.ParkCentre, -20, 10);

    private static Dictionary<string, string> TreeFields(string geometry, string health = "Good", string nearTraffic = "false", string risk = "Low") => new()
    {
        ["LatinName"] = "Tilia cordata", ["PlantingYear"] = "1998", ["HeightM"] = "14", ["TrunkCircumferenceCm"] = "120",
        ["Health"] = health, ["NearTraffic"] = nearTraffic, ["Risk"] = risk, ["Geometry"] = geometry, ["Version"] = "0",
    };

    private static Task<Tree> TreeAsync(CmmsFactory app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Tree>().IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == id));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_tree_placed_in_the_park_is_numbered_put_in_its_lawn_and_site_and_a_poor_tree_by_a_path_is_at_least_medium_risk(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        await manager.GetPageAsync("/greenspaces/trees/new");

        var (response, page) = await manager.SubmitAsync("/greenspaces/trees/new", TreeFields(Point(CentralLawn.Lon, CentralLawn.Lat), health: "Poor", nearTraffic: "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le risque a été relevé à « Moyen »", page, StringComparison.Ordinal);
        Assert.Contains("Tilleul à petites feuilles", page, StringComparison.Ordinal);
        var id = Guid.Parse(System.Text.RegularExpressions.Regex.Match(page, "/greenspaces/trees/([0-9a-f-]{36})/edit").Groups[1].Value);
        var tree = await TreeAsync(app, id);
        Assert.Matches(@"^ARB-\d{6}$", tree.Reference);
        Assert.Equal(TreeRisk.Medium, tree.Risk);
        Assert.Equal(await SiteAsync(app, city.Organisation, "PARC-BRUNE"), tree.SiteId);
        var lawn = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Zone>().IgnoreQueryFilters()
            .SingleAsync(z => z.OrganisationId == city.Organisation && z.Name == "Parc de la Brune — pelouse centrale"));
        Assert.Equal(lawn.Id, tree.ZoneId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_second_manager_saving_a_tree_is_told_and_keeps_their_input(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var first = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        using var second = await Browser.SignedInAsync(app, DemoLogins.Admin);
        await first.GetPageAsync("/greenspaces/trees/new");
        var (created, _) = await first.SubmitAsync("/greenspaces/trees/new", TreeFields(Point(4.4381, 46.8011)));
        var url = created.RequestMessage!.RequestUri!.AbsolutePath;
        var (_, firstForm) = await first.GetPageAsync(url + "/edit");
        var (_, secondForm) = await second.GetPageAsync(url + "/edit");

        Dictionary<string, string> Edit(string form, string height) => new(TreeFields(Field(form, "Geometry"))) { ["HeightM"] = height, ["Version"] = Field(form, "Version") };
        await first.SubmitAsync(url, Edit(firstForm, "15"));
        var (conflict, page) = await second.SubmitAsync(url, Edit(secondForm, "16"));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("data-testid=\"conflict-notice\"", page, StringComparison.Ordinal);
        Assert.Equal("16", Field(page, "HeightM"));
        Assert.Equal(15m, (await TreeAsync(app, IdIn(created.RequestMessage.RequestUri))).HeightM);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_zone_that_crosses_itself_is_refused_with_the_reason_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        await manager.GetPageAsync("/greenspaces/zones/new");
        var before = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Zone>().IgnoreQueryFilters().CountAsync());

        // A bow tie: the ring's edges cross in the middle.
        var (response, page) = await manager.SubmitAsync("/greenspaces/zones/new", new()
        {
            ["Name"] = "Massif en nœud papillon", ["Kind"] = "FlowerBed", ["MaintenanceClass"] = "Prestige",
            ["Geometry"] = Polygon((4.4400, 46.8000), (4.4410, 46.8010), (4.4410, 46.8000), (4.4400, 46.8010)), ["Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("La forme se recoupe elle-même", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Zone>().IgnoreQueryFilters().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_zone_drawn_on_the_form_has_its_area_measured_in_lambert_93(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        await manager.GetPageAsync("/greenspaces/zones/new");

        // The reference quadrilateral of the unit tests: 11,265 m² by PROJ.
        var (_, page) = await manager.SubmitAsync("/greenspaces/zones/new", new()
        {
            ["Name"] = "Pelouse du belvédère", ["Kind"] = "Lawn", ["MaintenanceClass"] = "Tended",
            ["Geometry"] = Polygon((4.4410, 46.8025), (4.4425, 46.8026), (4.4427, 46.8035), (4.4412, 46.8034)), ["Version"] = "0",
        });

        Assert.Contains("a été créé", page, StringComparison.Ordinal);
        Assert.Contains("11\u202F265 m²", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_line_given_for_a_tree_is_refused_on_the_form_and_through_the_api(DatabaseProvider provider)
    {
        var app = apps[provider];
        var line = Line((4.4400, 46.8000), (4.4410, 46.8010));
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        await manager.GetPageAsync("/greenspaces/trees/new");
        var (_, page) = await manager.SubmitAsync("/greenspaces/trees/new", TreeFields(line));

        Assert.Contains("La géométrie n'est pas du type attendu pour cette couche (point)", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.CityDemoApiKey);
        using var response = await client.PostAsJsonAsync("/api/v1/greenspaces/trees", new { latinName = "Tilia cordata", geometry = JsonDocument.Parse(line).RootElement });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("wrong kind", errors.GetProperty("geometry")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_tree_posted_with_the_citys_key_is_numbered_placed_and_read_back_and_another_organisations_site_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.CityDemoApiKey);

        using var response = await client.PostAsJsonAsync("/api/v1/greenspaces/trees", new
        {
            latinName = "Platane commun", health = "Dead", nearTraffic = true, risk = "Low", heightM = 18.5,
            geometry = JsonDocument.Parse(Point(CentralLawn.Lon, CentralLawn.Lat)).RootElement,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Platanus × acerifolia", created.GetProperty("latinName").GetString());
        Assert.Equal("High", created.GetProperty("risk").GetString());
        Assert.Equal(await SiteAsync(app, city.Organisation, "PARC-BRUNE"), created.GetProperty("siteId").GetGuid());
        var read = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal(created.GetProperty("reference").GetString(), read.GetProperty("reference").GetString());

        using var agglo = app.CreateClient();
        agglo.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.AggloDemoApiKey);
        using var refused = await agglo.PostAsJsonAsync("/api/v1/greenspaces/trees", new
        {
            latinName = "Tilia cordata", siteId = await SiteAsync(app, city.Organisation, "PARC-BRUNE"),
            geometry = JsonDocument.Parse(Point(4.44, 46.80)).RootElement,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("siteId", out _));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_trees_api_with_a_bbox_returns_exactly_the_trees_inside_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var box = new GeoBox(4.4405, 46.8022, 4.4425, 46.8035);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.CityDemoApiKey);

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/greenspaces/trees?bbox={box}&pageSize=200");

        var expected = (await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Tree>().IgnoreQueryFilters().AsNoTracking()
                .Where(t => t.OrganisationId == city.Organisation && t.RetiredOn == null).ToListAsync()))
            .Count(t => t.Position.X >= box.MinLon && t.Position.X <= box.MaxLon && t.Position.Y >= box.MinLat && t.Position.Y <= box.MaxLat);
        Assert.InRange(expected, 20, 200);
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), t =>
        {
            var c = t.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(c[0].GetDouble(), box.MinLon, box.MaxLon);
            Assert.InRange(c[1].GetDouble(), box.MinLat, box.MaxLat);
        });

        using var bad = await client.GetAsync("/api/v1/greenspaces/trees?bbox=4.45,46.80,4.44,46.81");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_zone_whose_bounds_meet_the_box_but_whose_outline_does_not_is_left_out(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        await manager.GetPageAsync("/greenspaces/zones/new");

        // An L-shaped meadow south-west of town: its bounds' north-east corner is empty.
        var (created, _) = await manager.SubmitAsync("/greenspaces/zones/new", new()
        {
            ["Name"] = "Prairie en équerre", ["Kind"] = "Meadow", ["MaintenanceClass"] = "Natural", ["Version"] = "0",
            ["Geometry"] = Polygon((4.4000, 46.7700), (4.4040, 46.7700), (4.4040, 46.7710), (4.4010, 46.7710), (4.4010, 46.7740), (4.4000, 46.7740)),
        });
        var id = IdIn(created.RequestMessage!.RequestUri).ToString();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.CityDemoApiKey);

        var corner = await client.GetStringAsync("/api/v1/greenspaces/zones?bbox=4.4030,46.7725,4.4039,46.7739");
        var touching = await client.GetStringAsync("/api/v1/greenspaces/zones?bbox=4.4030,46.7705,4.4039,46.7739");

        Assert.DoesNotContain(id, corner, StringComparison.Ordinal);
        Assert.Contains(id, touching, StringComparison.Ordinal);
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var layered = await ActingAsync(app, city.Organisation, Roles.Administrator, null, async sp =>
        {
            var layer = sp.GetServices<IFeatureLayer>().Single(l => l.Id == "zones");
            var inCorner = await layer.QueryAsync(new FeatureQuery(new GeoBox(4.4030, 46.7725, 4.4039, 46.7739), 0, 100, Count: true), CancellationToken.None);
            var streamed = await layer.StreamAsync(new GeoBox(4.4030, 46.7705, 4.4039, 46.7739), CancellationToken.None).ToListAsync();
            return (inCorner, streamed);
        });
        Assert.DoesNotContain(layered.inCorner.Features, f => f.Id.ToString() == id);
        Assert.Equal(layered.inCorner.Features.Count, layered.inCorner.NumberMatched);
        Assert.Contains(layered.streamed, f => f.Id.ToString() == id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_trees_layer_streams_every_tree_once_and_pages_a_window_by_id(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var box = new GeoBox(4.4360, 46.8000, 4.4470, 46.8060);
        var (streamed, first, second, inService, extent) = await ActingAsync(app, city.Organisation, Roles.Administrator, null, async sp =>
        {
            var layer = sp.GetServices<IFeatureLayer>().Single(l => l.Id == "trees");
            var all = await layer.StreamAsync(null, CancellationToken.None).ToListAsync();
            var p1 = await layer.QueryAsync(new FeatureQuery(box, 0, 100, Count: true), CancellationToken.None);
            var p2 = await layer.QueryAsync(new FeatureQuery(box, 100, 100), CancellationToken.None);
            var count = await sp.GetRequiredService<DbContext>().Set<Tree>().CountAsync(t => t.RetiredOn == null);
            return (all, p1, p2, count, await layer.ExtentAsync(CancellationToken.None));
        });

        Assert.Equal(inService, streamed.Count);
        Assert.Equal(streamed.Count, streamed.Select(f => f.Id).Distinct().Count());
        Assert.True(first.NumberMatched > 100, $"{first.NumberMatched} trees in the window");
        Assert.Null(second.NumberMatched);
        Assert.Empty(first.Features.Select(f => f.Id).Intersect(second.Features.Select(f => f.Id)));
        var tree = first.Features[0];
        Assert.Equal("Arbre", tree.Properties["kind"]);
        Assert.StartsWith("/greenspaces/trees/", tree.PageUrl, StringComparison.Ordinal);
        Assert.IsType<string>(tree.Properties["species"]);
        Assert.NotNull(extent);
        Assert.True(extent.Value.Intersects(box) && extent.Value.MinLat < DemoTownPlan.ParkCentre.Lat && extent.Value.MaxLat > DemoTownPlan.ParkCentre.Lat);
        Assert.All(streamed, f => Assert.True(extent.Value.Intersects(GeoBox.Of(f.Geometry))));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_trees_layer_counts_a_window_only_when_a_page_cannot_tell_and_draws_the_same_trees_for_the_map(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var box = new GeoBox(4.4360, 46.8000, 4.4470, 46.8060);
        var (inBox, whole, firstTen, lastThree, pastTheEnd, map) = await ActingAsync(app, city.Organisation, Roles.Administrator, null, async sp =>
        {
            var layer = sp.GetServices<IFeatureLayer>().Single(l => l.Id == "trees");
            var count = await sp.GetRequiredService<DbContext>().Set<Tree>().CountAsync(t =>
                t.RetiredOn == null && t.MinLat >= box.MinLat && t.MinLat <= box.MaxLat && t.MinLon >= box.MinLon && t.MinLon <= box.MaxLon);
            Task<FeaturePage> Page(int offset, int limit, bool labelsOnly = false) =>
                layer.QueryAsync(new FeatureQuery(box, offset, limit, Count: true, LabelsOnly: labelsOnly), CancellationToken.None);
            return (count, await Page(0, 5000), await Page(0, 10), await Page(count - 3, 10), await Page(count + 5, 10), await Page(0, 5000, labelsOnly: true));
        });

        Assert.True(inBox > 10, $"{inBox} trees in the window");
        Assert.Equal(inBox, whole.Features.Count);
        Assert.Equal(inBox, whole.NumberMatched);
        Assert.Equal(inBox, firstTen.NumberMatched);
        Assert.Equal(whole.Features.Select(f => f.Id).Take(10), firstTen.Features.Select(f => f.Id));
        Assert.Equal(whole.Features.Select(f => f.Id).TakeLast(3), lastThree.Features.Select(f => f.Id));
        Assert.Equal(inBox, lastThree.NumberMatched);
        Assert.Empty(pastTheEnd.Features);
        Assert.Equal(inBox, pastTheEnd.NumberMatched);

        // The map reads three columns, yet draws the very trees, labels and points of the full features.
        Assert.Equal(inBox, map.NumberMatched);
        Assert.Equal(whole.Features.Select(f => (f.Id, f.Label, f.PageUrl, f.Geometry.Coordinate)), map.Features.Select(f => (f.Id, f.Label, f.PageUrl, f.Geometry.Coordinate)));
        Assert.All(map.Features, f => Assert.Empty(f.Properties));
        Assert.All(whole.Features, f => Assert.Equal(f.Label, $"{f.Properties["species"]} — {f.Properties["reference"]}"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_sees_only_the_green_assets_of_their_sites(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var schools = new List<Guid>();
        foreach (var code in new[] { "EC-JFERRY", "EM-TILLEULS", "EC-MCURIE", "GS-BOURG" })
        {
            schools.Add(await SiteAsync(app, city.Organisation, code));
        }

        var (theirs, parkTree) = await app.InScopeAsync(async sp =>
        {
            var trees = sp.GetRequiredService<DbContext>().Set<Tree>().IgnoreQueryFilters().Where(t => t.OrganisationId == city.Organisation && t.RetiredOn == null);
            var park = await SiteAsync(app, city.Organisation, "PARC-BRUNE");
            return (await trees.CountAsync(t => t.SiteId != null && schools.Contains(t.SiteId.Value)), await trees.Where(t => t.SiteId == park).Select(t => t.Id).FirstAsync());
        });
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);

        var list = await referent.Http.GetFromJsonAsync<JsonElement>("/api/v1/greenspaces/trees?pageSize=200");
        var (pageResponse, _) = await referent.GetPageAsync($"/greenspaces/trees/{parkTree}");
        using var apiResponse = await referent.Http.GetAsync($"/api/v1/greenspaces/trees/{parkTree}");

        Assert.True(theirs > 0);
        Assert.Equal(theirs, list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), t => Assert.Contains(t.GetProperty("siteId").GetGuid(), schools));
        Assert.Equal(HttpStatusCode.NotFound, pageResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, apiResponse.StatusCode);

        var userId = await app.InScopeAsync(sp => Users.IdOfAsync(sp, DemoLogins.SchoolReferent));
        var (streamed, found, searched, drawn, parkFeature) = await ActingAsync(app, city.Organisation, Roles.Referent, userId, async sp =>
        {
            var layer = sp.GetServices<IFeatureLayer>().Single(l => l.Id == "trees");
            var catalog = sp.GetServices<IAssetCatalog>().Single(c => c.ModuleName == GreenSpacesModule.Name);
            return (await layer.StreamAsync(null, CancellationToken.None).ToListAsync(), await catalog.FindAsync(parkTree, CancellationToken.None),
                await catalog.SearchAsync(null, null, 500, CancellationToken.None),
                await layer.QueryAsync(new FeatureQuery(null, 0, 5000, Count: true, LabelsOnly: true), CancellationToken.None),
                await layer.FindAsync(parkTree, CancellationToken.None));
        });
        Assert.Equal(theirs, streamed.Count);
        Assert.Equal(streamed.Select(f => f.Id), drawn.Features.Select(f => f.Id));
        Assert.Equal(theirs, drawn.NumberMatched);
        Assert.Null(parkFeature);
        Assert.Null(found);
        Assert.All(searched, a => Assert.Contains(a.SiteId!.Value, schools));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_catalog_finds_zones_before_trees_by_any_word_and_a_tree_by_its_reference(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var tree = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Tree>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(t => t.OrganisationId == city.Organisation && t.Reference == "ARB-000123"));
        var (platanes, byReference, byNumber, twoWords, nothing, near) = await ActingAsync(app, city.Organisation, Roles.Administrator, null, async sp =>
        {
            var catalog = sp.GetServices<IAssetCatalog>().Single(c => c.ModuleName == GreenSpacesModule.Name);
            var number = tree.Reference.Split('-')[1].TrimStart('0');
            return (await catalog.SearchAsync("platan", null, 10, CancellationToken.None), await catalog.SearchAsync(tree.Reference, null, 5, CancellationToken.None),
                await catalog.SearchAsync(number, null, 50, CancellationToken.None), await catalog.SearchAsync("brune pelouse centrale", null, 5, CancellationToken.None),
                await catalog.SearchAsync("zzzqx", null, 5, CancellationToken.None),
                await catalog.WithinAsync(new GeoBox(tree.Position.X - 0.0001, tree.Position.Y - 0.0001, tree.Position.X + 0.0001, tree.Position.Y + 0.0001), 50, CancellationToken.None));
        });

        Assert.Equal("Parc de la Brune — pelouse des platanes", platanes[0].Label);
        Assert.Equal(10, platanes.Count);
        Assert.Contains(platanes, a => a.Kind == "Arbre");
        Assert.Equal(new AssetRef("greenspaces", tree.Id), byReference[0].Ref);
        Assert.Contains(byNumber, a => a.Ref.Id == tree.Id);
        Assert.Equal("Parc de la Brune — pelouse centrale", Assert.Single(twoWords).Label);
        Assert.Empty(nothing);
        Assert.Contains(near, a => a.Ref.Id == tree.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_retired_tree_leaves_the_map_and_the_search_but_keeps_its_page(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        await manager.GetPageAsync("/greenspaces/trees/new");
        var (created, page) = await manager.SubmitAsync("/greenspaces/trees/new", TreeFields(Point(4.4321, 46.7991)));
        var id = IdIn(created.RequestMessage!.RequestUri);
        var reference = (await TreeAsync(app, id)).Reference;

        var (_, retired) = await manager.SubmitAsync($"/greenspaces/trees/{id}/retire", new() { ["Reason"] = "Abattu après la tempête", ["Version"] = Field(page, "Version") });

        Assert.Contains("data-testid=\"retired\"", retired, StringComparison.Ordinal);
        Assert.Contains("Abattu après la tempête", retired, StringComparison.Ordinal);
        var (onMap, searched, found) = await ActingAsync(app, city.Organisation, Roles.Administrator, null, async sp =>
        {
            var layer = sp.GetServices<IFeatureLayer>().Single(l => l.Id == "trees");
            var catalog = sp.GetServices<IAssetCatalog>().Single(c => c.ModuleName == GreenSpacesModule.Name);
            return (await layer.FindAsync(id, CancellationToken.None), await catalog.SearchAsync(reference, null, 5, CancellationToken.None), await catalog.FindAsync(id, CancellationToken.None));
        });
        Assert.Null(onMap);
        Assert.DoesNotContain(searched, a => a.Ref.Id == id);
        Assert.NotNull(found);
        var (edit, _) = await manager.GetPageAsync($"/greenspaces/trees/{id}/edit");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_inventory_with_a_bad_row_imports_nothing_and_a_clean_one_imports_every_row(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        Kernel.Import.ImportRow Row(int line, NetTopologySuite.Geometries.Geometry geometry, params (string, string?)[] values) =>
            new(line, geometry, values.ToDictionary(v => v.Item1, v => v.Item2));
        var good = new[]
        {
            Row(2, Wgs84.Point(CentralLawn.Lon, CentralLawn.Lat), ("species", "Érable plane"), ("plantingYear", "2001"), ("heightM", "12,5"), ("health", "Moyen"), ("nearTraffic", "oui")),
            Row(3, Wgs84.Point(4.4301, 46.7990), ("latinName", "Quercus robur"), ("lastInspectedOn", "15/04/2024"), ("site", "EC-JFERRY")),
        };
        var bad = new[]
        {
            Row(4, Wgs84.Factory.CreateLineString([new(4.43, 46.80), new(4.44, 46.80)]), ("latinName", "Tilia cordata")),
            Row(5, Wgs84.Point(4.43, 46.80), ("latinName", "Tilia cordata"), ("health", "Excellent")),
        };
        Task<int> CountAsync() => app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Tree>().IgnoreQueryFilters().CountAsync(t => t.OrganisationId == city.Organisation));
        var before = await CountAsync();

        var (rejections, refused, imported) = await ActingAsync(app, city.Organisation, Roles.Administrator, null, async sp =>
        {
            var import = sp.GetServices<Kernel.Import.IRegisterImport>().Single(i => i.Id == "trees");
            var dryRun = await import.CheckAsync([.. good, .. bad], CancellationToken.None);
            var error = await Record.ExceptionAsync(() => import.ImportAsync([.. good, .. bad], new Progress<int>(), CancellationToken.None));
            return (dryRun, error, await import.ImportAsync(good, new Progress<int>(), CancellationToken.None));
        });

        Assert.Collection(rejections, r => Assert.Equal(4, r.Line), r => Assert.Equal(5, r.Line));
        Assert.Contains("point", rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("« Excellent »", rejections[1].Reason, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(refused);
        Assert.Equal(2, imported);
        Assert.Equal(before + 2, await CountAsync());
        var maple = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Tree>().IgnoreQueryFilters()
            .SingleAsync(t => t.OrganisationId == city.Organisation && t.FrenchName == "Érable plane" && t.PlantingYear == 2001));
        Assert.Equal("Acer platanoides", maple.LatinName);
        Assert.Equal(12.5m, maple.HeightM);
        Assert.Equal(TreeHealth.Fair, maple.Health);
        Assert.Equal(await SiteAsync(app, city.Organisation, "PARC-BRUNE"), maple.SiteId);
        Assert.Matches(@"^ARB-\d{6}$", maple.Reference);
    }
}
