using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Ui;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Inbox;

/// <summary>A manager's figures on the home page: requests to decide, late work, work under way, in their services.</summary>
internal sealed class ManagerHomeTiles(DbContext db, IUserScopeProvider scopes, IClock clock) : IHomeTileProvider
{
    public async Task<IReadOnlyList<HomeTile>> GetTilesAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.ServiceManager) && !user.IsInRole(Roles.Administrator))
        {
            return [];
        }

        var scope = await scopes.GetAsync(user, cancellationToken);
        var now = clock.UtcNow;
        var toDecide = await InboxQueries.InScope(db, scope).CountAsync(r => r.Status == RequestStatus.Submitted, cancellationToken);

        // Open work and late work in one grouped query.
        var open = WorkOrderWorkflow.OpenStatuses;
        var orders = db.WorkOrders.AsNoTracking();
        if (!scope.AllServices)
        {
            orders = orders.Where(w => scope.ServiceIds.Contains(w.ServiceId));
        }

        var counts = await orders.Where(w => open.Contains(w.Status)).GroupBy(w => 1)
            .Select(g => new { Open = g.Count(), Late = g.Count(w => w.DueAtUtc < now) })
            .FirstOrDefaultAsync(cancellationToken);
        return
        [
            new HomeTile("Requests to decide", toDecide, "/inbox", 1),
            new HomeTile("Late work orders", counts?.Late ?? 0, "/work-orders?late=true", 2),
            new HomeTile("Work orders under way", counts?.Open ?? 0, "/work-orders", 3),
        ];
    }
}
