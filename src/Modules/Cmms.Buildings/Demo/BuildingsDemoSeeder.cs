using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Buildings.Demo;

/// <summary>
/// The demo town's buildings, with their floors, rooms and equipment (about 60 buildings and 400 pieces over the
/// city and its intercommunality), each drawn around its site's position. Runs after the Directory (the sites) and
/// before Works; once per organisation (a building present means it is done).
/// </summary>
internal sealed class BuildingsDemoSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory, IClock clock) : IDemoSeeder
{
    public int Order => 5;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var org in await organisations.AllAsync(cancellationToken))
        {
            var plan = org.Code switch
            {
                "VALBRUNE" => DemoPlan.City,
                "VALAGGLO" => DemoPlan.Agglomeration,
                _ => [],
            };
            if (plan.Count == 0)
            {
                continue;
            }

            using (organisation.Use(org.Id))
            {
                var buildings = db.Buildings;
                if (await buildings.AnyAsync(cancellationToken))
                {
                    continue;
                }

                var generator = await GenerateAsync(org, plan, new Random(StableSeed(org.Code)), cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.AddRange(generator.Buildings);
                db.AddRange(generator.Levels);
                db.AddRange(generator.Rooms);
                db.AddRange(generator.Equipment);
                db.AddRange(generator.Events);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Each site's buildings side by side from its position, east then south, turned alike as a block's buildings are.</summary>
    internal async Task<PatrimoineGenerator> GenerateAsync(OrganisationInfo org, IReadOnlyList<DemoBuilding> plan, Random random, CancellationToken cancellationToken)
    {
        var sites = await directory.SitesAsync(cancellationToken);
        var services = await directory.ServicesAsync(cancellationToken);
        var buildingsService = services.FirstOrDefault(s => s.Kind == "Buildings");
        var managers = buildingsService is null ? [] : await directory.ManagersOfServiceAsync(buildingsService.Id, cancellationToken);
        var recorder = managers.Count > 0 ? managers[0].DisplayName : "Service du patrimoine";
        var generator = new PatrimoineGenerator(random, org.Id, clock.UtcNow, recorder);
        foreach (var group in plan.GroupBy(b => b.Site))
        {
            var site = sites.FirstOrDefault(s => s.Code == group.Key);
            if (site is not { Latitude: { } lat, Longitude: { } lon })
            {
                continue;
            }

            var angle = random.Next(-25, 26);
            var (east, north) = (0d, 0d);
            var index = 0;
            foreach (var spec in group)
            {
                var center = Footprints.Offset(Kernel.Geo.Wgs84.Point(lon, lat), east, north);
                generator.Add(spec, $"{site.Code}-{spec.Letter}", site.Id, site.Address, center, angle);
                index++;
                (east, north) = index % 2 == 1 ? (east + (spec.Width / 2) + 28, north) : (0, north - (spec.Depth / 2) - 32);
            }
        }

        return generator;
    }

    private static int StableSeed(string code) => code.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
