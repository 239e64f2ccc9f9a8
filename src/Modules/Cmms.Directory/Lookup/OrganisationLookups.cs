using Cmms.Directory.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Lookup;

internal sealed class OrganisationList(DbContext db) : IOrganisationList
{
    public async Task<IReadOnlyList<OrganisationInfo>> AllAsync(CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().OrderBy(o => o.Code)
            .Select(o => new OrganisationInfo(o.Id, o.Code, o.Name))
            .ToListAsync(cancellationToken);
}

internal sealed class SiteReferents(DbContext db) : ISiteReferents
{
    public async Task<IReadOnlyList<SiteReferentInfo>> AllAsync(CancellationToken cancellationToken)
    {
        var memberships = db.Memberships;
        var users = db.Users;
        return await db.ReferentSites.AsNoTracking()
            .Join(memberships.Where(m => m.IsActive), r => r.MembershipId, m => m.Id, (r, m) => new { r.SiteId, m.UserId })
            .Join(users, x => x.UserId, u => u.Id, (x, u) => new SiteReferentInfo(x.SiteId, u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }
}
