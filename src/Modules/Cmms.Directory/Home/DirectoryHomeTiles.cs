using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Home;

/// <summary>The Directory's figures on each home page, counted within the person's scope.</summary>
internal sealed class DirectoryHomeTiles(DbContext db, IUserScopeProvider scopes) : IHomeTileProvider
{
    public async Task<IReadOnlyList<HomeTile>> GetTilesAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var tiles = new List<HomeTile>();
        var sites = db.Sites.AsQueryable();
        if (!scope.AllSites)
        {
            sites = sites.Where(s => scope.SiteIds.Contains(s.Id));
        }

        if (scope.AllSites || scope.SiteIds.Count > 0)
        {
            tiles.Add(new HomeTile(scope.AllSites ? "Sites" : "My sites", await sites.CountAsync(cancellationToken), "/sites", 10));
        }

        var agents = db.Agents.Where(a => a.IsActive);
        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.HumanResources) || user.IsInRole(Roles.Finance))
        {
            tiles.Add(new HomeTile("Active agents", await agents.CountAsync(cancellationToken), "/agents", 20));
            tiles.Add(new HomeTile("Services", await db.Services.CountAsync(cancellationToken), user.IsInRole(Roles.Administrator) ? "/admin/services" : null, 30));
            tiles.Add(new HomeTile("Teams", await db.Teams.CountAsync(cancellationToken), user.IsInRole(Roles.Administrator) ? "/admin/teams" : null, 40));
        }
        else if (user.IsInRole(Roles.ServiceManager))
        {
            var teamIds = db.Teams.Where(t => scope.ServiceIds.Contains(t.ServiceId)).Select(t => t.Id);
            tiles.Add(new HomeTile("My services", scope.ServiceIds.Count, null, 20));
            tiles.Add(new HomeTile("Teams in my services", await teamIds.CountAsync(cancellationToken), null, 30));
            tiles.Add(new HomeTile("Agents in my services", await agents.CountAsync(a => a.TeamId != null && teamIds.Contains(a.TeamId.Value), cancellationToken), "/agents", 40));
        }

        if (user.UserId is { } userId && (user.IsInRole(Roles.FieldAgent) || user.IsInRole(Roles.Mechanic)))
        {
            var teamId = await agents.Where(a => a.UserId == userId).Select(a => a.TeamId).FirstOrDefaultAsync(cancellationToken);
            tiles.Add(new HomeTile("Colleagues in my team", teamId is null ? 0 : await agents.CountAsync(a => a.TeamId == teamId && a.UserId != userId, cancellationToken), null, 20));
        }

        if (user.IsInRole(Roles.Administrator))
        {
            tiles.Add(new HomeTile("Users", await db.Memberships.CountAsync(m => m.IsActive, cancellationToken), "/admin/users", 50));
            tiles.Add(new HomeTile("Active API keys", await db.ApiKeys.CountAsync(k => k.RevokedAtUtc == null, cancellationToken), "/admin/api-keys", 60));
        }

        if (user.IsInRole(Roles.HumanResources) || user.IsInRole(Roles.Finance))
        {
            tiles.Add(new HomeTile("Trades", await db.Trades.CountAsync(cancellationToken), null, 70));
        }

        return tiles;
    }
}
