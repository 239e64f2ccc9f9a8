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
/// The demo's roads: for the town, 300 segments on its street plan, about 300 signs and 800 light points on
/// 25 cabinets; for the intercommunality, the access roads of its sites. Loaded once: an organisation that
/// has road segments already is left alone.
/// </summary>
internal sealed class RoadsDemoSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory, IClock clock) : IDemoSeeder
{
    public int Order => 21;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var org in await organisations.AllAsync(cancellationToken))
        {
            if (org.Code is not ("VALBRUNE" or "VALAGGLO"))
            {
                continue;
            }

            using (organisation.Use(org.Id))
            {
                var segments = db.RoadSegments;
                if (await segments.AnyAsync(cancellationToken))
                {
                    continue;
                }

                var city = new RoadCity(new Random(org.Code == "VALBRUNE" ? 1881 : 1882), await directory.SitesAsync(cancellationToken), ParisTime.Today(clock));
                if (org.Code == "VALBRUNE")
                {
                    city.Town();
                }
                else
                {
                    city.Agglomeration();
                }

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var now = clock.UtcNow;
                await RegisterWrites.BulkAddAsync(db.RoadSearchTerms, db.RoadCounters, org.Id, References.Segments, city.Segments, now, cancellationToken);
                await RegisterWrites.BulkAddAsync(db.RoadSearchTerms, db.RoadCounters, org.Id, References.Signs, city.Signs, now, cancellationToken);
                await RegisterWrites.BulkAddAsync(db.RoadSearchTerms, db.RoadCounters, org.Id, References.Lights, city.Lights, now, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                await db.RefreshStatisticsAsync(RoadStatistics.Tables, cancellationToken);
            }
        }
    }
}
