using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Parts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Cmms.Works.Preventive.Generation;
using Cmms.Works.Preventive.Kit;
using Cmms.Works.Preventive.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Works.Preventive.Demo;

/// <summary>
/// The demo city's preventive and statutory maintenance: 300 plans on the registers' real assets (every trigger kind),
/// a year of their work orders done, the statutory catalogue applied to buildings, playgrounds and vehicles with its
/// inspections (some overdue, some due soon) and observations (some lifted, some still open with their corrective
/// work orders), then this morning's generation, as the scheduler would have run it. Ordered after every register.
/// </summary>
internal sealed class PreventiveDemoSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory, IServiceScopeFactory scopes,
    IServiceProvider services, PlanGeneration generation, IClock clock, IConfiguration configuration) : IDemoSeeder
{
    public const int CityPlans = 300;

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var org in await organisations.AllAsync(cancellationToken))
        {
            using (organisation.Use(org.Id))
            {
                var plans = db.Plans;
                if (await plans.AnyAsync(cancellationToken))
                {
                    continue;
                }

                var wanted = configuration.GetValue("Demo:Preventive:Plans", CityPlans) / (org.Code == "VALBRUNE" ? 1 : 4);
                if (await SeedAsync(org.Id, wanted, StableSeed(org.Code), cancellationToken))
                {
                    // This morning's run, as the scheduler would have done it: the work falling due now exists.
                    await generation.RunAsync(org.Id, cancellationToken);
                }
            }
        }
    }

    private async Task<bool> SeedAsync(Guid organisationId, int wanted, int seed, CancellationToken cancellationToken)
    {
        var (sites, serviceList, teams) = (await directory.SitesAsync(cancellationToken), await directory.ServicesAsync(cancellationToken), await directory.TeamsAsync(cancellationToken));
        if (sites.Count == 0 || serviceList.Count == 0)
        {
            return false;
        }

        var assets = await DemoAssets.ReadAsync(scopes, organisationId, cancellationToken);
        if (assets.All.Count == 0)
        {
            return false;
        }

        await Statutory.StatutoryController.AddUsualAsync(db, organisationId, cancellationToken);
        var types = db.InspectionTypes;
        var catalogue = await types.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t, cancellationToken);

        var today = ParisTime.Today(clock);
        var random = new Random(seed);
        var chosen = Take(new DemoPlans(assets, serviceList, teams, sites, organisationId, today, random).Families(), wanted);
        var managers = await directory.ManagersOfServiceAsync(chosen.FirstOrDefault()?.Plan.ServiceId ?? serviceList[0].Id, cancellationToken);
        var manager = managers.Count > 0 ? managers[0].DisplayName : "Responsable de service";

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var work = await DemoWork.StartAsync(db, organisationId, clock.UtcNow, cancellationToken);
        var history = new DemoHistory(db, work, services.GetServices<IAssetMeters>(), organisationId, today,
            configuration.GetValue("Demo:Preventive:HistoryDays", 365), manager, random);
        var kits = await KitsAsync(chosen, cancellationToken);
        foreach (var demo in chosen)
        {
            if (demo.InspectionCode is { } code && catalogue.TryGetValue(code, out var type))
            {
                demo.Plan.InspectionTypeId = type.Id;
                history.Statutory(demo.Plan, type);
            }
            else
            {
                await history.PreventiveAsync(demo.Plan, cancellationToken);
            }

            demo.Plan.KitLines.AddRange(kits.GetValueOrDefault(demo) ?? []);
            db.Plans.Add(demo.Plan);
        }

        await work.SaveCountersAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Takes each family in turn, so every trigger kind and every inspection is in the demo whatever the number wanted.</summary>
    private static List<DemoPlan> Take(List<List<DemoPlan>> families, int wanted)
    {
        var taken = new List<DemoPlan>();
        for (var round = 0; taken.Count < wanted && families.Any(f => f.Count > round); round++)
        {
            taken.AddRange(families.Where(f => f.Count > round).Select(f => f[round]).Take(wanted - taken.Count));
        }

        return taken;
    }

    /// <summary>The kits, found in the stores through the stock contract by words of the items' labels (none without a stock module).</summary>
    private async Task<Dictionary<DemoPlan, List<PlanKitLine>>> KitsAsync(List<DemoPlan> plans, CancellationToken cancellationToken)
    {
        var kits = new Dictionary<DemoPlan, List<PlanKitLine>>();
        var stock = services.GetService<IPartsStock>();
        if (stock is null)
        {
            return kits;
        }

        var stores = await stock.StoresAsync(cancellationToken);
        var found = new Dictionary<string, (Guid Store, PartsItem Item)?>();
        foreach (var plan in plans.Where(p => p.Kit.Count > 0))
        {
            var lines = new List<PlanKitLine>();
            foreach (var (search, quantity) in plan.Kit)
            {
                if (!found.TryGetValue(search, out var hit))
                {
                    hit = null;
                    foreach (var store in stores)
                    {
                        if (await stock.SearchAsync(store.Id, search, 1, cancellationToken) is [var item, ..])
                        {
                            hit = (store.Id, item);
                            break;
                        }
                    }

                    found[search] = hit;
                }

                if (hit is { } h)
                {
                    lines.Add(new PlanKitLine
                    {
                        OrganisationId = plan.Plan.OrganisationId, PlanId = plan.Plan.Id, Position = lines.Count + 1, StoreId = h.Store, ItemId = h.Item.ItemId,
                        Reference = h.Item.Reference, Label = h.Item.Label.Length > 200 ? h.Item.Label[..200] : h.Item.Label, Unit = h.Item.Unit, Quantity = quantity,
                    });
                }
            }

            kits[plan] = lines;
        }

        return kits;
    }

    private static int StableSeed(string code) => code.Aggregate(7, (hash, c) => unchecked((hash * 31) + c));
}
