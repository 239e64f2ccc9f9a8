using System.Diagnostics;
using Cmms.Buildings.Buildings;
using Cmms.Buildings.Equipment;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Cmms.IntegrationTests.Buildings.BuildingsArrange;

namespace Cmms.IntegrationTests.Buildings;

/// <summary>The large city's buildings (<c>seed --scale large</c>): written by bulk inserts on every provider, once, and readable by the register.</summary>
public sealed class ScaleTests(AppPerProvider apps, ITestOutputHelper output) : IClassFixture<AppPerProvider>
{
    private const int Generated = 300;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_large_scale_adds_its_generated_buildings_once_by_bulk_insert_and_the_register_reads_them(DatabaseProvider provider)
    {
        var app = apps[provider];
        var lines = new List<string>();
        var watch = Stopwatch.StartNew();
        await app.InScopeAsync(async sp =>
        {
            // The large city's 2,000 take a minute on PostgreSQL: 300 prove the same writes (the slices of 200 included).
            var seeder = (Cmms.Buildings.Demo.BuildingsScaleSeeder)sp.GetServices<IScaleSeeder>().Single(s => s is Cmms.Buildings.Demo.BuildingsScaleSeeder);
            await seeder.AddAsync(Generated, new Sync(lines), CancellationToken.None);
            await seeder.AddAsync(Generated, new Sync(lines), CancellationToken.None);
            return true;
        });
        output.WriteLine($"{provider}: seeded in {watch.Elapsed.TotalSeconds:N1} s");

        Assert.Contains(lines, l => l.Contains("nothing to add", StringComparison.Ordinal));
        var (count, equipment, sample) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            var generated = db.Set<Building>().IgnoreQueryFilters().Where(b => b.Code.StartsWith("GEN-"));
            return (await generated.CountAsync(), await db.Set<EquipmentItem>().IgnoreQueryFilters().CountAsync(), await generated.OrderBy(b => b.Code).FirstAsync());
        });
        Assert.Equal(Generated, count);
        Assert.True(equipment > 400 + (Generated * 6), $"{equipment} pieces of equipment");
        Assert.Null(GeometryCheck.Refusal(sample.Geometry, GeometryKind.Polygon)); // the geometry read back as written
        Assert.True(sample.SurfaceSquareMetres > 0);

        watch.Restart();
        var (found, window) = await AsAsync(app, DemoIds.City, DemoLogins.BuildingsManager, [Roles.ServiceManager], async sp =>
        {
            var catalog = sp.GetServices<IAssetCatalog>().Single(c => c.ModuleName == "buildings");
            var hits = await catalog.SearchAsync("gymnase", null, 20, CancellationToken.None);
            var layer = sp.GetServices<IFeatureLayer>().Single(l => l.Id == "buildings");
            var page = await layer.QueryAsync(new FeatureQuery(new GeoBox(4.425, 46.795, 4.435, 46.805), 0, 500, Count: true), CancellationToken.None);
            return (hits, page);
        });
        output.WriteLine($"{provider}: search and window in {watch.ElapsedMilliseconds} ms, {window.NumberMatched} buildings in the window");
        Assert.Equal(20, found.Count); // 300 generated buildings hold many gymnasiums
        Assert.InRange(window.NumberMatched!.Value, 20, 400);
    }

    private sealed class Sync(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
