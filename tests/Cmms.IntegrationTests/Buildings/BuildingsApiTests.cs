using System.Net;
using System.Text.Json;
using Cmms.Buildings.Equipment;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using static Cmms.IntegrationTests.Buildings.BuildingsArrange;

namespace Cmms.IntegrationTests.Buildings;

public sealed class BuildingsApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private HttpClient Client(DatabaseProvider provider, string key = DemoLogins.CityDemoApiKey)
    {
        var client = apps[provider].CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static JsonElement Json(string geoJson) => JsonSerializer.Deserialize<JsonElement>(geoJson);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Buildings_are_listed_searched_and_read_with_their_levels_rooms_and_geometry(DatabaseProvider provider)
    {
        using var client = Client(provider);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/buildings?q=mediatheque&pageSize=10");
        var library = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("MED-LMICHEL-A", library.GetProperty("code").GetString());
        Assert.Equal("Polygon", library.GetProperty("geometry").GetProperty("type").GetString());
        Assert.True(library.GetProperty("surfaceFromFootprint").GetBoolean());
        Assert.Equal("S", library.GetProperty("erpType").GetString());

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/buildings/{library.GetProperty("id").GetGuid()}");
        var levels = detail.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["Rez-de-chaussée", "1er étage"], levels.Select(l => l.GetProperty("name").GetString()));
        Assert.Contains(levels[0].GetProperty("rooms").EnumerateArray(), r => r.GetProperty("name").GetString() == "Espace jeunesse");
        Assert.Contains("Thomas Girard", detail.GetProperty("referents").EnumerateArray().Select(r => r.GetString()));

        var erpOnly = await client.GetFromJsonAsync<JsonElement>("/api/v1/buildings?erp=none&pageSize=200");
        Assert.All(erpOnly.GetProperty("items").EnumerateArray(), b => Assert.Equal(JsonValueKind.Null, b.GetProperty("erpCategory").ValueKind));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_building_is_created_with_its_footprint_and_invalid_geometries_are_problems_with_their_reason(DatabaseProvider provider)
    {
        using var client = Client(provider);
        var site = (await BuildingAsync(apps[provider], "CTM-A")).SiteId;

        var created = await client.PostAsJsonAsync("/api/v1/buildings", new
        {
            siteId = site, code = "CTM-E", name = "Centre technique — serre municipale", geometry = Json(Footprint), yearBuilt = 2025,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.InRange(body.GetProperty("surfaceM2").GetDouble(), 1_250, 1_300);
        Assert.Equal($"/api/v1/buildings/{body.GetProperty("id").GetGuid()}", created.Headers.Location!.ToString());

        (object Geometry, string Reason)[] refused =
        [
            (Json(BowTie), "The shape crosses itself."),
            (Json("""{"type":"Point","coordinates":[4.43,-91]}"""), "A coordinate is out of range: longitude must be between -180 and 180 and latitude between -90 and 90."),
            (Json("""{"type":"LineString","coordinates":[[4.43,46.8],[4.431,46.801]]}"""), "The geometry is of the wrong kind for this layer (expected PointOrPolygon)."),
            ("un carré", "This is not a GeoJSON geometry: draw it on the map, or paste a GeoJSON Point or Polygon."),
        ];
        foreach (var (geometry, reason) in refused)
        {
            var problem = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/buildings", new { siteId = site, code = "CTM-F", name = "Refusé", geometry }), HttpStatusCode.BadRequest);
            Assert.Equal(reason, problem.GetProperty("errors").GetProperty("geometry")[0].GetString());
        }

        var duplicate = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/buildings", new { siteId = site, code = "ctm-e", name = "Doublon" }), HttpStatusCode.BadRequest);
        Assert.Equal("Another building already has this code.", duplicate.GetProperty("errors").GetProperty("code")[0].GetString());
        var notJson = await ProblemAsync(await client.PostAsync("/api/v1/buildings", new StringContent("code=X", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded")), HttpStatusCode.BadRequest);
        Assert.True(notJson.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Equipment_is_recorded_listed_and_moved_through_the_api_with_a_stale_version_refused(DatabaseProvider provider)
    {
        using var client = Client(provider);
        var app = apps[provider];
        var hall = await BuildingAsync(app, "SDF-A");
        var house = await BuildingAsync(app, "SDF-B");

        var created = await client.PostAsJsonAsync("/api/v1/equipment", new
        {
            buildingId = hall.Id, kind = "EmergencyLighting", name = "Bloc autonome scène", brand = "Legrand", installedOn = "2024-02-01",
            position = Json("""{"type":"Point","coordinates":[4.42617,46.79968]}"""),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("equipment");
        Assert.Equal("emergency-lighting", item.GetProperty("regulatoryCategory").GetString());
        var id = item.GetProperty("id").GetGuid();

        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/equipment?buildingId={hall.Id}&category=emergency-lighting&q=scene");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        var badCategory = await ProblemAsync(await client.GetAsync("/api/v1/equipment?category=fire"), HttpStatusCode.BadRequest);
        Assert.True(badCategory.GetProperty("errors").TryGetProperty("category", out _));

        var moved = await client.PostAsJsonAsync($"/api/v1/equipment/{id}/move", new { buildingId = house.Id, reason = "Stocké chez le gardien", on = "2024-06-01", version = 1 });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var after = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(house.Id, after.GetProperty("equipment").GetProperty("buildingId").GetGuid());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("equipment").GetProperty("position").ValueKind);
        var history = after.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["Installed", "Moved"], history.Select(h => h.GetProperty("kind").GetString()));
        Assert.Equal("Salle des fêtes", history[1].GetProperty("from").GetString());

        var stale = await client.PostAsJsonAsync($"/api/v1/equipment/{id}/move", new { buildingId = hall.Id, reason = "Retour", version = 1 });
        await ProblemAsync(stale, HttpStatusCode.Conflict);
        var same = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/equipment/{id}/move", new { buildingId = house.Id, reason = "Rien" }), HttpStatusCode.BadRequest);
        Assert.Equal("The equipment is already there: choose another building, level or room.", same.GetProperty("errors").GetProperty("buildingId")[0].GetString());
        Assert.Equal(house.Id, (await EquipmentAsync(app, id)).BuildingId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_agglomerations_key_can_neither_place_nor_move_anything_in_the_citys_buildings(DatabaseProvider provider)
    {
        using var agglo = Client(provider, DemoLogins.AggloDemoApiKey);
        var app = apps[provider];
        var townHall = await BuildingAsync(app, "HDV-A");
        var boiler = await EquipmentOfAsync(app, "HDV-A", EquipmentKind.Boiler);

        var building = await ProblemAsync(await agglo.PostAsJsonAsync("/api/v1/buildings", new { siteId = townHall.SiteId, code = "INTRUS", name = "Intrus" }), HttpStatusCode.BadRequest);
        Assert.True(building.GetProperty("errors").TryGetProperty("siteId", out _));
        var equipment = await ProblemAsync(await agglo.PostAsJsonAsync("/api/v1/equipment", new { buildingId = townHall.Id, kind = "Boiler", name = "Intrus" }), HttpStatusCode.BadRequest);
        Assert.True(equipment.GetProperty("errors").TryGetProperty("buildingId", out _));
        var move = await agglo.PostAsJsonAsync($"/api/v1/equipment/{boiler.Id}/move", new { buildingId = townHall.Id, reason = "Intrus" });
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
        Assert.Equal(boiler.Place, (await EquipmentAsync(app, boiler.Id)).Place);
    }
}
