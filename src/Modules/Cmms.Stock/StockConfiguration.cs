using Cmms.Stock.Counts;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Cmms.Stock.Numbering;
using Cmms.Stock.Purchasing;
using Cmms.Stock.Reservations;
using Cmms.Stock.Stores;
using Cmms.Stock.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Stock;

// The module's tables (st_), their keys and the indexes its pages and reports read by.

internal sealed class StoreConfiguration : IEntityTypeConfiguration<Store>
{
    public void Configure(EntityTypeBuilder<Store> builder)
    {
        builder.ToTable("st_stores");
        builder.Property(s => s.Code).HasMaxLength(20);
        builder.Property(s => s.Name).HasMaxLength(150);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.OrganisationId, s.Code }).IsUnique();
    }
}

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.ToTable("st_items");
        builder.Property(i => i.Reference).HasMaxLength(50);
        builder.Property(i => i.Label).HasMaxLength(200);
        builder.Property(i => i.Unit).HasMaxLength(10);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.HasMany(i => i.Suppliers).WithOne().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.OrganisationId, i.Reference }).IsUnique();
        builder.HasIndex(i => new { i.OrganisationId, i.Category, i.Reference });
    }
}

internal sealed class ItemSupplierConfiguration : IEntityTypeConfiguration<ItemSupplier>
{
    public void Configure(EntityTypeBuilder<ItemSupplier> builder)
    {
        builder.ToTable("st_item_suppliers");
        builder.Property(s => s.SupplierReference).HasMaxLength(50);
        builder.HasIndex(s => new { s.OrganisationId, s.ItemId, s.SupplierId }).IsUnique();
        builder.HasIndex(s => new { s.OrganisationId, s.SupplierId });
    }
}

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.ToTable("st_suppliers");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.AccountNumber).HasMaxLength(30);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.Phone).HasMaxLength(30);
        builder.HasIndex(s => new { s.OrganisationId, s.Name }).IsUnique();
    }
}

internal sealed class BalanceConfiguration : IEntityTypeConfiguration<Balance>
{
    public void Configure(EntityTypeBuilder<Balance> builder)
    {
        builder.ToTable("st_balances");
        builder.Property(b => b.Location).HasMaxLength(30);
        builder.Ignore(b => b.Available);
        builder.HasIndex(b => new { b.OrganisationId, b.StoreId, b.ItemId }).IsUnique();
        builder.HasIndex(b => new { b.OrganisationId, b.ItemId });
        builder.HasIndex(b => new { b.OrganisationId, b.StoreId, b.Location });
    }
}

internal sealed class MovementConfiguration : IEntityTypeConfiguration<Movement>
{
    public void Configure(EntityTypeBuilder<Movement> builder)
    {
        builder.ToTable("st_movements");
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.WorkOrderNumber).HasMaxLength(20);
        builder.Property(m => m.CostCentre).HasMaxLength(50);
        builder.Property(m => m.DeliveryNote).HasMaxLength(50);
        builder.Property(m => m.Reason).HasMaxLength(500);
        builder.Property(m => m.ByName).HasMaxLength(200);
        builder.Ignore(m => m.IsInbound);

        // The ledger cannot fork: two writers that read the same last line cannot both append after it.
        builder.HasIndex(m => new { m.OrganisationId, m.StoreId, m.ItemId, m.Sequence }).IsUnique();

        // The stock at a past date: the last line of each store and item before it, one seek each.
        builder.HasIndex(m => new { m.OrganisationId, m.StoreId, m.ItemId, m.PostedAtUtc, m.Sequence });

        // An item's card: its last movements in every store.
        builder.HasIndex(m => new { m.OrganisationId, m.ItemId, m.PostedAtUtc });
        builder.HasIndex(m => new { m.OrganisationId, m.PostedAtUtc });

        // A work order's parts, an issue's returns, a purchase order's deliveries: each an equality after the organisation's.
        builder.HasIndex(m => new { m.OrganisationId, m.WorkOrderId });
        builder.HasIndex(m => new { m.OrganisationId, m.RelatedMovementId });
        builder.HasIndex(m => new { m.OrganisationId, m.PurchaseOrderLineId });
    }
}

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> builder)
    {
        builder.ToTable("st_reservations");
        builder.Property(r => r.WorkOrderNumber).HasMaxLength(20);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.Ignore(r => r.Remaining);
        builder.HasIndex(r => new { r.OrganisationId, r.WorkOrderId });
        builder.HasIndex(r => new { r.OrganisationId, r.StoreId, r.ItemId, r.State });
    }
}

internal sealed class PurchaseOrderConfiguration : IEntityTypeConfiguration<PurchaseOrder>
{
    public void Configure(EntityTypeBuilder<PurchaseOrder> builder)
    {
        builder.ToTable("st_purchase_orders");
        builder.Property(p => p.Number).HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.OrderedBy).HasMaxLength(200);
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.PurchaseOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.OrganisationId, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.OrganisationId, p.Status, p.OrderedAtUtc });
    }
}

internal sealed class PurchaseOrderLineConfiguration : IEntityTypeConfiguration<PurchaseOrderLine>
{
    public void Configure(EntityTypeBuilder<PurchaseOrderLine> builder)
    {
        builder.ToTable("st_purchase_order_lines");
        builder.Ignore(l => l.Outstanding);
        builder.HasIndex(l => new { l.OrganisationId, l.ItemId });
    }
}

internal sealed class InventoryCountConfiguration : IEntityTypeConfiguration<InventoryCount>
{
    public void Configure(EntityTypeBuilder<InventoryCount> builder)
    {
        builder.ToTable("st_counts");
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.Property(c => c.Zone).HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OpenedBy).HasMaxLength(200);
        builder.Property(c => c.ClosedBy).HasMaxLength(200);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OrganisationId, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.OrganisationId, c.Status, c.OpenedAtUtc });
    }
}

internal sealed class CountLineConfiguration : IEntityTypeConfiguration<CountLine>
{
    public void Configure(EntityTypeBuilder<CountLine> builder)
    {
        builder.ToTable("st_count_lines");
        builder.Property(l => l.Location).HasMaxLength(30);
        builder.Property(l => l.CountedBy).HasMaxLength(200);
        builder.Ignore(l => l.Variance);
        builder.HasIndex(l => new { l.CountId, l.Location });
    }
}

internal sealed class CounterConfiguration : IEntityTypeConfiguration<Counter>
{
    public void Configure(EntityTypeBuilder<Counter> builder)
    {
        builder.ToTable("st_counters");
        builder.HasKey(c => new { c.OrganisationId, c.Series, c.Year });
        builder.Property(c => c.Series).HasMaxLength(4);
    }
}
