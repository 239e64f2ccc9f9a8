using Cmms.Directory.Agents;
using Cmms.Directory.ApiKeys;
using Cmms.Directory.Organisations;
using Cmms.Directory.Services;
using Cmms.Directory.Sites;
using Cmms.Directory.Teams;
using Cmms.Directory.Trades;
using Cmms.Directory.Users;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests;

/// <summary>Ids of one demo organisation's rows, read past the organisation filter to arrange tests.</summary>
public sealed record DemoIds(Guid Organisation, Guid User, Guid Service, Guid Team, Guid Trade, Guid Agent, Guid Rate, Guid Site, Guid ApiKey)
{
    public const string City = "VALBRUNE";
    public const string Agglo = "VALAGGLO";

    public static Task<DemoIds> LoadAsync(CmmsFactory factory, string organisationCode) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var org = await db.Set<Organisation>().SingleAsync(o => o.Code == organisationCode);
        IQueryable<T> Of<T>()
            where T : class, Kernel.Domain.IOrganisationOwned => db.Set<T>().IgnoreQueryFilters().Where(e => e.OrganisationId == org.Id);
        var agent = await Of<Agent>().OrderBy(e => e.Id).Select(a => a.Id).FirstAsync();
        return new DemoIds(
            org.Id,
            // A person of this organisation only: someone who belongs to both is rightly visible from both.
            await Of<Membership>()
                .Where(m => !db.Set<Membership>().IgnoreQueryFilters().Any(o => o.UserId == m.UserId && o.OrganisationId != org.Id))
                .OrderBy(m => m.Id).Select(m => m.UserId).FirstAsync(),
            await Of<Service>().OrderBy(e => e.Id).Select(s => s.Id).FirstAsync(),
            await Of<Team>().OrderBy(e => e.Id).Select(t => t.Id).FirstAsync(),
            await Of<Trade>().OrderBy(e => e.Id).Select(t => t.Id).FirstAsync(),
            agent,
            await Of<AgentRate>().Where(r => r.AgentId == agent).OrderBy(r => r.EffectiveFrom).Select(r => r.Id).FirstAsync(),
            await Of<Site>().OrderBy(e => e.Id).Select(s => s.Id).FirstAsync(),
            await Of<ApiKey>().OrderBy(e => e.Id).Select(k => k.Id).FirstAsync());
    });
}
