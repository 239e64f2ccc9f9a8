using Cmms.Kernel.Security;

namespace Cmms.Directory.Contracts;

/// <summary>
/// What part of the organisation a person's roles reach. Other modules filter their lists with it:
/// a referent sees only their sites, a manager only their services. Its sites answer the kernel's
/// <see cref="ISiteScope"/>, which the kernel's register pieces filter with.
/// </summary>
public sealed record UserScope(bool AllServices, IReadOnlySet<Guid> ServiceIds, bool AllSites, IReadOnlySet<Guid> SiteIds) : ISiteScope
{
    public static readonly UserScope Nothing = new(false, new HashSet<Guid>(), false, new HashSet<Guid>());

    public bool CanSeeService(Guid serviceId) => AllServices || ServiceIds.Contains(serviceId);

    public bool CanSeeSite(Guid siteId) => AllSites || SiteIds.Contains(siteId);

    /// <summary>The rule, from roles and assignments: the broadest role wins, assignments add to it.</summary>
    public static UserScope For(IReadOnlyCollection<string> roles, IEnumerable<Guid> managedServices, IEnumerable<Guid> referentSites)
    {
        string[] wholeOrganisation = [Roles.Administrator, Roles.Finance, Roles.HumanResources, Roles.Storekeeper, Roles.ApiClient];
        string[] everySite = [Roles.ServiceManager, Roles.FieldAgent, Roles.Mechanic];
        var all = roles.Intersect(wholeOrganisation).Any();
        var services = roles.Contains(Roles.ServiceManager) ? managedServices.ToHashSet() : [];
        var sites = roles.Contains(Roles.Referent) ? referentSites.ToHashSet() : [];
        return new UserScope(all, services, all || roles.Intersect(everySite).Any(), sites);
    }
}

/// <summary>The scope of the person acting now, read from the Directory.</summary>
public interface IUserScopeProvider
{
    Task<UserScope> GetAsync(ICurrentUser user, CancellationToken cancellationToken);
}
