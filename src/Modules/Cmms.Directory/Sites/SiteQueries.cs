using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Sites;

/// <summary>The sites a person may see: all of them, or for a referent only those they answer for. Shared by page and API.</summary>
internal static class SiteQueries
{
    public static async Task<IQueryable<Site>> ScopedAsync(DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var sites = db.Sites.AsNoTracking();
        return scope.AllSites ? sites : sites.Where(s => scope.SiteIds.Contains(s.Id));
    }
}
