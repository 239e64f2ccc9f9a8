using Cmms.Kernel.Domain;

namespace Cmms.Directory.Trades;

/// <summary>A trade (métier): plumber, electrician, gardener, mechanic… Each organisation keeps its own list.</summary>
public sealed class Trade : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
