using Cmms.Kernel.Domain;

namespace Cmms.Stock.Suppliers;

/// <summary>A company the organisation buys stock from.</summary>
public sealed class Supplier : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    /// <summary>The supplier's number in the finance system (tiers), when known.</summary>
    public string? AccountNumber { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool IsActive { get; set; } = true;

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
