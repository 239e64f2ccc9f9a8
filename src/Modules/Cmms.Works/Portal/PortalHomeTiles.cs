using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Cmms.Works.Requests;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Portal;

/// <summary>A referent's figures: their requests still open, and those done that wait for their word.</summary>
internal sealed class PortalHomeTiles(DbContext db, IUserScopeProvider scopes) : IHomeTileProvider
{
    public async Task<IReadOnlyList<HomeTile>> GetTilesAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Referent))
        {
            return [];
        }

        var me = user.UserId ?? Guid.Empty;
        var sites = (await scopes.GetAsync(user, cancellationToken)).SiteIds.ToList();
        var open = RequestWorkflow.OpenStatuses;
        var mine = db.Requests.AsNoTracking().Where(r => r.RequesterUserId == me || sites.Contains(r.SiteId));
        return
        [
            new HomeTile("My open requests", await mine.CountAsync(r => open.Contains(r.Status), cancellationToken), "/requests?status=open", 5),
            new HomeTile("To confirm", await mine.CountAsync(r => r.Status == RequestStatus.Done, cancellationToken), "/requests?status=open", 6),
        ];
    }
}
