using System.Diagnostics;
using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.GreenSpaces.Trees;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.GreenSpaces.Demo;

/// <summary>
/// The large city's trees (<c>seed --scale large</c>): alignment trees along the suburbs' streets until the
/// town has 100,000, written 10,000 at a time, each slice in its own transaction, with their search terms.
/// </summary>
internal sealed class GreenSpacesScaleSeeder(DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IClock clock) : IScaleSeeder
{
    public const int LargeTrees = 100_000;

    /// <summary>The suburbs' streets, as Roads draws them for the large city.</summary>
    public const int LargeSegments = 4_700;

    public int Order => 20;

    public async Task SeedAsync(string scale, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (scale != "large")
        {
            return;
        }

        var city = (await organisations.AllAsync(cancellationToken)).FirstOrDefault(o => o.Code == "VALBRUNE")
            ?? throw new InvalidOperationException("The demo city is not loaded: run the demo seed first.");
        using var _ = organisation.Use(city.Id);
        var trees = db.Trees;
        var existing = await trees.CountAsync(cancellationToken);
        if (existing >= LargeTrees)
        {
            progress.Report($"Green spaces: {existing:N0} trees already there, nothing to add.");
            return;
        }

        var random = new Random(4326);
        var today = ParisTime.Today(clock);
        var watch = Stopwatch.StartNew();
        var slice = new List<Tree>();
        var written = existing;
        foreach (var segment in DemoTownPlan.Suburbs(LargeSegments))
        {
            var species = SpeciesList.All[random.Next(SpeciesList.All.Count)];
            var length = DemoTownPlan.Metres(segment.From, segment.To);
            for (var along = 10.0; along < length - 10 && written + slice.Count < LargeTrees; along += 16)
            {
                foreach (var side in new[] { -6.0, 6.0 })
                {
                    if (written + slice.Count < LargeTrees)
                    {
                        slice.Add(Tree(segment, along, side, species, random, today));
                    }
                }
            }

            if (slice.Count >= 10_000 || written + slice.Count >= LargeTrees)
            {
                written += await WriteAsync(city.Id, slice, cancellationToken);
                progress.Report($"Green spaces: {written:N0} trees ({watch.Elapsed.TotalSeconds:N0} s)");
                if (written >= LargeTrees)
                {
                    break;
                }
            }
        }

        if (slice.Count > 0)
        {
            written += await WriteAsync(city.Id, slice, cancellationToken);
            progress.Report($"Green spaces: {written:N0} trees ({watch.Elapsed.TotalSeconds:N0} s)");
        }

        await db.RefreshStatisticsAsync(GreenStatistics.Tables, cancellationToken);
    }

    private async Task<int> WriteAsync(Guid organisationId, List<Tree> slice, CancellationToken cancellationToken)
    {
        var count = slice.Count;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RegisterWrites.BulkAddAsync(db.GreenSearchTerms, db.GreenCounters, organisationId, References.Trees, slice, clock.UtcNow, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        slice.Clear();
        return count;
    }

    private static Tree Tree(DemoTownPlan.Segment segment, double along, double side, Species species, Random random, DateOnly today)
    {
        var length = DemoTownPlan.Metres(segment.From, segment.To);
        var (dx, dy) = ((segment.To.Lon - segment.From.Lon) * DemoTownPlan.MetresPerDegreeLon / length, (segment.To.Lat - segment.From.Lat) * DemoTownPlan.MetresPerDegreeLat / length);
        var (lon, lat) = DemoTownPlan.Offset(segment.From, (dx * along) - (dy * side), (dy * along) + (dx * side));
        var year = random.Next(1950, 2022);
        var roll = random.NextDouble();
        var health = roll < 0.72 ? TreeHealth.Good : roll < 0.92 ? TreeHealth.Fair : roll < 0.985 ? TreeHealth.Poor : TreeHealth.Dead;
        var tree = new Tree
        {
            LatinName = species.LatinName, FrenchName = species.FrenchName, PlantingYear = year,
            HeightM = Math.Round((decimal)(3 + ((today.Year - year) * 0.25)), 1), TrunkCircumferenceCm = 15 + ((today.Year - year) * 3),
            Health = health, NearTraffic = true, Risk = TreeRiskRule.Apply(TreeRisk.Low, health, true),
            LastInspectedOn = today.AddDays(-random.Next(10, 1400)), Location = segment.Street,
        };
        tree.Place(Wgs84.Point(Math.Round(lon, 7), Math.Round(lat, 7)));
        return tree;
    }
}
