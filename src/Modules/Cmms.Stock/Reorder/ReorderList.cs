using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Cmms.Stock.Purchasing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Reorder;

/// <summary>An item of a store under its reorder point, what to order and from whom.</summary>
public sealed record ReorderRow(
    Guid StoreId, string Store, Guid ItemId, string Reference, string Label, string Unit, ItemCategory Category,
    decimal OnHand, decimal OnOrder, decimal Reserved, decimal ReorderPoint, decimal ReorderQuantity, decimal SafetyStock, decimal Suggested,
    Guid? SupplierId, string? Supplier, string? SupplierReference, decimal? UnitPrice)
{
    /// <summary>What the stock will be once what is ordered arrives and what is reserved leaves.</summary>
    public decimal Projected => OnHand + OnOrder - Reserved;

    public decimal? Amount => UnitPrice is { } price ? Position.Money(Suggested * price) : null;
}

/// <summary>The rows of one supplier and one store: one purchase order.</summary>
public sealed record ReorderGroup(Guid? SupplierId, string? Supplier, Guid StoreId, string Store, IReadOnlyList<ReorderRow> Rows)
{
    public decimal Total => Rows.Sum(r => r.Amount ?? 0);
}

/// <summary>
/// The reorder rule: an item of a store is to reorder when on hand + on order − reserved is under its
/// reorder point. The quantity suggested is the reorder quantity, or more when that would not bring the
/// stock back to the reorder point; in whole pieces for items counted in pieces. It is ordered from the
/// preferred supplier, else the cheapest.
/// </summary>
internal static class ReorderList
{
    public static decimal Suggest(decimal projected, decimal reorderPoint, decimal reorderQuantity, string unit)
    {
        var needed = Math.Max(reorderQuantity, reorderPoint - projected);
        var step = Units.Decimals(unit);
        var factor = (decimal)Math.Pow(10, step);
        return Math.Ceiling(needed * factor) / factor;
    }

    public static bool IsUnder(decimal onHand, decimal onOrder, decimal reserved, decimal reorderPoint) =>
        reorderPoint > 0 && onHand + onOrder - reserved < reorderPoint;

    public static async Task<IReadOnlyList<ReorderGroup>> ForAsync(DbContext db, Guid? storeId, CancellationToken cancellationToken)
    {
        var (balances, items, stores, suppliers, itemSuppliers) = (db.Balances, db.Items, db.Stores, db.Suppliers, db.ItemSuppliers);
        var onOrder = await OnOrderAsync(db, storeId, null, cancellationToken);

        // Candidates read in SQL (what is on order only raises the projection), the rule applied here.
        var query = balances.AsNoTracking().Where(b => b.ReorderPoint > 0 && b.Quantity - b.Reserved < b.ReorderPoint);
        if (storeId is { } only)
        {
            query = query.Where(b => b.StoreId == only);
        }

        var candidates = await query
            .Join(items.Where(i => i.IsActive), b => b.ItemId, i => i.Id, (b, i) => new { b, i })
            .Join(stores.Where(s => s.IsActive), x => x.b.StoreId, s => s.Id, (x, s) => new
            {
                x.b.StoreId, Store = s.Name, x.b.ItemId, x.i.Reference, x.i.Label, x.i.Unit, x.i.Category,
                x.b.Quantity, x.b.Reserved, x.b.ReorderPoint, x.b.ReorderQuantity, x.b.SafetyStock,
            })
            .ToListAsync(cancellationToken);
        var due = candidates.Where(c => IsUnder(c.Quantity, onOrder.GetValueOrDefault((c.StoreId, c.ItemId)), c.Reserved, c.ReorderPoint)).ToList();
        var itemIds = due.Select(c => c.ItemId).Distinct().ToList();
        var offers = itemIds.Count == 0 ? [] : await itemSuppliers.AsNoTracking().Where(s => itemIds.Contains(s.ItemId))
            .Join(suppliers, o => o.SupplierId, s => s.Id, (o, s) => new { o.ItemId, o.SupplierId, Supplier = s.Name, o.SupplierReference, o.UnitPrice, o.Preferred })
            .ToListAsync(cancellationToken);
        var best = offers.GroupBy(o => o.ItemId).ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.Preferred).ThenBy(o => o.UnitPrice).First());
        var rows = due.Select(c =>
        {
            var ordered = onOrder.GetValueOrDefault((c.StoreId, c.ItemId));
            var offer = best.GetValueOrDefault(c.ItemId);
            return new ReorderRow(
                c.StoreId, c.Store, c.ItemId, c.Reference, c.Label, c.Unit, c.Category, c.Quantity, ordered, c.Reserved, c.ReorderPoint, c.ReorderQuantity, c.SafetyStock,
                Suggest(c.Quantity + ordered - c.Reserved, c.ReorderPoint, c.ReorderQuantity, c.Unit),
                offer?.SupplierId, offer?.Supplier, offer?.SupplierReference, offer?.UnitPrice);
        });
        return [.. rows.GroupBy(r => (r.SupplierId, r.Supplier, r.StoreId, r.Store))
            .OrderBy(g => g.Key.Supplier is null).ThenBy(g => g.Key.Supplier, StringComparer.CurrentCulture).ThenBy(g => g.Key.Store, StringComparer.CurrentCulture)
            .Select(g => new ReorderGroup(g.Key.SupplierId, g.Key.Supplier, g.Key.StoreId, g.Key.Store, [.. g.OrderBy(r => r.Reference, StringComparer.Ordinal)]))];
    }

    /// <summary>What open purchase orders still have to deliver, per store and item.</summary>
    /// <summary>What is ordered and not yet received, per store and item; for one item only when <paramref name="itemId"/> is given (its card).</summary>
    public static async Task<Dictionary<(Guid StoreId, Guid ItemId), decimal>> OnOrderAsync(DbContext db, Guid? storeId, Guid? itemId, CancellationToken cancellationToken)
    {
        var (orders, lines) = (db.PurchaseOrders, db.PurchaseOrderLines.AsNoTracking());
        var open = orders.AsNoTracking().Where(o => o.Status == PurchaseOrderStatus.Ordered || o.Status == PurchaseOrderStatus.PartlyReceived);
        if (storeId is { } only)
        {
            open = open.Where(o => o.StoreId == only);
        }

        if (itemId is { } item)
        {
            lines = lines.Where(l => l.ItemId == item);
        }

        var outstanding = await open.Join(lines, o => o.Id, l => l.PurchaseOrderId, (o, l) => new { o.StoreId, l.ItemId, l.Quantity, l.Received })
            .Where(x => x.Received < x.Quantity)
            .ToListAsync(cancellationToken);
        return outstanding.GroupBy(x => (x.StoreId, x.ItemId)).ToDictionary(g => g.Key, g => g.Sum(x => x.Quantity - x.Received));
    }
}
