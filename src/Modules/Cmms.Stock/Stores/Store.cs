using Cmms.Kernel.Domain;

namespace Cmms.Stock.Stores;

public enum StoreKind
{
    Central,
    Workshop,
    Depot,
    Van,
}

/// <summary>
/// A place where stock is kept and counted: the central store, the fleet workshop's store, a green-spaces
/// depot, a van. Each keeps its own quantities and its own weighted average cost per item.
/// </summary>
public sealed class Store : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>Short code shown in lists and exports (MAG, ATL, VAN-01).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public StoreKind Kind { get; set; }

    /// <summary>Where it is, when it is on a site of the organisation (a van has none).</summary>
    public Guid? SiteId { get; set; }

    /// <summary>A closed store takes no more movements; its history stays.</summary>
    public bool IsActive { get; set; } = true;

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
