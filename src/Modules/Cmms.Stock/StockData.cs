using Cmms.Stock.Counts;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Cmms.Stock.Purchasing;
using Cmms.Stock.Reservations;
using Cmms.Stock.Stores;
using Cmms.Stock.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock;

/// <summary>The module's tables, as seen from the shared DbContext (take them into locals before using them in a query).</summary>
internal static class StockData
{
    extension(DbContext db)
    {
        public DbSet<Store> Stores => db.Set<Store>();

        public DbSet<Item> Items => db.Set<Item>();

        public DbSet<ItemSupplier> ItemSuppliers => db.Set<ItemSupplier>();

        public DbSet<Supplier> Suppliers => db.Set<Supplier>();

        public DbSet<Balance> Balances => db.Set<Balance>();

        public DbSet<Movement> Movements => db.Set<Movement>();

        public DbSet<Reservation> Reservations => db.Set<Reservation>();

        public DbSet<PurchaseOrder> PurchaseOrders => db.Set<PurchaseOrder>();

        public DbSet<PurchaseOrderLine> PurchaseOrderLines => db.Set<PurchaseOrderLine>();

        public DbSet<InventoryCount> Counts => db.Set<InventoryCount>();

        public DbSet<CountLine> CountLines => db.Set<CountLine>();
    }
}
