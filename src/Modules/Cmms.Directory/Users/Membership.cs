using Cmms.Kernel.Domain;

namespace Cmms.Directory.Users;

/// <summary>A person's place in one organisation: their roles there and the scope those roles cover.</summary>
public sealed class Membership : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    public User? User { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>An inactive membership keeps its history but no longer lets the person act here.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>For a technical service manager: the services they manage.</summary>
    public List<ManagedService> ManagedServices { get; set; } = [];

    /// <summary>For a referent: the sites they answer for.</summary>
    public List<ReferentSite> ReferentSites { get; set; } = [];

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

public sealed class ManagedService : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid MembershipId { get; set; }

    public Guid ServiceId { get; set; }
}

public sealed class ReferentSite : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid MembershipId { get; set; }

    public Guid SiteId { get; set; }
}
