using Cmms.Directory.Agents;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Lookup;

/// <summary>The Directory's answer to <see cref="IDirectory"/>: read-only, untracked, within the organisation filter.</summary>
internal sealed class DirectoryLookup(DbContext db) : IDirectory
{
    public async Task<IReadOnlyList<SiteInfo>> SitesAsync(CancellationToken cancellationToken) =>
        await db.Sites.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SiteInfo(s.Id, s.Code, s.Name, s.Address, s.Latitude, s.Longitude))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ServiceInfo>> ServicesAsync(CancellationToken cancellationToken) =>
        (await db.Services.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken))
            .Select(s => new ServiceInfo(s.Id, s.Code, s.Name, s.Kind.ToString()))
            .ToList();

    public async Task<IReadOnlyList<TeamInfo>> TeamsAsync(CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TeamInfo(t.Id, t.ServiceId, t.Name))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AgentInfo>> AgentsAsync(CancellationToken cancellationToken) =>
        await Project(db.Agents.AsNoTracking().OrderBy(a => a.LastName).ThenBy(a => a.FirstName)).ToListAsync(cancellationToken);

    public async Task<AgentInfo?> AgentOfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await Project(db.Agents.AsNoTracking().Where(a => a.UserId == userId)).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<AgentInfo> Project(IQueryable<Agent> agents)
    {
        var trades = db.Trades;
        return agents.Select(a => new AgentInfo(
            a.Id, a.FirstName + " " + a.LastName,
            trades.Where(t => t.Id == a.TradeId).Select(t => t.Name).FirstOrDefault() ?? "",
            a.TeamId, a.UserId, a.IsActive, a.EmployeeNumber));
    }

    public async Task<IReadOnlyList<AgentRateInfo>> RatesAsync(IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken) =>
        agentIds.Count == 0
            ? []
            : await db.AgentRates.AsNoTracking().Where(r => agentIds.Contains(r.AgentId))
                .Select(r => new AgentRateInfo(r.AgentId, r.EffectiveFrom, r.HourlyCost))
                .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PersonInfo>> ManagersOfServiceAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        var users = db.Users;
        return await db.Memberships.AsNoTracking()
            .Where(m => m.IsActive && m.ManagedServices.Any(s => s.ServiceId == serviceId))
            .Join(users, m => m.UserId, u => u.Id, (m, u) => new PersonInfo(u.Id, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PersonInfo>> PeopleAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        userIds.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
                .Select(u => new PersonInfo(u.Id, u.DisplayName, u.Email))
                .ToListAsync(cancellationToken);
}
