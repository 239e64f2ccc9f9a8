using Cmms.Kernel.Domain;

namespace Cmms.Stock.Purchasing;

public enum PurchaseOrderStatus
{
    Ordered,
    PartlyReceived,
    Received,
    Cancelled,
}

/// <summary>
/// A simple order to one supplier for one store: the lines ordered and what has been received against
/// each. Receipts post to the ledger; what is still to come counts as "on order" in the reorder list.
/// </summary>
public sealed class PurchaseOrder : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>BC-2026-000012: per organisation and year, without gaps.</summary>
    public required string Number { get; set; }

    public Guid SupplierId { get; set; }

    public Guid StoreId { get; set; }

    public PurchaseOrderStatus Status { get; set; }

    public DateTime OrderedAtUtc { get; set; }

    public required string OrderedBy { get; set; }

    public string? Note { get; set; }

    public List<PurchaseOrderLine> Lines { get; set; } = [];

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Follows the lines: nothing received, some, everything.</summary>
    public void Follow()
    {
        if (Status == PurchaseOrderStatus.Cancelled)
        {
            return;
        }

        Status = Lines.All(l => l.Received >= l.Quantity) ? PurchaseOrderStatus.Received
            : Lines.Any(l => l.Received > 0) ? PurchaseOrderStatus.PartlyReceived
            : PurchaseOrderStatus.Ordered;
    }

    public static bool IsOpen(PurchaseOrderStatus status) => status is PurchaseOrderStatus.Ordered or PurchaseOrderStatus.PartlyReceived;
}

public sealed class PurchaseOrderLine : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid PurchaseOrderId { get; set; }

    public int Position { get; set; }

    public Guid ItemId { get; set; }

    public decimal Quantity { get; set; }

    /// <summary>Price agreed, excluding VAT, per unit of the item.</summary>
    public decimal UnitPrice { get; set; }

    public decimal Received { get; set; }

    public decimal Outstanding => Math.Max(0, Quantity - Received);
}
