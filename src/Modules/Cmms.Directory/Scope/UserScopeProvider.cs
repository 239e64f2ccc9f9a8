using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Scope;

internal sealed class UserScopeProvider(DbContext db) : IUserScopeProvider
{
    private UserScope? cached;

    public async Task<UserScope> GetAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        if (cached is not null)
        {
            return cached;
        }

        if (!user.IsAuthenticated || user.OrganisationId is null)
        {
            return UserScope.Nothing;
        }

        var roles = Roles.All.Append(Roles.ApiClient).Where(user.IsInRole).ToList();
        var byRoles = UserScope.For(roles, [], []);
        if (user.UserId is not { } userId || (byRoles.AllServices && byRoles.AllSites))
        {
            // The roles already reach everything: assignments cannot add to it, no need to read them.
            return cached = byRoles;
        }

        var membership = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new
            {
                Services = m.ManagedServices.Select(s => s.ServiceId).ToList(),
                Sites = m.ReferentSites.Select(s => s.SiteId).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return cached = membership is null
            ? UserScope.Nothing
            : UserScope.For(roles, membership.Services, membership.Sites);
    }
}
