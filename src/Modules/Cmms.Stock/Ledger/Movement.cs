using Cmms.Kernel.Domain;

namespace Cmms.Stock.Ledger;

public enum MovementKind
{
    /// <summary>Goods delivered by a supplier, at their purchase price.</summary>
    Receipt,

    /// <summary>Taken out for a work order or a cost centre, at the CUMP.</summary>
    Issue,

    /// <summary>Brought back from a work order, at the unit cost of the issue it returns.</summary>
    Return,

    /// <summary>Sent to another store, at the CUMP.</summary>
    TransferOut,

    /// <summary>Received from another store, at the unit cost it left at.</summary>
    TransferIn,

    /// <summary>A correction with its reason (breakage, found again, mistake), at the CUMP.</summary>
    Adjustment,

    /// <summary>The difference an inventory count found, at the CUMP.</summary>
    CountCorrection,
}

/// <summary>
/// One line of the stock ledger, the single truth of quantities and values: never edited nor deleted
/// (a mistake is corrected by a counter-movement). It carries the item's position in its store after it
/// (quantity, value, CUMP), so the stock at any past date is the last line at or before that date.
/// </summary>
public sealed class Movement : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid StoreId { get; set; }

    public Guid ItemId { get; set; }

    /// <summary>1, 2, 3… per store and item, without gaps: a unique index makes a lost race fail instead of forking the ledger.</summary>
    public long Sequence { get; set; }

    public MovementKind Kind { get; set; }

    /// <summary>Never before the previous line of the same store and item, so date order and sequence agree.</summary>
    public DateTime PostedAtUtc { get; set; }

    /// <summary>Signed: positive in, negative out, in the item's unit.</summary>
    public decimal Quantity { get; set; }

    /// <summary>Purchase price for a receipt, CUMP for what goes out, the issue's unit cost for a return (4 decimals).</summary>
    public decimal UnitCost { get; set; }

    /// <summary>Signed value of the line, rounded to the cent.</summary>
    public decimal Amount { get; set; }

    public decimal QuantityAfter { get; set; }

    public decimal ValueAfter { get; set; }

    public decimal CumpAfter { get; set; }

    public Guid? WorkOrderId { get; set; }

    public string? WorkOrderNumber { get; set; }

    /// <summary>For consumables issued to a service rather than to a work order.</summary>
    public string? CostCentre { get; set; }

    public Guid? SupplierId { get; set; }

    /// <summary>The supplier's delivery note (bon de livraison).</summary>
    public string? DeliveryNote { get; set; }

    public Guid? PurchaseOrderLineId { get; set; }

    /// <summary>The issue a return brings back, or the other half of a transfer.</summary>
    public Guid? RelatedMovementId { get; set; }

    /// <summary>The other store of a transfer.</summary>
    public Guid? OtherStoreId { get; set; }

    public Guid? CountId { get; set; }

    /// <summary>Required for an adjustment.</summary>
    public string? Reason { get; set; }

    public Guid? ByUserId { get; set; }

    public required string ByName { get; set; }

    public bool IsInbound => Quantity > 0;
}
