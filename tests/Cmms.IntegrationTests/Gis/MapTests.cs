using System.Globalization;
using System.Net;
using System.Text.Json;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Cmms.Testing.Gis;
using static Cmms.IntegrationTests.Gis.GisKit;

namespace Cmms.IntegrationTests.Gis;

/// <summary>The map page, its window query per layer, the asset card, and the portal form it leads to.</summary>
public sealed class MapTests(GisApps apps) : IClassFixture<GisApps>
{
    /// <summary>The whole demo town (and far beyond the test assets).</summary>
    private const string Town = "4.30,46.70,4.60,46.90";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_map_offers_each_layer_as_a_labelled_checkbox_with_its_exports_and_the_configured_tiles(DatabaseProvider provider)
    {
        using var referent = await Browser.SignedInAsync(apps[provider], DemoLogins.SchoolReferent);

        var (response, html) = await referent.GetPageAsync("/map");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<input class=\"form-check-input\" type=\"checkbox\" id=\"layer-test-trees\" value=\"test-trees\" checked", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"form-check-label\" for=\"layer-test-trees\">Arbres (test)</label>", html, StringComparison.Ordinal);
        Assert.Contains("data-url=\"/map/layers/test-zones\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/gis/export/test-trees.geojson\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/gis/export/test-trees.xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("data-tiles=\"/favicon.svg?z={z}&amp;x={x}&amp;y={y}\"", html, StringComparison.Ordinal);
        Assert.Contains(">Carte</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Import / export SIG", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_layer_answers_the_features_of_the_window_only(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var trees = await CityAsync(app);
        var park = trees.Where(t => t.Label.StartsWith("Paulownia", StringComparison.Ordinal)).ToList();
        var box = string.Create(CultureInfo.InvariantCulture,
            $"{park.Min(t => t.Geometry.Coordinate.X) - 0.0001},{park.Min(t => t.Geometry.Coordinate.Y) - 0.0001},{park.Max(t => t.Geometry.Coordinate.X) + 0.0001},{park.Max(t => t.Geometry.Coordinate.Y) + 0.0001}");

        var window = await JsonAsync(await admin.Http.GetAsync($"/map/layers/test-trees?bbox={box}&zoom=17"), "application/geo+json");
        var town = await JsonAsync(await admin.Http.GetAsync($"/map/layers/test-trees?bbox={Town}&zoom=13"), "application/geo+json");

        Assert.Equal(park.Select(t => t.Id).Order(), Ids(window).Order());
        Assert.False(window.GetProperty("truncated").GetBoolean());
        Assert.Equal(trees.Count, Ids(town).Count);
        var first = window.GetProperty("features")[0];
        Assert.Equal(park.Single(t => t.Id == Guid.Parse(first.GetProperty("id").GetString()!)).Label, first.GetProperty("properties").GetProperty("label").GetString());
        await ProblemAsync(await admin.Http.GetAsync("/map/layers/test-trees?bbox=4.5,46.8,4.4"), HttpStatusCode.BadRequest);
        await ProblemAsync(await admin.Http.GetAsync("/map/layers/test-trees"), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/map/layers/no-such-layer?bbox={Town}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Zones_are_simplified_to_the_zoom_but_keep_their_shape(DatabaseProvider provider)
    {
        using var admin = await Browser.SignedInAsync(apps[provider], DemoLogins.Admin);

        var zones = await JsonAsync(await admin.Http.GetAsync($"/map/layers/test-zones?bbox={Town}&zoom=12"), "application/geo+json");

        Assert.Equal(2, Ids(zones).Count);
        Assert.All(zones.GetProperty("features").EnumerateArray(), z => Assert.Equal("Polygon", z.GetProperty("geometry").GetProperty("type").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_sees_on_the_map_only_the_assets_of_their_sites(DatabaseProvider provider)
    {
        var app = apps[provider];
        var trees = await CityAsync(app);
        var school = trees.Where(t => t.Label.Contains("Jules-Ferry", StringComparison.Ordinal)).ToList();
        var park = trees.First(t => t.Label.StartsWith("Paulownia", StringComparison.Ordinal));
        var street = trees.First(t => t.SiteId is null);
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        using var townHall = await Browser.SignedInAsync(app, DemoLogins.TownHallReferent);

        var seen = await JsonAsync(await referent.Http.GetAsync($"/map/layers/test-trees?bbox={Town}&zoom=13"), "application/geo+json");
        var none = await JsonAsync(await townHall.Http.GetAsync($"/map/layers/test-trees?bbox={Town}&zoom=13"), "application/geo+json");

        Assert.Equal(school.Select(t => t.Id).Order(), Ids(seen).Order());
        Assert.Empty(Ids(none));
        Assert.Equal(HttpStatusCode.NotFound, (await referent.Http.GetAsync($"/map/layers/test-trees/{park.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.Http.GetAsync($"/map/layers/test-trees/{street.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await referent.Http.GetAsync($"/map/layers/test-trees/{school[0].Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_card_shows_the_asset_and_the_actions_the_person_may_take(DatabaseProvider provider)
    {
        var app = apps[provider];
        var tree = (await CityAsync(app)).First(t => t.Label.Contains("Jules-Ferry", StringComparison.Ordinal));
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);

        var forReferent = await JsonAsync(await referent.Http.GetAsync($"/map/layers/test-trees/{tree.Id}"));
        var forManager = await JsonAsync(await manager.Http.GetAsync($"/map/layers/test-trees/{tree.Id}"));

        Assert.Equal(tree.Label, forReferent.GetProperty("label").GetString());
        Assert.Equal("Arbre", forReferent.GetProperty("kind").GetString());
        Assert.Equal(tree.Geometry.Coordinate.Y, forReferent.GetProperty("latitude").GetDouble(), 9);
        Assert.Equal($"/test-assets/{tree.Id}", forReferent.GetProperty("pageUrl").GetString());
        var properties = forReferent.GetProperty("properties").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString());
        Assert.Equal(tree.HeightM!.Value.ToString("#,0.##", CultureInfo.GetCultureInfo("fr-FR")), properties["heightM"]);
        Assert.Equal(tree.Planted!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), properties["planted"]);
        Assert.Equal(tree.Remarkable!.Value ? "Oui" : "Non", properties["remarkable"]);
        Assert.Equal($"/requests/new?asset=testassets%3A{tree.Id}", forReferent.GetProperty("newRequestUrl").GetString());
        Assert.Equal(JsonValueKind.Null, forReferent.GetProperty("workOrdersUrl").ValueKind);
        Assert.Equal($"/work-orders?asset=testassets%3A{tree.Id}&status=all", forManager.GetProperty("workOrdersUrl").GetString());
        Assert.Equal(JsonValueKind.Null, forManager.GetProperty("newRequestUrl").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_focus_link_opens_the_map_on_that_feature(DatabaseProvider provider)
    {
        var app = apps[provider];
        var tree = (await CityAsync(app))[0];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);

        var (_, html) = await admin.GetPageAsync($"/map?focus=test-trees:{tree.Id}");
        var (_, ignored) = await admin.GetPageAsync($"/map?focus=no-layer:{tree.Id}");

        Assert.Contains("data-focus-layer=\"test-trees\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-focus-id=\"{tree.Id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-focus-layer=\"no-layer\"", ignored, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task New_request_here_opens_the_portal_form_with_the_asset_and_its_site_chosen(DatabaseProvider provider)
    {
        var app = apps[provider];
        var trees = await CityAsync(app);
        var tree = trees.First(t => t.Label.Contains("Jules-Ferry", StringComparison.Ordinal));
        var park = trees.First(t => t.Label.StartsWith("Paulownia", StringComparison.Ordinal));
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);

        var (_, chosen) = await referent.GetPageAsync($"/requests/new?asset=testassets%3A{tree.Id}");
        var (_, notTheirs) = await referent.GetPageAsync($"/requests/new?asset=testassets%3A{park.Id}");

        Assert.Contains($"value=\"testassets:{tree.Id}\" data-site=\"{tree.SiteId}\" checked", chosen, StringComparison.Ordinal);
        Assert.Contains(tree.Label, WebUtility.HtmlDecode(chosen), StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{tree.SiteId}\" selected=\"selected\"", chosen, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"testassets:{park.Id}\"", notTheirs, StringComparison.Ordinal);
        Assert.Contains("id=\"Asset-none\" value=\"\" checked=\"checked\"", notTheirs, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_portal_finds_equipment_of_the_chosen_site_by_name_and_a_request_on_it_is_sent(DatabaseProvider provider)
    {
        var app = apps[provider];
        var tree = (await CityAsync(app)).First(t => t.Label.Contains("Jules-Ferry", StringComparison.Ordinal));
        var otherSite = (await DemoIds.LoadAsync(app, DemoIds.City)).Site;
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);

        var found = await JsonAsync(await referent.Http.GetAsync($"/requests/assets?site={tree.SiteId}&q=catalpa"));
        var elsewhere = await JsonAsync(await referent.Http.GetAsync($"/requests/assets?site={otherSite}&q=paulownia"));
        await referent.GetPageAsync($"/requests/new?asset=testassets%3A{tree.Id}");
        var sent = await referent.PostFormAsync("/requests/new", new()
        {
            ["SiteId"] = tree.SiteId!.Value.ToString(), ["Asset"] = $"testassets:{tree.Id}", ["Category"] = "GreenSpaces", ["Urgency"] = "Normal",
            ["Title"] = "Branche cassée", ["Description"] = "Une grosse branche pend au-dessus de la cour.",
        });

        Assert.Equal(6, found.GetArrayLength());
        Assert.All(found.EnumerateArray(), a => Assert.Equal(tree.SiteId.ToString(), a.GetProperty("siteId").GetString()));
        Assert.Contains(found.EnumerateArray(), a => a.GetProperty("value").GetString() == $"testassets:{tree.Id}" && a.GetProperty("kind").GetString() == "Arbre");
        Assert.Equal(0, elsewhere.GetArrayLength());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var (_, request) = await referent.GetPageAsync(sent.Headers.Location!.ToString());
        Assert.Contains(tree.Label, WebUtility.HtmlDecode(request), StringComparison.Ordinal);
    }
}
