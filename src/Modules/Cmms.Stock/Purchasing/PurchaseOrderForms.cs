using System.ComponentModel.DataAnnotations;
using Cmms.Stock.Stores;
using Cmms.Stock.Suppliers;

namespace Cmms.Stock.Purchasing;

public sealed class OrderLineForm
{
    [StringLength(50), Display(Name = "Item reference")]
    public string? ItemReference { get; set; }

    [StringLength(15), Display(Name = "Quantity")]
    public string? Quantity { get; set; }

    [StringLength(15), Display(Name = "Unit price excluding VAT (€)")]
    public string? UnitPrice { get; set; }
}

public sealed class NewOrderForm
{
    [Required, Display(Name = "Supplier")]
    public Guid? SupplierId { get; set; }

    [Required, Display(Name = "Deliver to the store")]
    public Guid? StoreId { get; set; }

    [StringLength(1000), Display(Name = "Note (optional)")]
    public string? Note { get; set; }

    public List<OrderLineForm> Lines { get; set; } = [];
}

public sealed record NewOrderPage(NewOrderForm Form, IReadOnlyList<Supplier> Suppliers, IReadOnlyList<Store> Stores);

public sealed record OrderRow(Guid Id, string Number, string Supplier, string Store, PurchaseOrderStatus Status, DateTime OrderedAtUtc, int Lines, decimal Total);

public sealed record OrderList(string Status, IReadOnlyList<OrderRow> Rows);

public sealed record OrderLineView(PurchaseOrderLine Line, string Reference, string Label, string Unit)
{
    public decimal Amount => Ledger.Position.Money(Line.Quantity * Line.UnitPrice);
}

public sealed record OrderPage(PurchaseOrder Order, string Supplier, string Store, IReadOnlyList<OrderLineView> Lines, IReadOnlyList<Ledger.Movement> Receipts)
{
    public decimal Total => Lines.Sum(l => l.Amount);
}
