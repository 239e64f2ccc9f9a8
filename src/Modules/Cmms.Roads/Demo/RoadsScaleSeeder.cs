using System.Diagnostics;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Roads.Demo;

/// <summary>
/// The large city's roads (<c>seed --scale large</c>): the suburbs' streets around the town until it has
/// 5,000 segments, and their light points until it has 20,000, written a thousand segments at a time.
/// </summary>
internal sealed class RoadsScaleSeeder(DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IClock clock) : IScaleSeeder
{
    public const int LargeSegments = 5_000;
    public const int LargeLights = 20_000;

    public int Order => 21;

    public async Task SeedAsync(string scale, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (scale != "large")
        {
            return;
        }

        var city = (await organisations.AllAsync(cancellationToken)).FirstOrDefault(o => o.Code == "VALBRUNE")
            ?? throw new InvalidOperationException("The demo city is not loaded: run the demo seed first.");
        using var _ = organisation.Use(city.Id);
        var (segmentSet, lightSet) = (db.RoadSegments, db.StreetLights);
        var segments = await segmentSet.CountAsync(cancellationToken);
        var lights = await lightSet.CountAsync(cancellationToken);
        if (segments >= LargeSegments)
        {
            progress.Report($"Roads: {segments:N0} segments already there, nothing to add.");
            return;
        }

        var watch = Stopwatch.StartNew();
        var suburbs = DemoTownPlan.Suburbs(LargeSegments - segments).ToList();
        var lightsPerSegment = (LargeLights - lights) / (double)suburbs.Count;
        var placed = 0.0;
        foreach (var chunk in suburbs.Chunk(1000))
        {
            var generator = new RoadCity(new Random(chunk[0].Number), [], ParisTime.Today(clock));
            var cabinets = chunk.Where((_, i) => i % 40 == 0).Select((s, i) => ($"ARM-{chunk[0].Number / 40 + i + 100:000}", s.From)).ToList();
            var wanted = (int)Math.Round(placed + (lightsPerSegment * chunk.Length)) - (int)Math.Round(placed);
            placed += lightsPerSegment * chunk.Length;
            generator.Suburb(chunk, wanted, cabinets);
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                var now = clock.UtcNow;
                await RegisterWrites.BulkAddAsync(db.RoadSearchTerms, db.RoadCounters, city.Id, References.Segments, generator.Segments, now, cancellationToken);
                await RegisterWrites.BulkAddAsync(db.RoadSearchTerms, db.RoadCounters, city.Id, References.Lights, generator.Lights, now, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            segments += generator.Segments.Count;
            lights += generator.Lights.Count;
            progress.Report($"Roads: {segments:N0} segments, {lights:N0} light points ({watch.Elapsed.TotalSeconds:N0} s)");
        }

        await db.RefreshStatisticsAsync(RoadStatistics.Tables, cancellationToken);
    }
}
