using System.ComponentModel.DataAnnotations;
using Cmms.Stock.Stores;
using Cmms.Stock.Suppliers;

namespace Cmms.Stock.Movements;

/// <summary>What every movement form names: the store, the item (by its reference, as on the shelf label) and the quantity.</summary>
public abstract class MovementForm
{
    [Required, Display(Name = "Store")]
    public Guid? StoreId { get; set; }

    [Required, StringLength(50), Display(Name = "Item reference")]
    public string? ItemReference { get; set; }

    [Required, StringLength(15), Display(Name = "Quantity")]
    public string? Quantity { get; set; }
}

public sealed class ReceiptForm : MovementForm
{
    [Required, StringLength(15), Display(Name = "Unit price excluding VAT (€)")]
    public string? UnitPrice { get; set; }

    [Display(Name = "Supplier")]
    public Guid? SupplierId { get; set; }

    [StringLength(50), Display(Name = "Delivery note number")]
    public string? DeliveryNote { get; set; }
}

public sealed class IssueForm : MovementForm
{
    [Required, StringLength(50), Display(Name = "Cost centre")]
    public string? CostCentre { get; set; }

    [StringLength(500), Display(Name = "Note (optional)")]
    public string? Note { get; set; }
}

public sealed class TransferForm : MovementForm
{
    [Required, Display(Name = "To the store")]
    public Guid? ToStoreId { get; set; }
}

public enum AdjustmentDirection
{
    Out,
    In,
}

public sealed class AdjustmentForm : MovementForm
{
    [Display(Name = "Direction")]
    public AdjustmentDirection Direction { get; set; }

    [Required, StringLength(500), Display(Name = "Reason")]
    public string? Reason { get; set; }

    [StringLength(15), Display(Name = "Unit cost (€), for an item never valued in this store")]
    public string? UnitCost { get; set; }
}

/// <summary>The item a form is about, once its reference is known: shown beside the quantity.</summary>
public sealed record ItemHint(Guid Id, string Reference, string Label, string Unit, decimal OnHand, decimal Available, decimal Cump);

public sealed record MovementPage<TForm>(TForm Form, IReadOnlyList<Store> Stores, IReadOnlyList<Supplier> Suppliers, ItemHint? Item)
    where TForm : MovementForm;

/// <summary>The cost centres consumables usually go to (any other may be typed).</summary>
public static class CostCentres
{
    public static readonly IReadOnlyList<string> Usual = ["BATIMENTS", "ESPACES-VERTS", "VOIRIE", "ATELIER", "ECLAIRAGE", "MAGASIN"];
}
