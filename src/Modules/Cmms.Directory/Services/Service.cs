using Cmms.Kernel.Domain;

namespace Cmms.Directory.Services;

/// <summary>A technical service (buildings, green spaces, roads, fleet workshop…): it receives work and has teams.</summary>
public sealed class Service : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public ServiceKind Kind { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

public enum ServiceKind
{
    Buildings,
    GreenSpaces,
    Roads,
    FleetWorkshop,
    Stores,
    Other,
}
