using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Cmms.Stock.Counts;
using Cmms.Stock.Purchasing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Home;

/// <summary>The storekeeper's figures: items to reorder, deliveries awaited, counts under way.</summary>
internal sealed class StockHomeTiles(DbContext db) : IHomeTileProvider
{
    public async Task<IReadOnlyList<HomeTile>> GetTilesAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Storekeeper))
        {
            return [];
        }

        var (orders, counts) = (db.PurchaseOrders, db.Counts);
        var toReorder = (await Reorder.ReorderList.ForAsync(db, null, cancellationToken)).Sum(g => g.Rows.Count);
        var awaited = await orders.CountAsync(o => o.Status == PurchaseOrderStatus.Ordered || o.Status == PurchaseOrderStatus.PartlyReceived, cancellationToken);
        var open = await counts.CountAsync(c => c.Status == CountStatus.Open, cancellationToken);
        return
        [
            new HomeTile("Items to reorder", toReorder, "/stock/reorder", 20),
            new HomeTile("Deliveries awaited", awaited, "/stock/purchase-orders", 21),
            new HomeTile("Inventory counts under way", open, "/stock/counts", 22),
        ];
    }
}
