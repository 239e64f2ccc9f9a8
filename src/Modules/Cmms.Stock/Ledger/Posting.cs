namespace Cmms.Stock.Ledger;

/// <summary>Who posts a movement, as the ledger records it.</summary>
internal sealed record Poster(Guid? UserId, string Name);

/// <summary>
/// A movement asked of the ledger. <see cref="Quantity"/> is the magnitude in the item's unit; the kind
/// says the direction. Inbound lines carry their unit cost (a receipt's price, a return's issue cost);
/// outbound lines go out at the CUMP, whatever is given.
/// </summary>
internal sealed record Posting(Guid StoreId, Guid ItemId, MovementKind Kind, decimal Quantity)
{
    /// <summary>For a receipt, a return, a positive adjustment on an item never valued here.</summary>
    public decimal? UnitCost { get; init; }

    /// <summary>The unit the caller counted in, when they said: it must be the item's.</summary>
    public string? Unit { get; init; }

    /// <summary>A transfer in: at the unit cost the previous line (its transfer out) left at.</summary>
    public bool AtPreviousUnitCost { get; init; }

    /// <summary>Adjustments and count corrections go either way.</summary>
    public bool Outbound { get; init; }

    public Guid? WorkOrderId { get; init; }

    public string? WorkOrderNumber { get; init; }

    public string? CostCentre { get; init; }

    public Guid? SupplierId { get; init; }

    public string? DeliveryNote { get; init; }

    public Guid? PurchaseOrderLineId { get; init; }

    public Guid? RelatedMovementId { get; init; }

    public Guid? OtherStoreId { get; init; }

    public Guid? CountId { get; init; }

    public string? Reason { get; init; }

    public bool IsOutbound => Kind is MovementKind.Issue or MovementKind.TransferOut || (Kind is MovementKind.Adjustment or MovementKind.CountCorrection && Outbound);

    public static Posting Receipt(Guid store, Guid item, decimal quantity, decimal unitPrice) => new(store, item, MovementKind.Receipt, quantity) { UnitCost = unitPrice };

    public static Posting Issue(Guid store, Guid item, decimal quantity) => new(store, item, MovementKind.Issue, quantity);
}

/// <summary>
/// Why the ledger refused a posting: <see cref="Key"/> is the English text (with its arguments) the
/// module's resources translate; <see cref="Available"/> is set when the quantity was the problem.
/// </summary>
internal sealed record LedgerRefusal(int Index, string Field, string Key, object[] Args, decimal? Available = null, string? Unit = null);

/// <summary>The movements written, in the order of the postings, or the refusal (and nothing written).</summary>
internal sealed record LedgerResult(IReadOnlyList<Movement> Movements, LedgerRefusal? Refusal)
{
    public bool Succeeded => Refusal is null;
}
