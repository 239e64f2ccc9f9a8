using System.Diagnostics;
using System.Text.RegularExpressions;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Cmms.Testing.Gis;
using static Cmms.IntegrationTests.Gis.GisKit;

namespace Cmms.IntegrationTests.Gis;

/// <summary>A test that needs GDAL's ogrinfo: skipped unless CMMS_TEST_GDAL is set (then a missing ogrinfo fails it).</summary>
public sealed class GdalFactAttribute : FactAttribute
{
    public const string Variable = "CMMS_TEST_GDAL";

    public GdalFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Set {Variable}=1 to run the GDAL tests (needs ogrinfo: apt-get install gdal-bin).";
        }
    }
}

/// <summary>
/// GDAL's OGC API – Features driver (the one QGIS relies on too) opens /ogc on a real port with the city's API
/// key, lists every collection, and pages through every feature by the next links.
/// </summary>
public sealed partial class GdalTests : IAsyncLifetime, IDisposable
{
    private CmmsFactory? app;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(GdalFactAttribute.Variable)))
        {
            return;
        }

        app = new CmmsFactory(DatabaseProvider.Sqlite, TestAssets.Register);
        app.UseKestrel(0);
        app.StartServer();
        await TestAssets.SeedAsync(app);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }

    public void Dispose() => app?.Dispose();

    [GdalFact]
    public async Task Ogrinfo_lists_every_collection_and_pages_through_every_feature()
    {
        var root = $"OAPIF:{app!.ClientOptions.BaseAddress}ogc";
        using var client = KeyClient(app);
        var collections = (await JsonAsync(await client.GetAsync("/ogc/collections"))).GetProperty("collections")
            .EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();

        var summary = await OgrinfoAsync("-ro", "-so", root);

        Assert.Contains(TestAssets.Trees, collections);
        foreach (var id in collections)
        {
            Assert.Matches($@"\d+: {Regex.Escape(id)}\b", summary);
        }

        foreach (var id in collections)
        {
            var matched = (await JsonAsync(await client.GetAsync($"/ogc/collections/{id}/items?limit=1"), "application/geo+json")).GetProperty("numberMatched").GetInt32();

            // A page of 7 forces GDAL through the next links (50 trees: 8 pages).
            var features = await OgrinfoAsync("-ro", "-al", "-oo", "PAGE_SIZE=7", root, id);

            Assert.Equal(matched, FeatureLine().Count(features));
            Assert.Contains($"Feature Count: {matched}", features, StringComparison.Ordinal);
        }
    }

    private static async Task<string> OgrinfoAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("ogrinfo") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments.Concat(["--config", "GDAL_HTTP_HEADERS", $"X-Api-Key: {DemoLogins.CityDemoApiKey}"]))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{GdalFactAttribute.Variable} is set but ogrinfo cannot be run (apt-get install gdal-bin): {e.Message}", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"ogrinfo {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await errors}\n{await output}");
            return await output;
        }
    }

    [GeneratedRegex(@"^OGRFeature\(", RegexOptions.Multiline)]
    private static partial Regex FeatureLine();
}
