using Cmms.Kernel.Domain;

namespace Cmms.Directory.Teams;

/// <summary>A team of agents inside a service (e.g. "Équipe plomberie" of the buildings service).</summary>
public sealed class Team : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public Guid ServiceId { get; set; }

    public required string Name { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
