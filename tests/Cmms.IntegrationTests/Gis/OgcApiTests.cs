using System.Globalization;
using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Cmms.Testing.Gis;
using static Cmms.IntegrationTests.Gis.GisKit;

namespace Cmms.IntegrationTests.Gis;

/// <summary>OGC API – Features Part 1 at /ogc, as a GIS client reads it: shapes, paging, filters, errors and isolation.</summary>
public sealed class OgcApiTests(GisApps apps) : IClassFixture<GisApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_landing_page_links_to_the_api_definition_the_conformance_and_the_collections(DatabaseProvider provider)
    {
        using var client = KeyClient(apps[provider]);

        var landing = await JsonAsync(await client.GetAsync("/ogc"));

        Assert.EndsWith("/ogc", Href(landing, "self"), StringComparison.Ordinal);
        Assert.EndsWith("/ogc/conformance", Href(landing, "conformance"), StringComparison.Ordinal);
        Assert.EndsWith("/ogc/collections", Href(landing, "data"), StringComparison.Ordinal);
        var serviceDesc = Links(landing, "service-desc").Single();
        Assert.Equal("application/vnd.oai.openapi+json;version=3.0", serviceDesc.GetProperty("type").GetString());
        using var api = await client.GetAsync(serviceDesc.GetProperty("href").GetString());
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("application/vnd.oai.openapi+json", api.Content.Headers.ContentType?.MediaType);
        var definition = System.Text.Json.JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.0", definition.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = definition.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/", "/conformance", "/collections", "/collections/{collectionId}", "/collections/{collectionId}/items", "/collections/{collectionId}/items/{featureId}"], paths);
        var limit = definition.GetProperty("components").GetProperty("parameters").GetProperty("limit").GetProperty("schema");
        Assert.Equal(10_000, limit.GetProperty("maximum").GetInt32());
        Assert.Equal(10, limit.GetProperty("default").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_conformance_declares_core_geojson_and_openapi_30(DatabaseProvider provider)
    {
        using var client = KeyClient(apps[provider]);

        var conformance = await JsonAsync(await client.GetAsync("/ogc/conformance"));

        Assert.Equal(
            ["http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30"],
            conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).Order());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_layer_is_a_collection_with_its_extent_in_crs84_and_an_items_link(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = KeyClient(app);
        var trees = await CityAsync(app);

        var collections = await JsonAsync(await client.GetAsync("/ogc/collections"));
        var collection = await JsonAsync(await client.GetAsync("/ogc/collections/test-trees"));

        var ids = collections.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains(TestAssets.Trees, ids);
        Assert.Contains(TestAssets.Zones, ids);
        Assert.Equal("Arbres (test)", collection.GetProperty("title").GetString());
        Assert.Equal("feature", collection.GetProperty("itemType").GetString());
        Assert.Equal(["http://www.opengis.net/def/crs/OGC/1.3/CRS84"], collection.GetProperty("crs").EnumerateArray().Select(c => c.GetString()));
        var bbox = collection.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.Equal(trees.Min(t => t.Geometry.Coordinate.X), bbox[0], 9);
        Assert.Equal(trees.Min(t => t.Geometry.Coordinate.Y), bbox[1], 9);
        Assert.Equal(trees.Max(t => t.Geometry.Coordinate.X), bbox[2], 9);
        Assert.Equal(trees.Max(t => t.Geometry.Coordinate.Y), bbox[3], 9);
        var items = Links(collection, "items").Single();
        Assert.Equal("application/geo+json", items.GetProperty("type").GetString());
        Assert.EndsWith("/ogc/collections/test-trees/items", items.GetProperty("href").GetString(), StringComparison.Ordinal);

        await ProblemAsync(await client.GetAsync("/ogc/collections/no-such-layer"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.GetAsync("/ogc/collections/no-such-layer/items"), HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Items_are_a_geojson_feature_collection_of_ten_by_default_with_counts_and_links(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = KeyClient(app);
        var trees = await CityAsync(app);

        var page = await JsonAsync(await client.GetAsync("/ogc/collections/test-trees/items"), "application/geo+json");

        Assert.Equal("FeatureCollection", page.GetProperty("type").GetString());
        Assert.Equal(trees.Count, page.GetProperty("numberMatched").GetInt32());
        Assert.Equal(10, page.GetProperty("numberReturned").GetInt32());
        Assert.Equal(trees.Take(10).Select(t => t.Id), Ids(page));
        Assert.True(DateTimeOffset.TryParse(page.GetProperty("timeStamp").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.Contains("offset=10", Href(page, "next"), StringComparison.Ordinal);
        Assert.Empty(Links(page, "prev"));
        var first = page.GetProperty("features")[0];
        var stored = trees[0];
        Assert.Equal("Feature", first.GetProperty("type").GetString());
        Assert.Equal("Point", first.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(stored.Geometry.Coordinate.X, first.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 9);
        var properties = first.GetProperty("properties");
        Assert.Equal(stored.Label, properties.GetProperty("label").GetString());
        Assert.Equal(stored.HeightM!.Value, properties.GetProperty("heightM").GetDouble());
        Assert.Equal(stored.CircumferenceCm!.Value, properties.GetProperty("circumferenceCm").GetInt64());
        Assert.Equal(stored.Planted!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), properties.GetProperty("planted").GetString());
        Assert.Equal(stored.Remarkable!.Value, properties.GetProperty("remarkable").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Next_links_page_through_every_feature_once_with_consistent_counts(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = KeyClient(app);
        var trees = await CityAsync(app);
        var seen = new List<Guid>();
        string? next = "/ogc/collections/test-trees/items?limit=7";
        var pages = 0;

        while (next is not null)
        {
            var page = await JsonAsync(await client.GetAsync(next), "application/geo+json");
            var ids = Ids(page);
            Assert.Equal(ids.Count, page.GetProperty("numberReturned").GetInt32());
            Assert.Equal(trees.Count, page.GetProperty("numberMatched").GetInt32());
            Assert.True(ids.Count <= 7);
            seen.AddRange(ids);
            next = Links(page, "next").Select(l => l.GetProperty("href").GetString()).SingleOrDefault();
            Assert.Equal(pages > 0, Links(page, "prev").Any());
            pages++;
        }

        Assert.Equal((trees.Count + 6) / 7, pages);
        Assert.Equal(trees.Select(t => t.Id), seen);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_limit_above_the_maximum_is_clamped_not_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = KeyClient(app);
        var trees = await CityAsync(app);

        var page = await JsonAsync(await client.GetAsync("/ogc/collections/test-trees/items?limit=50000"), "application/geo+json");

        Assert.Equal(trees.Count, page.GetProperty("numberReturned").GetInt32());
        Assert.Contains("limit=10000", Href(page, "self"), StringComparison.Ordinal);
        Assert.Empty(Links(page, "next"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_bbox_keeps_only_the_features_inside_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = KeyClient(app);
        var school = (await CityAsync(app)).Where(t => t.Label.Contains("Jules-Ferry", StringComparison.Ordinal)).ToList();
        var box = string.Create(CultureInfo.InvariantCulture,
            $"{school.Min(t => t.Geometry.Coordinate.X) - 0.00005},{school.Min(t => t.Geometry.Coordinate.Y) - 0.00005},{school.Max(t => t.Geometry.Coordinate.X) + 0.00005},{school.Max(t => t.Geometry.Coordinate.Y) + 0.00005}");

        var page = await JsonAsync(await client.GetAsync($"/ogc/collections/test-trees/items?bbox={box}&limit=100"), "application/geo+json");
        var threeD = await JsonAsync(await client.GetAsync($"/ogc/collections/test-trees/items?bbox={Box3D(box)}&bbox-crs=http://www.opengis.net/def/crs/OGC/1.3/CRS84"), "application/geo+json");

        Assert.Equal(school.Select(t => t.Id).Order(), Ids(page).Order());
        Assert.Equal(school.Count, page.GetProperty("numberMatched").GetInt32());
        Assert.Equal(school.Count, threeD.GetProperty("numberMatched").GetInt32());
        Assert.Contains($"bbox={box}", Href(page, "self"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_parameters_are_refused_with_problem_details(DatabaseProvider provider)
    {
        using var client = KeyClient(apps[provider]);
        string[] refused =
        [
            "limit=0", "limit=-3", "limit=dix", "offset=-1", "bbox=4.4,46.8,4.5", "bbox=4.5,46.8,4.4,46.9", "bbox=4.4,95,4.5,96", "bbox=a,b,c,d",
            "bbox-crs=http://www.opengis.net/def/crs/EPSG/0/2154", "datetime=hier", "f=html", "unknown=1",
        ];

        foreach (var query in refused)
        {
            var problem = await ProblemAsync(await client.GetAsync($"/ogc/collections/test-trees/items?{query}"), HttpStatusCode.BadRequest);
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()), query);
        }

        await ProblemAsync(await client.GetAsync("/ogc/collections?limit=3"), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ogc/collections/test-trees/items?datetime=2024-01-01T00:00:00Z/..&f=json")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task One_feature_is_served_with_its_links_and_an_unknown_one_is_a_404_problem(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = KeyClient(app);
        var tree = (await CityAsync(app))[3];

        var feature = await JsonAsync(await client.GetAsync($"/ogc/collections/test-trees/items/{tree.Id}"), "application/geo+json");

        Assert.Equal(tree.Id.ToString(), feature.GetProperty("id").GetString());
        Assert.Equal(tree.Label, feature.GetProperty("properties").GetProperty("label").GetString());
        Assert.EndsWith($"/ogc/collections/test-trees/items/{tree.Id}", Href(feature, "self"), StringComparison.Ordinal);
        Assert.EndsWith("/ogc/collections/test-trees", Href(feature, "collection"), StringComparison.Ordinal);
        await ProblemAsync(await client.GetAsync($"/ogc/collections/test-trees/items/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.GetAsync("/ogc/collections/test-trees/items/not-an-id"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.GetAsync($"/ogc/collections/test-zones/items/{tree.Id}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Without_a_key_or_a_session_the_api_answers_401_not_a_login_page(DatabaseProvider provider)
    {
        using var anonymous = apps[provider].CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var wrongKey = KeyClient(apps[provider], "cmms_demoville_not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/ogc/collections/test-trees/items")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/ogc")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync("/ogc/collections")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task No_collection_shows_the_agglomeration_any_feature_of_the_city(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var agglo = KeyClient(app, DemoLogins.AggloDemoApiKey);
        foreach (var layer in new[] { TestAssets.Trees, TestAssets.Zones })
        {
            var city = await CityAsync(app, layer);
            var own = await AggloAsync(app, layer);

            var page = await JsonAsync(await agglo.GetAsync($"/ogc/collections/{layer}/items?limit=1000"), "application/geo+json");
            var collection = await JsonAsync(await agglo.GetAsync($"/ogc/collections/{layer}"));

            Assert.Equal(own.Select(a => a.Id).Order(), Ids(page).Order());
            Assert.Equal(own.Count, page.GetProperty("numberMatched").GetInt32());
            Assert.DoesNotContain("Jules-Ferry", page.GetRawText(), StringComparison.Ordinal);
            var west = collection.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0][0].GetDouble();
            Assert.Equal(own.Min(a => a.Geometry.EnvelopeInternal.MinX), west, 9);
            foreach (var asset in city)
            {
                await ProblemAsync(await agglo.GetAsync($"/ogc/collections/{layer}/items/{asset.Id}"), HttpStatusCode.NotFound);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referents_session_reads_only_the_assets_of_their_sites(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        var school = (await CityAsync(app)).Where(t => t.Label.Contains("Jules-Ferry", StringComparison.Ordinal)).Select(t => t.Id).Order();

        var page = await JsonAsync(await referent.Http.GetAsync("/ogc/collections/test-trees/items?limit=100"), "application/geo+json");

        Assert.Equal(school, Ids(page).Order());
    }

    private static string Box3D(string box)
    {
        var v = box.Split(',');
        return $"{v[0]},{v[1]},0,{v[2]},{v[3]},100";
    }
}
