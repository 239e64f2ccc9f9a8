using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Agents;

/// <summary>The agents a person may see (a manager: those of their services' teams) and the list's filters, shared by page and API.</summary>
internal static class AgentQueries
{
    public static async Task<IQueryable<Agent>> ScopedAsync(DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var agents = db.Agents.AsNoTracking();
        if (scope.AllServices)
        {
            return agents;
        }

        var teams = db.Teams.Where(t => scope.ServiceIds.Contains(t.ServiceId)).Select(t => t.Id);
        return agents.Where(a => a.TeamId != null && teams.Contains(a.TeamId.Value));
    }

    public static IQueryable<Agent> Search(IQueryable<Agent> agents, string? q, Guid? teamId)
    {
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            agents = agents.Where(a => a.LastName.ToUpper().Contains(term) || a.FirstName.ToUpper().Contains(term) || a.EmployeeNumber.ToUpper().Contains(term));
        }

        return teamId is { } team ? agents.Where(a => a.TeamId == team) : agents;
    }
}
