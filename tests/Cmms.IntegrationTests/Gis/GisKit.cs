using System.Net;
using System.Text.Json;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Cmms.Testing.Gis;

namespace Cmms.IntegrationTests.Gis;

/// <summary>What the GIS tests share: clients with an organisation's API key, JSON reading, the test assets as stored.</summary>
internal static class GisKit
{
    public static HttpClient KeyClient(CmmsFactory app, string key = DemoLogins.CityDemoApiKey)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, string mediaType = "application/json")
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    public static async Task<List<TestAsset>> CityAsync(CmmsFactory app, string layer = TestAssets.Trees) =>
        await TestAssets.AllAsync(app, (await DemoIds.LoadAsync(app, DemoIds.City)).Organisation, layer);

    public static async Task<List<TestAsset>> AggloAsync(CmmsFactory app, string layer = TestAssets.Trees) =>
        await TestAssets.AllAsync(app, (await DemoIds.LoadAsync(app, DemoIds.Agglo)).Organisation, layer);

    public static IEnumerable<JsonElement> Links(JsonElement document, string rel) =>
        document.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == rel);

    public static string Href(JsonElement document, string rel) => Links(document, rel).Single().GetProperty("href").GetString()!;

    public static List<Guid> Ids(JsonElement collection) =>
        [.. collection.GetProperty("features").EnumerateArray().Select(f => Guid.Parse(f.GetProperty("id").GetString()!))];
}
