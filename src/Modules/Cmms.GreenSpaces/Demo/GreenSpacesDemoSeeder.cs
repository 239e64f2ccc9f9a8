using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Data;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.GreenSpaces.Demo;

/// <summary>
/// The demo's green spaces: for the town, the Parc de la Brune (lawns, beds, meadow, playground, hundreds of
/// trees), school grounds, the cemetery, the stadium and alignment trees along the avenues — 150 zones,
/// 2,000 trees, about 40 pieces of playground equipment; for the intercommunality, its nursery's garden.
/// Loaded once: an organisation that has zones already is left alone.
/// </summary>
internal sealed class GreenSpacesDemoSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory, IClock clock) : IDemoSeeder
{
    public int Order => 20;

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
                var zones = db.Zones;
                if (await zones.AnyAsync(cancellationToken))
                {
                    continue;
                }

                var city = new GreenCity(new Random(org.Code == "VALBRUNE" ? 1929 : 1930), await directory.SitesAsync(cancellationToken), ParisTime.Today(clock));
                if (org.Code == "VALBRUNE")
                {
                    city.City();
                }
                else
                {
                    city.Agglomeration();
                }

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var now = clock.UtcNow;
                await RegisterWrites.BulkAddAsync(db.GreenSearchTerms, db.GreenCounters, org.Id, References.Zones, city.Zones, now, cancellationToken);
                await RegisterWrites.BulkAddAsync(db.GreenSearchTerms, db.GreenCounters, org.Id, References.Trees, city.Trees, now, cancellationToken);
                await RegisterWrites.BulkAddAsync(db.GreenSearchTerms, db.GreenCounters, org.Id, References.Play, city.PlayItems, now, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                await db.RefreshStatisticsAsync(GreenStatistics.Tables, cancellationToken);
            }
        }
    }
}
