using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Cmms.Testing.Gis;
using static Cmms.IntegrationTests.Gis.GisKit;

namespace Cmms.IntegrationTests.Gis;

/// <summary>One search across every asset module, as a page and as the API, within the person's scope.</summary>
public sealed class AssetSearchTests(GisApps apps) : IClassFixture<GisApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_api_finds_assets_of_every_catalog_best_match_first(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var client = KeyClient(app);
        var park = (await CityAsync(app)).Where(t => t.Label.StartsWith("Paulownia", StringComparison.Ordinal)).ToList();

        var trees = await JsonAsync(await client.GetAsync("/api/v1/assets?q=paulownia&take=100"));
        var exact = await JsonAsync(await client.GetAsync("/api/v1/assets?q=Pelouse du parc de la Brune"));
        var few = await JsonAsync(await client.GetAsync("/api/v1/assets?q=paulownia&take=5"));

        Assert.Equal(park.Count, trees.GetArrayLength());
        Assert.All(trees.EnumerateArray(), t => Assert.StartsWith($"testassets:", t.GetProperty("ref").GetString(), StringComparison.Ordinal));
        Assert.Contains(trees.EnumerateArray(), t => t.GetProperty("id").GetString() == park[0].Id.ToString() && t.GetProperty("pageUrl").GetString() == $"/test-assets/{park[0].Id}");
        Assert.Equal("Pelouse du parc de la Brune", exact[0].GetProperty("label").GetString());
        Assert.Equal("Zone", exact[0].GetProperty("kind").GetString());
        Assert.Equal(5, few.GetArrayLength());
        await ProblemAsync(await client.GetAsync("/api/v1/assets?take=0"), HttpStatusCode.BadRequest);
        await ProblemAsync(await client.GetAsync($"/api/v1/assets?q={new string('a', 101)}"), HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_search_page_shows_each_person_the_assets_they_may_see(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        using var schoolReferent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        using var townHallReferent = await Browser.SignedInAsync(app, DemoLogins.TownHallReferent);

        var (_, forAdmin) = await admin.GetPageAsync("/assets/search?q=catalpa");
        var (_, forSchool) = await schoolReferent.GetPageAsync("/assets/search?q=catalpa");
        var (_, forTownHall) = await townHallReferent.GetPageAsync("/assets/search?q=catalpa");
        var (_, parkForSchool) = await schoolReferent.GetPageAsync("/assets/search?q=paulownia");

        Assert.Equal(TestAssetSeed.SchoolTrees, CountLinks(forAdmin));
        Assert.Equal(TestAssetSeed.SchoolTrees, CountLinks(forSchool));
        Assert.Contains("École élémentaire Jules-Ferry", forSchool, StringComparison.Ordinal);
        Assert.Equal(0, CountLinks(forTownHall));
        Assert.Contains("Aucun équipement ne correspond.", forTownHall, StringComparison.Ordinal);
        Assert.Equal(0, CountLinks(parkForSchool));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_agglomeration_finds_none_of_the_citys_assets(DatabaseProvider provider)
    {
        using var agglo = KeyClient(apps[provider], DemoLogins.AggloDemoApiKey);

        var city = await JsonAsync(await agglo.GetAsync("/api/v1/assets?q=paulownia"));
        var own = await JsonAsync(await agglo.GetAsync("/api/v1/assets?q=chêne&take=100"));

        Assert.Equal(0, city.GetArrayLength());
        Assert.Equal(TestAssetSeed.AggloTrees, own.GetArrayLength());
    }

    private static int CountLinks(string html) => html.Split("href=\"/test-assets/", StringSplitOptions.None).Length - 1;
}
