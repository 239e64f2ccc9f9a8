using Cmms.Kernel.Domain;

namespace Cmms.Stock.Items;

public enum ItemCategory
{
    Plumbing,
    Electricity,
    FleetParts,
    GreenSpaces,
    Hardware,
    Safety,
}

/// <summary>
/// An article of the catalogue (a 15 mm brass elbow, an oil filter, a bag of lawn seed), counted in one
/// unit for good: every quantity of its ledger is in that unit, so the unit cannot change once it has moved.
/// </summary>
public sealed class Item : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's own reference, unique in it (PLB-00123).</summary>
    public required string Reference { get; set; }

    public required string Label { get; set; }

    /// <summary>One of <see cref="Units.All"/>.</summary>
    public required string Unit { get; set; }

    public ItemCategory Category { get; set; }

    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;

    public List<ItemSupplier> Suppliers { get; set; } = [];

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>Who sells the item, under which of their references, at what price (excluding VAT, per unit of the item).</summary>
public sealed class ItemSupplier : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid ItemId { get; set; }

    public Guid SupplierId { get; set; }

    public string? SupplierReference { get; set; }

    public decimal UnitPrice { get; set; }

    /// <summary>The one the reorder list orders from (the cheapest when none is preferred).</summary>
    public bool Preferred { get; set; }
}
