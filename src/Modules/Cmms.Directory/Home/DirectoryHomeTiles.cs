using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Home;

/// <summary>The Directory's figures on each home page, counted within the person's scope, in one round trip.</summary>
internal sealed class DirectoryHomeTiles(DbContext db, IUserScopeProvider scopes) : IHomeTileProvider
{
    private sealed record Counts(int Sites, int ActiveAgents, int Services, int Teams, int ManagedTeams, int ManagedAgents, int Colleagues, int Users, int ApiKeys, int Trades);

    public async Task<IReadOnlyList<HomeTile>> GetTilesAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var userId = user.UserId ?? Guid.Empty;
        var (sites, agents, teams, services, memberships, keys, trades) =
            (db.Sites.AsQueryable(), db.Agents.Where(a => a.IsActive), db.Teams.AsQueryable(), db.Services.AsQueryable(), db.Memberships.AsQueryable(), db.ApiKeys.AsQueryable(), db.Trades.AsQueryable());
        if (!scope.AllSites)
        {
            sites = sites.Where(s => scope.SiteIds.Contains(s.Id));
        }

        var managedTeams = teams.Where(t => scope.ServiceIds.Contains(t.ServiceId)).Select(t => t.Id);
        var myTeam = agents.Where(a => a.UserId == userId).Select(a => a.TeamId);

        // One query: a home page is opened many times a day by everyone.
        var counts = await db.Organisations.Where(o => o.Id == user.OrganisationId)
            .Select(o => new Counts(
                sites.Count(),
                agents.Count(),
                services.Count(),
                teams.Count(),
                managedTeams.Count(),
                agents.Count(a => a.TeamId != null && managedTeams.Contains(a.TeamId.Value)),
                agents.Count(a => a.TeamId != null && myTeam.Contains(a.TeamId) && a.UserId != userId),
                memberships.Count(m => m.IsActive),
                keys.Count(k => k.RevokedAtUtc == null),
                trades.Count()))
            .FirstOrDefaultAsync(cancellationToken);
        return counts is null ? [] : Tiles(user, scope, counts);
    }

    private static List<HomeTile> Tiles(ICurrentUser user, UserScope scope, Counts counts)
    {
        var tiles = new List<HomeTile>();
        var admin = user.IsInRole(Roles.Administrator);
        if (scope.AllSites || scope.SiteIds.Count > 0)
        {
            tiles.Add(new HomeTile(scope.AllSites ? "Sites" : "My sites", counts.Sites, "/sites", 10));
        }

        if (admin || user.IsInRole(Roles.HumanResources) || user.IsInRole(Roles.Finance))
        {
            tiles.Add(new HomeTile("Active agents", counts.ActiveAgents, "/agents", 20));
            tiles.Add(new HomeTile("Services", counts.Services, admin ? "/admin/services" : null, 30));
            tiles.Add(new HomeTile("Teams", counts.Teams, admin ? "/admin/teams" : null, 40));
        }
        else if (user.IsInRole(Roles.ServiceManager))
        {
            tiles.Add(new HomeTile("My services", scope.ServiceIds.Count, null, 20));
            tiles.Add(new HomeTile("Teams in my services", counts.ManagedTeams, null, 30));
            tiles.Add(new HomeTile("Agents in my services", counts.ManagedAgents, "/agents", 40));
        }

        if (user.IsInRole(Roles.FieldAgent) || user.IsInRole(Roles.Mechanic))
        {
            tiles.Add(new HomeTile("Colleagues in my team", counts.Colleagues, null, 20));
        }

        if (admin)
        {
            tiles.Add(new HomeTile("Users", counts.Users, "/admin/users", 50));
            tiles.Add(new HomeTile("Active API keys", counts.ApiKeys, "/admin/api-keys", 60));
        }

        if (user.IsInRole(Roles.HumanResources) || user.IsInRole(Roles.Finance))
        {
            tiles.Add(new HomeTile("Trades", counts.Trades, null, 70));
        }

        return tiles;
    }
}
