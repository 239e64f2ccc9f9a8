using Cmms.Directory.Agents;
using Cmms.Directory.ApiKeys;
using Cmms.Directory.Organisations;
using Cmms.Directory.Services;
using Cmms.Directory.Sites;
using Cmms.Directory.Teams;
using Cmms.Directory.Trades;
using Cmms.Directory.Users;
using Cmms.Testing;
using Cmms.Works.Attachments;
using Cmms.Works.Notifications;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests;

/// <summary>Ids of one demo organisation's rows, read past the organisation filter to arrange tests.</summary>
public sealed record DemoIds(Guid Organisation, Guid User, Guid Service, Guid Team, Guid Trade, Guid Agent, Guid Rate, Guid Site, Guid ApiKey,
    Guid Request, Guid WorkOrder, Guid Attachment, Guid Notification, Guid Vehicle, Guid WorkshopJob, Guid Plan, Guid Inspection, Guid Observation, Guid Building, Guid Level, Guid Room, Guid Equipment, Guid TestTree, Guid ImportRun, Guid Store, Guid Item, Guid Supplier, Guid PurchaseOrder, Guid Count, Guid Movement, Guid Part)
{
    // Green spaces and roads: one asset of each register.
    public Guid Zone { get; init; }

    public Guid Tree { get; init; }

    public Guid PlayItem { get; init; }

    public Guid RoadSegment { get; init; }

    public Guid Sign { get; init; }

    public Guid StreetLight { get; init; }

    // Costs: a closed period with its batch and one of its files, a ledger line, an allocation rule, a budget.
    public Guid CostPeriod { get; init; }

    public Guid CostLine { get; init; }

    public Guid CostBatch { get; init; }

    public Guid CostFile { get; init; }

    public Guid CostRule { get; init; }

    public Guid CostBudget { get; init; }

    // Cross-charging: an agreement the organisation re-charges under, and its side of one it is charged under.
    public Guid CostAgreement { get; init; }

    public Guid CostReceived { get; init; }

    public const string City = "VALBRUNE";
    public const string Agglo = "VALAGGLO";

    public static Task<DemoIds> LoadAsync(CmmsFactory factory, string organisationCode) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var org = await db.Set<Organisation>().SingleAsync(o => o.Code == organisationCode);
        IQueryable<T> Of<T>()
            where T : class, Kernel.Domain.IOrganisationOwned => db.Set<T>().IgnoreQueryFilters().Where(e => e.OrganisationId == org.Id);
        var agent = await Of<Agent>().OrderBy(e => e.Id).Select(a => a.Id).FirstAsync();
        return new DemoIds(
            org.Id,
            // A person of this organisation only: someone who belongs to both is rightly visible from both.
            await Of<Membership>()
                .Where(m => !db.Set<Membership>().IgnoreQueryFilters().Any(o => o.UserId == m.UserId && o.OrganisationId != org.Id))
                .OrderBy(m => m.Id).Select(m => m.UserId).FirstAsync(),
            await Of<Service>().OrderBy(e => e.Id).Select(s => s.Id).FirstAsync(),
            await Of<Team>().OrderBy(e => e.Id).Select(t => t.Id).FirstAsync(),
            await Of<Trade>().OrderBy(e => e.Id).Select(t => t.Id).FirstAsync(),
            agent,
            await Of<AgentRate>().Where(r => r.AgentId == agent).OrderBy(r => r.EffectiveFrom).Select(r => r.Id).FirstAsync(),
            await Of<Site>().OrderBy(e => e.Id).Select(s => s.Id).FirstAsync(),
            await Of<ApiKey>().OrderBy(e => e.Id).Select(k => k.Id).FirstAsync(),
            // The Works demo data: a validated request, its work order, one of its photos, a notification.
            await Of<InterventionRequest>().Where(r => r.WorkOrderId != null).OrderBy(e => e.Id).Select(r => r.Id).FirstOrDefaultAsync(),
            await Of<WorkOrder>().Where(w => w.RequestId != null).OrderBy(e => e.Id).Select(w => w.Id).FirstOrDefaultAsync(),
            await Of<Attachment>().OrderBy(e => e.Id).Select(a => a.Id).FirstOrDefaultAsync(),
            await Of<Notification>().OrderBy(e => e.Id).Select(n => n.Id).FirstOrDefaultAsync(),
            // The fleet demo: a vehicle with meters and fills, and one of its workshop stays.
            await Of<Cmms.Fleet.Vehicles.Vehicle>().OrderBy(v => v.InternalNumber).Select(v => v.Id).FirstOrDefaultAsync(),
            await Of<Cmms.Fleet.Workshop.WorkshopJob>().OrderBy(e => e.Id).Select(j => j.Id).FirstOrDefaultAsync(),
            await Of<Cmms.Works.Preventive.Plans.MaintenancePlan>().OrderBy(e => e.Id).Select(p => p.Id).FirstOrDefaultAsync(),
            await Of<Cmms.Works.Preventive.Statutory.Inspection>().OrderBy(e => e.Id).Select(i => i.Id).FirstOrDefaultAsync(),
            await Of<Cmms.Works.Preventive.Statutory.Observation>().OrderBy(e => e.Id).Select(o => o.Id).FirstOrDefaultAsync(),
            // The Buildings demo data: a building, one of its levels and rooms, a piece of equipment in service.
            await Of<Cmms.Buildings.Buildings.Building>().OrderBy(e => e.Id).Select(b => b.Id).FirstAsync(),
            await Of<Cmms.Buildings.Levels.Level>().OrderBy(e => e.Id).Select(l => l.Id).FirstAsync(),
            await Of<Cmms.Buildings.Rooms.Room>().OrderBy(e => e.Id).Select(r => r.Id).FirstAsync(),
            await Of<Cmms.Buildings.Equipment.EquipmentItem>().Where(e => e.Status == Cmms.Buildings.Equipment.EquipmentStatus.InService)
                .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
            // The GIS: a tree of the test layer (when the app has the test assets) and an import run.
            await Testing.Gis.TestAssets.FirstTreeAsync(db, org.Id),
            await Of<Cmms.Gis.Import.ImportRun>().OrderBy(e => e.Id).Select(r => r.Id).FirstOrDefaultAsync(),
            // The Stock demo data: a store, an item, a supplier, a purchase order, a count, a ledger line, a part of a work order.
            await Of<Cmms.Stock.Stores.Store>().OrderBy(e => e.Id).Select(s => s.Id).FirstOrDefaultAsync(),
            await Of<Cmms.Stock.Items.Item>().OrderBy(e => e.Id).Select(i => i.Id).FirstOrDefaultAsync(),
            await Of<Cmms.Stock.Suppliers.Supplier>().OrderBy(e => e.Id).Select(s => s.Id).FirstOrDefaultAsync(),
            await Of<Cmms.Stock.Purchasing.PurchaseOrder>().OrderBy(e => e.Id).Select(o => o.Id).FirstOrDefaultAsync(),
            await Of<Cmms.Stock.Counts.InventoryCount>().OrderBy(e => e.Id).Select(c => c.Id).FirstOrDefaultAsync(),
            await Of<Cmms.Stock.Ledger.Movement>().OrderBy(e => e.Id).Select(m => m.Id).FirstOrDefaultAsync(),
            await Of<Cmms.Works.Field.PartUsage>().OrderBy(e => e.Id).Select(p => p.Id).FirstOrDefaultAsync())
        {
            Zone = await Of<global::Cmms.GreenSpaces.Zones.Zone>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            Tree = await Of<global::Cmms.GreenSpaces.Trees.Tree>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            PlayItem = await Of<global::Cmms.GreenSpaces.PlayEquipment.PlayItem>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            RoadSegment = await Of<global::Cmms.Roads.Segments.RoadSegment>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            Sign = await Of<global::Cmms.Roads.Signs.Sign>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            StreetLight = await Of<global::Cmms.Roads.StreetLights.StreetLight>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            CostBatch = await Of<global::Cmms.Costs.Exports.ExportBatch>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            CostPeriod = await Of<global::Cmms.Costs.Exports.ExportBatch>().OrderBy(e => e.Id).Select(e => e.PeriodId).FirstOrDefaultAsync(),
            CostFile = await Of<global::Cmms.Costs.Exports.ExportFile>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            CostLine = await Of<global::Cmms.Costs.Ledger.CostLine>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            CostRule = await Of<global::Cmms.Costs.Accounts.AllocationRule>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            CostBudget = await Of<global::Cmms.Costs.Analysis.Budget>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            CostAgreement = await Of<global::Cmms.Costs.CrossCharging.Agreement>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
            CostReceived = await Of<global::Cmms.Costs.CrossCharging.ReceivedAgreement>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(),
        };
    });
}
