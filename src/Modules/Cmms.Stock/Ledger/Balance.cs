using Cmms.Kernel.Domain;

namespace Cmms.Stock.Ledger;

/// <summary>
/// One item in one store: how it is kept there (location, reorder point, reorder quantity, safety stock,
/// which the storekeeper edits: <see cref="IVersioned"/>) and the running total of its ledger (quantity,
/// value, CUMP, reserved), updated in the same transaction as each movement. The ledger stays the truth;
/// this row is its last line, read in one seek instead of summing years of movements.
/// </summary>
public sealed class Balance : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public Guid StoreId { get; set; }

    public Guid ItemId { get; set; }

    /// <summary>Aisle, rack, shelf (A-03-2): counts can be opened for a zone, a prefix of it.</summary>
    public string? Location { get; set; }

    /// <summary>Reorder when on hand + on order − reserved falls under this.</summary>
    public decimal ReorderPoint { get; set; }

    /// <summary>What to order then (at least).</summary>
    public decimal ReorderQuantity { get; set; }

    /// <summary>What should never be used up (the reorder list brings the stock back above it too).</summary>
    public decimal SafetyStock { get; set; }

    public decimal Quantity { get; set; }

    public decimal Value { get; set; }

    /// <summary>Weighted average unit cost, 4 decimals; kept when the store empties, replaced by the next receipt.</summary>
    public decimal Cump { get; set; }

    /// <summary>Set aside for planned work orders.</summary>
    public decimal Reserved { get; set; }

    /// <summary>The sequence of the last movement.</summary>
    public long Sequence { get; set; }

    public DateTime? LastPostedAtUtc { get; set; }

    /// <summary>The open inventory count that freezes issues of this item here.</summary>
    public Guid? FrozenByCountId { get; set; }

    /// <summary>Checked and incremented by every change of the running total (movements, reservations, freezes).</summary>
    public int LedgerVersion { get; set; }

    /// <summary>Optimistic concurrency of the settings a person edits.</summary>
    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public decimal Available => Quantity - Reserved;
}
