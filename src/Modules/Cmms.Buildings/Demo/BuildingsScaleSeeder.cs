using System.Diagnostics;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Buildings.Demo;

/// <summary>
/// The large city (<c>seed --scale large</c>): 2,000 more buildings for the demo city, spread over the town and
/// its outskirts and shared among its sites, each with its floors, rooms and equipment (about 15,000 pieces) and
/// their history, written by prepared inserts 200 buildings per transaction.
/// </summary>
internal sealed class BuildingsScaleSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory, IClock clock) : IScaleSeeder
{
    public const int LargeBuildings = 2_000;
    private const int Slice = 200;
    private const string CodePrefix = "GEN-";

    public int Order => 5;

    public async Task SeedAsync(string scale, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (scale == "large")
        {
            await AddAsync(LargeBuildings, progress, cancellationToken);
        }
    }

    /// <summary>Brings the city's generated buildings up to <paramref name="target"/> (tests ask for fewer than the large city).</summary>
    internal async Task AddAsync(int target, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var city = (await organisations.AllAsync(cancellationToken)).FirstOrDefault(o => o.Code == "VALBRUNE")
            ?? throw new InvalidOperationException("The demo city is not loaded: run the demo seed first.");
        using var _ = organisation.Use(city.Id);
        var buildings = db.Buildings;
        var existing = await buildings.CountAsync(b => b.Code.StartsWith(CodePrefix), cancellationToken);
        if (existing >= target)
        {
            progress.Report($"Buildings: {existing:N0} generated buildings already there, nothing to add.");
            return;
        }

        var sites = (await directory.SitesAsync(cancellationToken)).Where(s => s.Latitude is not null && s.Longitude is not null).ToList();
        if (sites.Count == 0)
        {
            throw new InvalidOperationException("The demo city has no sites with a position.");
        }

        // The same seed every time: a second run continues the same town where the first stopped.
        var random = new Random(2154 + existing);
        var generator = new PatrimoineGenerator(random, city.Id, clock.UtcNow, "Reprise du patrimoine");
        var templates = DemoPlan.City.Concat(DemoPlan.Agglomeration).Where(t => t.Type != Buildings.ErpType.V).ToList();
        var (centreLat, centreLon) = (46.80, 4.43);
        var watch = Stopwatch.StartNew();
        for (var n = existing + 1; n <= target; n++)
        {
            var template = templates[random.Next(templates.Count)];
            var site = sites[random.Next(sites.Count)];

            // Denser in the centre, thinning out to about 6 km: where a city's buildings are.
            var distance = Math.Abs((random.NextDouble() + random.NextDouble() + random.NextDouble()) - 1.5) * 0.05;
            var bearing = random.NextDouble() * 2 * Math.PI;
            var center = Kernel.Geo.Wgs84.Point(
                Math.Round(centreLon + (distance * Math.Cos(bearing) / Math.Cos(centreLat * Math.PI / 180)), 6), Math.Round(centreLat + (distance * Math.Sin(bearing)), 6));
            var spec = template with { Name = $"{template.Name} — bâtiment {n}", Lift = template.Lift && random.Next(2) == 0 };
            generator.Add(spec, $"{CodePrefix}{n:00000}", site.Id, site.Address, center, random.Next(-40, 41));
            if (generator.Buildings.Count == Slice || n == target)
            {
                await WriteAsync(generator, cancellationToken);
                generator.Clear();
                progress.Report($"Buildings: {n:N0} of {target:N0} written ({watch.Elapsed.TotalSeconds:N0} s)");
            }
        }
    }

    private async Task WriteAsync(PatrimoineGenerator generator, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.InsertAsync(generator.Buildings, cancellationToken);
        await db.InsertAsync(generator.Levels, cancellationToken);
        await db.InsertAsync(generator.Rooms, cancellationToken);
        await db.InsertAsync(generator.Equipment, cancellationToken);
        await db.InsertAsync(generator.Events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
