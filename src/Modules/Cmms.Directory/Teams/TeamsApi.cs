using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Teams;

public sealed record TeamDto(Guid Id, Guid ServiceId, string Name, int ActiveAgents);

internal static class TeamsApi
{
    public static void MapTeamsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("teams", "Services and teams");
        group.MapGet("", async Task<Ok<List<TeamDto>>> (Guid? serviceId, DbContext db, CancellationToken cancellationToken) =>
            {
                var agents = db.Agents.Where(a => a.IsActive);
                return TypedResults.Ok(await db.Teams.AsNoTracking()
                    .Where(t => serviceId == null || t.ServiceId == serviceId)
                    .OrderBy(t => t.Name)
                    .Select(t => new TeamDto(t.Id, t.ServiceId, t.Name, agents.Count(a => a.TeamId == t.Id)))
                    .ToListAsync(cancellationToken));
            })
            .RequireRoles([.. Roles.All, Roles.ApiClient]);
    }
}
