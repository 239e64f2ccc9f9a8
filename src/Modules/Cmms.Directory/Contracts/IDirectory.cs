namespace Cmms.Directory.Contracts;

public sealed record SiteInfo(Guid Id, string Code, string Name, string? Address, double? Latitude, double? Longitude);

public sealed record ServiceInfo(Guid Id, string Code, string Name, string Kind);

public sealed record TeamInfo(Guid Id, Guid ServiceId, string Name);

/// <param name="EmployeeNumber">The payroll's employee number (matricule), what HR matches hours on.</param>
public sealed record AgentInfo(Guid Id, string FullName, string Trade, Guid? TeamId, Guid? UserId, bool IsActive, string EmployeeNumber = "");

public sealed record AgentRateInfo(Guid AgentId, DateOnly EffectiveFrom, decimal HourlyCost);

/// <summary>A person who may be told something: their e-mail and the language they read.</summary>
public sealed record PersonInfo(Guid UserId, string DisplayName, string? Email);

/// <summary>
/// What other modules may read of the Directory, for the organisation being acted for: the reference
/// lists their forms offer, who an agent is, what an hour of theirs cost on a day, and who manages or
/// answers for what (the people to notify).
/// </summary>
public interface IDirectory
{
    Task<IReadOnlyList<SiteInfo>> SitesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ServiceInfo>> ServicesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<TeamInfo>> TeamsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<AgentInfo>> AgentsAsync(CancellationToken cancellationToken);

    /// <summary>The agent record of a signed-in person (a field agent or a mechanic), if they have one.</summary>
    Task<AgentInfo?> AgentOfUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Every rate of these agents; the rate of a day is the latest one started on or before it.</summary>
    Task<IReadOnlyList<AgentRateInfo>> RatesAsync(IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken);

    /// <summary>Active members who manage this service (technical service managers).</summary>
    Task<IReadOnlyList<PersonInfo>> ManagersOfServiceAsync(Guid serviceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PersonInfo>> PeopleAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}

public sealed record OrganisationInfo(Guid Id, string Code, string Name);

public sealed record SiteReferentInfo(Guid SiteId, Guid UserId, string DisplayName);

/// <summary>
/// Every organisation of the deployment: what background work (mail, scheduled jobs, the demo) walks
/// through, acting for each in turn with <c>IOrganisationContext.Use</c>.
/// </summary>
public interface IOrganisationList
{
    Task<IReadOnlyList<OrganisationInfo>> AllAsync(CancellationToken cancellationToken);
}

/// <summary>The referents of the organisation's sites (who answers for which site).</summary>
public interface ISiteReferents
{
    Task<IReadOnlyList<SiteReferentInfo>> AllAsync(CancellationToken cancellationToken);
}
