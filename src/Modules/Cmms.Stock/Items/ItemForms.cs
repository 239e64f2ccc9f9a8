using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Web;
using Cmms.Stock.Ledger;
using Cmms.Stock.Suppliers;

namespace Cmms.Stock.Items;

/// <summary>A supplier's reference and price for the item, as a row of the item form.</summary>
public sealed class SupplierLine
{
    public Guid? SupplierId { get; set; }

    [StringLength(50), Display(Name = "Supplier's reference")]
    public string? SupplierReference { get; set; }

    [StringLength(15), Display(Name = "Price excluding VAT (€)")]
    public string? UnitPrice { get; set; }

    public bool Preferred { get; set; }
}

public sealed class ItemForm : IVersionedForm
{
    public Guid? Id { get; set; }

    public int Version { get; set; }

    [Required, StringLength(50), Display(Name = "Reference")]
    public string Reference { get; set; } = string.Empty;

    [Required, StringLength(200), Display(Name = "Label")]
    public string Label { get; set; } = string.Empty;

    [Required, Display(Name = "Unit")]
    public string Unit { get; set; } = Units.Piece;

    [Display(Name = "Category")]
    public ItemCategory Category { get; set; }

    [StringLength(2000), Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    public List<SupplierLine> Suppliers { get; set; } = [];

    public static ItemForm From(Item item) => new()
    {
        Id = item.Id, Version = item.Version, Reference = item.Reference, Label = item.Label, Unit = item.Unit, Category = item.Category,
        Description = item.Description, IsActive = item.IsActive,
        Suppliers = [.. item.Suppliers.OrderByDescending(s => s.Preferred).Select(s => new SupplierLine
        {
            SupplierId = s.SupplierId, SupplierReference = s.SupplierReference, UnitPrice = Typed.Field(s.UnitPrice), Preferred = s.Preferred,
        })],
    };
}

/// <summary>The item form and what it offers: suppliers, and whether the unit can still change.</summary>
public sealed record ItemEditPage(ItemForm Form, IReadOnlyList<Supplier> Suppliers, bool UnitLocked);

/// <summary>How an item is kept in a store: where, and when to reorder.</summary>
public sealed class StockSettingsForm : IVersionedForm
{
    public int Version { get; set; }

    [StringLength(30), Display(Name = "Location (aisle-rack-shelf)")]
    public string? Location { get; set; }

    [StringLength(15), Display(Name = "Reorder point")]
    public string? ReorderPoint { get; set; }

    [StringLength(15), Display(Name = "Reorder quantity")]
    public string? ReorderQuantity { get; set; }

    [StringLength(15), Display(Name = "Safety stock")]
    public string? SafetyStock { get; set; }

    public static StockSettingsForm From(Balance balance) => new()
    {
        Version = balance.Version, Location = balance.Location, ReorderPoint = Typed.Field(balance.ReorderPoint),
        ReorderQuantity = Typed.Field(balance.ReorderQuantity), SafetyStock = Typed.Field(balance.SafetyStock),
    };
}

public sealed record StockSettingsPage(Guid ItemId, string Reference, string Label, string Unit, Guid StoreId, string Store, StockSettingsForm Form);

public sealed record ItemRow(
    Guid Id, string Reference, string Label, ItemCategory Category, string Unit, bool IsActive, string? Location,
    decimal OnHand, decimal Reserved, decimal Cump, decimal Value, bool ToReorder, bool Frozen);

public sealed record ItemFilter(Guid? Store, string? Query, ItemCategory? Category, bool Reorder, int Page);

public sealed record ItemList(ItemFilter Filter, Paged<ItemRow> Rows, IReadOnlyList<Stores.Store> Stores)
{
    public string Url(int? page = null)
    {
        var parts = new List<string>();
        if (Filter.Store is { } store)
        {
            parts.Add($"store={store}");
        }

        if (!string.IsNullOrWhiteSpace(Filter.Query))
        {
            parts.Add($"q={Uri.EscapeDataString(Filter.Query)}");
        }

        if (Filter.Category is { } category)
        {
            parts.Add($"category={category}");
        }

        if (Filter.Reorder)
        {
            parts.Add("reorder=true");
        }

        if (page is { } p)
        {
            parts.Add($"page={p}");
        }

        return "/stock/items" + (parts.Count > 0 ? "?" + string.Join('&', parts) : string.Empty);
    }
}

public sealed record StoreBalance(Balance Balance, string Store, string StoreCode, bool ToReorder, decimal OnOrder);

public sealed record MovementLine(
    Guid Id, DateTime PostedAtUtc, string Store, MovementKind Kind, decimal Quantity, decimal UnitCost, decimal Amount, decimal QuantityAfter, decimal ValueAfter,
    string? WorkOrderNumber, Guid? WorkOrderId, string? CostCentre, string? Supplier, string? DeliveryNote, string? Reason, string? OtherStore, string By);

public sealed record ReservationLine(string Store, string WorkOrderNumber, Guid WorkOrderId, decimal Quantity, decimal Issued, DateTime CreatedAtUtc);

public sealed record ItemCard(
    Item Item, IReadOnlyList<(string Supplier, ItemSupplier Offer)> Suppliers, IReadOnlyList<StoreBalance> Balances,
    IReadOnlyList<MovementLine> Movements, IReadOnlyList<ReservationLine> Reservations, IReadOnlyList<Stores.Store> OtherStores);
