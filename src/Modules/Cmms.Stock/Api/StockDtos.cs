using System.ComponentModel.DataAnnotations;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Cmms.Stock.Stores;

namespace Cmms.Stock.Api;

public sealed record StoreDto(Guid Id, string Code, string Name, StoreKind Kind, Guid? SiteId, bool IsActive);

public sealed record ItemDto(Guid Id, string Reference, string Label, string Unit, ItemCategory Category, bool IsActive);

public sealed record ItemSupplierDto(Guid SupplierId, string Supplier, string? SupplierReference, decimal UnitPrice, bool Preferred);

/// <param name="Available">On hand less what is reserved for work orders.</param>
/// <param name="Cump">Weighted average unit cost, 4 decimals.</param>
public sealed record BalanceDto(
    Guid StoreId, Guid ItemId, string? Location, decimal Quantity, decimal Reserved, decimal Available, decimal Cump, decimal Value,
    decimal ReorderPoint, decimal ReorderQuantity, decimal SafetyStock, bool Frozen, DateTime? LastMovementAt);

public sealed record ItemDetailDto(ItemDto Item, IReadOnlyList<BalanceDto> Balances, IReadOnlyList<ItemSupplierDto> Suppliers);

/// <param name="Quantity">Signed: positive in, negative out, in the item's unit.</param>
/// <param name="Amount">Signed, in euros, rounded to the cent.</param>
public sealed record MovementDto(
    Guid Id, Guid StoreId, Guid ItemId, long Sequence, MovementKind Kind, DateTime PostedAt, decimal Quantity, decimal UnitCost, decimal Amount,
    decimal QuantityAfter, decimal ValueAfter, decimal CumpAfter, Guid? WorkOrderId, string? WorkOrderNumber, string? CostCentre,
    Guid? SupplierId, string? DeliveryNote, Guid? RelatedMovementId, Guid? OtherStoreId, string? Reason, string By)
{
    internal static MovementDto From(Movement m) => new(
        m.Id, m.StoreId, m.ItemId, m.Sequence, m.Kind, m.PostedAtUtc, m.Quantity, m.UnitCost, m.Amount, m.QuantityAfter, m.ValueAfter, m.CumpAfter,
        m.WorkOrderId, m.WorkOrderNumber, m.CostCentre, m.SupplierId, m.DeliveryNote, m.RelatedMovementId, m.OtherStoreId, m.Reason, m.ByName);
}

/// <summary>The store and the item of a movement: by id, or by the store's code and the item's reference.</summary>
public abstract record StockLineBody : IValidatableObject
{
    public Guid? StoreId { get; init; }

    [StringLength(20)]
    public string? StoreCode { get; init; }

    public Guid? ItemId { get; init; }

    [StringLength(50)]
    public string? ItemReference { get; init; }

    /// <summary>In the item's unit (u, m, m², kg, l). A whole number for pieces.</summary>
    [Required(ErrorMessage = "Give the quantity.")]
    public decimal? Quantity { get; init; }

    /// <summary>Optional: when given it must be the item's unit (units are never mixed).</summary>
    [StringLength(10)]
    public string? Unit { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StoreId is null && string.IsNullOrWhiteSpace(StoreCode))
        {
            yield return new ValidationResult("Give the store (storeId or storeCode).", [nameof(StoreId)]);
        }

        if (ItemId is null && string.IsNullOrWhiteSpace(ItemReference))
        {
            yield return new ValidationResult("Give the item (itemId or itemReference).", [nameof(ItemId)]);
        }
    }
}

/// <summary>Goods delivered by a supplier.</summary>
public sealed record ReceiptBody : StockLineBody
{
    /// <summary>Purchase price excluding VAT, per unit of the item: more than 0.</summary>
    [Required(ErrorMessage = "Give the unit price.")]
    public decimal? UnitPrice { get; init; }

    public Guid? SupplierId { get; init; }

    /// <summary>The supplier's delivery note (bon de livraison).</summary>
    [StringLength(50)]
    public string? DeliveryNote { get; init; }
}

/// <summary>Consumables issued to a cost centre (parts for a work order go through the work order: POST /api/v1/work-orders/{id}/parts).</summary>
public sealed record IssueBody : StockLineBody
{
    [Required(ErrorMessage = "Give the cost centre."), StringLength(50)]
    public string? CostCentre { get; init; }

    [StringLength(500)]
    public string? Note { get; init; }
}
