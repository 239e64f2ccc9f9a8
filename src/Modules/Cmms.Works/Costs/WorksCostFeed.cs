using Cmms.Kernel.Costs;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Costs;

/// <summary>
/// Works' cost events as kernel cost facts for the Costs ledger: one per hours entry, part used or returned,
/// and contractor invoice, with the work order's number and axes. The event's id is the fact's id.
/// </summary>
internal sealed class WorksCostFeed(DbContext db) : ICostFeed
{
    public string Source => "works";

    public async Task<CostFactPage> ReadAsync(CostCursor after, int take, CancellationToken cancellationToken)
    {
        var (events, orders) = (db.CostEvents, db.WorkOrders);
        var (at, id) = (after.RecordedAtUtc, after.Id);
        var rows = await events.AsNoTracking()
            .Where(e => e.RecordedAtUtc > at || (e.RecordedAtUtc == at && e.Id.CompareTo(id) > 0))
            .Join(orders, e => e.WorkOrderId, o => o.Id, (e, o) => new { Event = e, o.Number })
            .OrderBy(r => r.Event.RecordedAtUtc).ThenBy(r => r.Event.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return CostFactPage.Of([.. rows.Select(r => new CostFact(
            Source, r.Event.Id, Map(r.Event.Kind), r.Event.OccurredOn, r.Event.RecordedAtUtc,
            r.Event.Quantity, r.Event.Kind == CostKind.Labour ? "h" : r.Event.Kind == CostKind.Contractor ? "u" : string.Empty,
            r.Event.UnitCost, r.Event.Amount, r.Event.ServiceId, r.Event.SiteId, r.Event.AssetModule, r.Event.AssetId,
            r.Event.WorkOrderId, r.Number, r.Event.AgentId, r.Event.HoursKind))], take);
    }

    private static CostFactKind Map(CostKind kind) => kind switch
    {
        CostKind.Labour => CostFactKind.Labour,
        CostKind.Parts => CostFactKind.Parts,
        _ => CostFactKind.Contractor,
    };
}

/// <summary>Which of the work orders the ledger names are still open (neither closed nor cancelled).</summary>
internal sealed class WorksOpenWorkOrders(DbContext db) : IOpenWorkOrders
{
    public async Task<IReadOnlyList<OpenWorkOrder>> OpenAmongAsync(IReadOnlyCollection<Guid> workOrderIds, CancellationToken cancellationToken)
    {
        var orders = db.WorkOrders;
        var rows = new List<OpenWorkOrder>();
        foreach (var chunk in workOrderIds.Chunk(500))
        {
            rows.AddRange((await orders.AsNoTracking()
                    .Where(w => chunk.Contains(w.Id) && w.Status != WorkOrders.WorkOrderStatus.Closed && w.Status != WorkOrders.WorkOrderStatus.Cancelled)
                    .Select(w => new { w.Id, w.Number, w.Title, w.Status })
                    .ToListAsync(cancellationToken))
                .Select(w => new OpenWorkOrder(w.Id, w.Number, w.Title, w.Status.ToString())));
        }

        return [.. rows.OrderBy(w => w.Number, StringComparer.Ordinal)];
    }
}
