using System.Net;
using System.Text.Json;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Fleet.Fuel;
using Cmms.Fleet.Readings;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.IntegrationTests.Fleet;

public sealed class FleetApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
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

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_vehicles_are_listed_and_read_with_their_meters(DatabaseProvider provider)
    {
        using var client = Client(provider);
        var kangoo = await FleetArrange.VehicleAsync(apps[provider], "V-001");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/fleet/vehicles?pageSize=200");
        var mowers = await client.GetFromJsonAsync<JsonElement>("/api/v1/fleet/vehicles?category=RideOnMower");
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/v1/fleet/vehicles/{kangoo.Id}");

        Assert.Equal(30, list.GetProperty("total").GetInt32());
        Assert.Equal(3, mowers.GetProperty("total").GetInt32());
        Assert.Equal("V-001", one.GetProperty("internalNumber").GetString());
        Assert.Equal("Fourgon / utilitaire", one.GetProperty("categoryLabel").GetString());
        var meter = Assert.Single(one.GetProperty("meters").EnumerateArray());
        Assert.Equal("km", meter.GetProperty("kind").GetString());
        Assert.Equal(Units.Main(kangoo.Meters)!.LastValue, meter.GetProperty("lastValue").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_reading_is_created_and_a_lower_one_is_a_422_with_the_last_reading(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = Client(provider);
        var truck = await FleetArrange.VehicleAsync(app, "V-011");
        var last = Units.Main(truck.Meters)!.LastValue!.Value;

        var created = await client.PostAsJsonAsync($"/api/v1/fleet/vehicles/{truck.Id}/readings", new { meter = "km", value = last + 85 });
        var before = await FleetArrange.ReadingCountAsync(app, truck.Id);
        var lower = await client.PostAsJsonAsync($"/api/v1/fleet/vehicles/{truck.Id}/readings", new { value = last });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reading = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(last + 85, reading.GetProperty("value").GetDecimal());
        Assert.Equal("Api", reading.GetProperty("source").GetString());
        var problem = await ProblemAsync(lower, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("lower", problem.GetProperty("reason").GetString());
        Assert.Equal(last + 85, problem.GetProperty("lastReading").GetProperty("value").GetDecimal());
        Assert.Equal("km", problem.GetProperty("lastReading").GetProperty("meter").GetString());
        Assert.Contains("est inférieur au dernier relevé", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await FleetArrange.ReadingCountAsync(app, truck.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_meter_replacement_through_the_api_keeps_the_lifetime_rising(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = Client(provider);
        var mower = await FleetArrange.VehicleAsync(app, "V-024");
        var meter = Units.Main(mower.Meters)!;

        var replaced = await client.PostAsJsonAsync($"/api/v1/fleet/vehicles/{mower.Id}/readings", new { meter = "engine_hours", value = 0, replacement = true });
        var next = await client.PostAsJsonAsync($"/api/v1/fleet/vehicles/{mower.Id}/readings", new { meter = "engine_hours", value = 12.5 });
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/fleet/vehicles/{mower.Id}");

        Assert.Equal(HttpStatusCode.Created, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        var state = Assert.Single(read.GetProperty("meters").EnumerateArray());
        Assert.Equal(12.5m, state.GetProperty("lastValue").GetDecimal());
        Assert.Equal(meter.LastLifetime!.Value + 12.5m, state.GetProperty("lastLifetime").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_fuel_card_system_posts_fills_once_each_and_the_rules_apply(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = Client(provider);
        var van = await FleetArrange.VehicleAsync(app, "V-008");
        var zoe = await FleetArrange.VehicleAsync(app, "V-017");
        var km = Units.Main(van.Meters)!.LastValue!.Value;
        var reference = $"TOTAL-{provider}-0001";
        object Fill(decimal meterValue, string? externalReference = null) => new
        {
            litres = 52.48m, unitPrice = 1.749m, meterValue, fullTank = true, source = "Card", cardNumber = "7002 4512 3300 0144", externalReference,
        };

        var created = await client.PostAsJsonAsync($"/api/v1/fleet/vehicles/{van.Id}/fuel", Fill(km + 610, reference));
        var again = await client.PostAsJsonAsync($"/api/v1/fleet/vehicles/{van.Id}/fuel", Fill(km + 700, reference));
        var lower = await client.PostAsJsonAsync($"/api/v1/fleet/vehicles/{van.Id}/fuel", Fill(km));
        var electric = await client.PostAsJsonAsync($"/api/v1/fleet/vehicles/{zoe.Id}/fuel", Fill(Units.Main(zoe.Meters)!.LastValue!.Value + 10));
        var badSource = await client.PostAsync($"/api/v1/fleet/vehicles/{van.Id}/fuel", JsonContent.Create(new { litres = 10, unitPrice = 1.7, meterValue = km + 800, source = "Jerrican" }));
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/fleet/vehicles/{van.Id}/fuel?pageSize=5");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var fill = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(91.79m, fill.GetProperty("amount").GetDecimal());
        Assert.Equal(km + 610, fill.GetProperty("meterValue").GetDecimal());
        Assert.Equal(fill.GetProperty("id").GetGuid(), (await ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("existingId").GetGuid());
        Assert.Equal("lower", (await ProblemAsync(lower, HttpStatusCode.UnprocessableEntity)).GetProperty("reason").GetString());
        Assert.True((await ProblemAsync(electric, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("id", out _));
        Assert.True((await ProblemAsync(badSource, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("source", out _));
        Assert.Equal(reference, listed.GetProperty("items")[0].GetProperty("externalReference").GetString());
        Assert.Equal(1, await FleetArrange.AsAsync(app, DemoIds.City, (_, db) => db.Set<FuelEntry>().CountAsync(f => f.ExternalReference == reference)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_agglomerations_key_can_neither_read_nor_write_a_city_vehicle(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var agglo = Client(provider, DemoLogins.AggloDemoApiKey);
        var kangoo = await FleetArrange.VehicleAsync(app, "V-002");
        var before = await FleetArrange.ReadingCountAsync(app, kangoo.Id);

        var reading = await agglo.PostAsJsonAsync($"/api/v1/fleet/vehicles/{kangoo.Id}/readings", new { value = 999_999 });
        var fuel = await agglo.PostAsJsonAsync($"/api/v1/fleet/vehicles/{kangoo.Id}/fuel", new { litres = 10, unitPrice = 1.7, meterValue = 999_999, source = "Pump", pump = "Cuve" });
        var list = await agglo.GetStringAsync("/api/v1/fleet/vehicles?pageSize=200");

        Assert.Equal(HttpStatusCode.NotFound, reading.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fuel.StatusCode);
        Assert.DoesNotContain("V-002", list, StringComparison.Ordinal);
        Assert.Contains("A-01", list, StringComparison.Ordinal);
        Assert.Equal(before, await FleetArrange.ReadingCountAsync(app, kangoo.Id));
    }
}
