using Cmms.Kernel.Domain;

namespace Cmms.Directory.Sites;

/// <summary>
/// A place the organisation looks after (a school, the town hall, a park, a depot). Sites are the
/// unit of scope: a referent answers for sites, and requests and assets hang under a site.
/// </summary>
public sealed class Site : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public SiteKind Kind { get; set; }

    public string? Address { get; set; }

    public string? PostCode { get; set; }

    public string? City { get; set; }

    /// <summary>WGS84 position of the main entrance, for the map and directions.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

public enum SiteKind
{
    TownHall,
    School,
    Nursery,
    Gymnasium,
    Library,
    CulturalVenue,
    Park,
    Cemetery,
    Depot,
    Other,
}
