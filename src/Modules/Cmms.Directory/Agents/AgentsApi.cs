using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Agents;

/// <param name="HourlyCost">The rate in effect today; null for callers not entitled to see pay data.</param>
public sealed record AgentDto(Guid Id, string EmployeeNumber, string FirstName, string LastName, Guid TradeId, string Trade, Guid? TeamId, bool IsActive, decimal? HourlyCost);

public sealed record AgentRateDto(DateOnly EffectiveFrom, decimal HourlyCost);

public sealed record AgentDetailDto(AgentDto Agent, IReadOnlyList<AgentRateDto>? Rates);

internal static class AgentsApi
{
    private static readonly string[] Readers = [Roles.ApiClient, Roles.Administrator, Roles.ServiceManager, Roles.HumanResources, Roles.Finance];

    public static void MapAgentsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("agents", "Agents");
        group.MapGet("", List).RequireRoles(Readers).Validated<PageRequest>();
        group.MapGet("{id:guid}", Get).RequireRoles(Readers);
    }

    private static async Task<Ok<Paged<AgentDto>>> List(
        [AsParameters] PageRequest paging, string? q, Guid? teamId, DbContext db, IUserScopeProvider scopes, ICurrentUser user, IClock clock, CancellationToken cancellationToken)
    {
        var agents = AgentQueries.Search(await AgentQueries.ScopedAsync(db, scopes, user, cancellationToken), q, teamId);
        var today = ParisTime.Today(clock);
        var pay = SeesPay(user);
        var trades = db.Trades;
        var items = await agents.OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ThenBy(a => a.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(a => new AgentDto(a.Id, a.EmployeeNumber, a.FirstName, a.LastName, a.TradeId,
                trades.Where(t => t.Id == a.TradeId).Select(t => t.Name).First(), a.TeamId, a.IsActive,
                pay ? a.Rates.Where(r => r.EffectiveFrom <= today).OrderByDescending(r => r.EffectiveFrom).Select(r => (decimal?)r.HourlyCost).FirstOrDefault() : null))
            .ToListAsync(cancellationToken);
        var total = await agents.TotalAsync(paging, items.Count, cancellationToken);
        return TypedResults.Ok(new Paged<AgentDto>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<AgentDetailDto>, NotFound>> Get(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, IClock clock, CancellationToken cancellationToken)
    {
        var agent = await (await AgentQueries.ScopedAsync(db, scopes, user, cancellationToken)).Include(a => a.Rates)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agent is null)
        {
            return TypedResults.NotFound();
        }

        var trade = await db.Trades.Where(t => t.Id == agent.TradeId).Select(t => t.Name).FirstAsync(cancellationToken);
        var pay = SeesPay(user);
        var current = RateRules.RateAt(agent.Rates, r => r.EffectiveFrom, ParisTime.Today(clock));
        var dto = new AgentDto(agent.Id, agent.EmployeeNumber, agent.FirstName, agent.LastName, agent.TradeId, trade, agent.TeamId, agent.IsActive, pay ? current?.HourlyCost : null);
        var rates = pay ? agent.Rates.OrderBy(r => r.EffectiveFrom).Select(r => new AgentRateDto(r.EffectiveFrom, r.HourlyCost)).ToList() : null;
        return TypedResults.Ok(new AgentDetailDto(dto, rates));
    }

    // Pay data is for administrators, HR, finance and the organisation's systems; a manager sees people, not salaries.
    private static bool SeesPay(ICurrentUser user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.HumanResources) || user.IsInRole(Roles.Finance) || user.IsInRole(Roles.ApiClient);
}
