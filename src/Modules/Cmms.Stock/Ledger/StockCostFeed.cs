using Cmms.Kernel.Costs;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Ledger;

/// <summary>
/// Consumables issued from a store to a cost centre (and their returns), as kernel cost facts for the Costs
/// ledger. Parts issued to a work order are not here: Works reports them with the work order's costs.
/// The cost is the ledger's value of the line with the sign turned (an issue costs, a return gives back).
/// </summary>
internal sealed class StockCostFeed(DbContext db) : ICostFeed
{
    public string Source => "stock";

    public async Task<CostFactPage> ReadAsync(CostCursor after, int take, CancellationToken cancellationToken)
    {
        var (movements, items, stores) = (db.Movements, db.Items, db.Stores);
        var (at, id) = (after.RecordedAtUtc, after.Id);
        var rows = await movements.AsNoTracking()
            .Where(m => m.CostCentre != null && m.WorkOrderId == null && (m.Kind == MovementKind.Issue || m.Kind == MovementKind.Return))
            .Where(m => m.PostedAtUtc > at || (m.PostedAtUtc == at && m.Id.CompareTo(id) > 0))
            .Join(items, m => m.ItemId, i => i.Id, (m, i) => new { Movement = m, i.Unit })
            .Join(stores, r => r.Movement.StoreId, s => s.Id, (r, s) => new { r.Movement, r.Unit, s.SiteId })
            .OrderBy(r => r.Movement.PostedAtUtc).ThenBy(r => r.Movement.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return CostFactPage.Of([.. rows.Select(r => new CostFact(
            Source, r.Movement.Id, CostFactKind.Consumables, DateOnly.FromDateTime(Kernel.Time.ParisTime.FromUtc(r.Movement.PostedAtUtc)), r.Movement.PostedAtUtc,
            -r.Movement.Quantity, r.Unit, r.Movement.UnitCost, -r.Movement.Amount, null, r.SiteId, null, null, CostCentre: r.Movement.CostCentre))], take);
    }
}
