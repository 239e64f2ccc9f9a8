using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Attachments;

/// <summary>
/// Who may see a request or a work order, and so its photos: the requester, the referents of its site,
/// the managers of its service, the administrators and finance of the organisation, and, for a work
/// order, the agents assigned to it or in its team. One rule, used by every page that serves photos.
/// </summary>
internal sealed class AttachmentAccess(DbContext db, IUserScopeProvider scopes, IDirectory directory, ICurrentUser user)
{
    private UserScope? scope;

    /// <summary>May the current person see a photo attached to this request and/or this work order?</summary>
    public async Task<bool> CanSeeAsync(Guid? requestId, Guid? workOrderId, CancellationToken cancellationToken) =>
        (requestId is { } r && await CanSeeRequestAsync(r, cancellationToken))
        || (workOrderId is { } w && await CanSeeWorkOrderAsync(w, cancellationToken));

    public async Task<bool> CanSeeRequestAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.SiteId, r.ServiceId, r.RequesterUserId })
            .FirstOrDefaultAsync(cancellationToken);
        return request is not null && (WholeOrganisation() || await ConcernsAsync(request.SiteId, request.ServiceId, request.RequesterUserId, cancellationToken));
    }

    public async Task<bool> CanSeeWorkOrderAsync(Guid workOrderId, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.AsNoTracking().Where(w => w.Id == workOrderId)
            .Select(w => new { w.SiteId, w.ServiceId, w.TeamId, w.RequestId, w.RequesterUserId, Agents = w.Assignments.Select(a => a.AgentId).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return false;
        }

        if (WholeOrganisation())
        {
            return true;
        }

        var current = await ScopeAsync(cancellationToken);
        if (current.ServiceIds.Contains(order.ServiceId))
        {
            return true;
        }

        // The referent follows the work done for their request (its "after" photos included).
        if (order.RequestId is not null && await ConcernsAsync(order.SiteId, order.ServiceId, order.RequesterUserId, cancellationToken))
        {
            return true;
        }

        if ((user.IsInRole(Roles.FieldAgent) || user.IsInRole(Roles.Mechanic)) && user.UserId is { } userId
            && await directory.AgentOfUserAsync(userId, cancellationToken) is { IsActive: true } agent)
        {
            return order.Agents.Contains(agent.Id) || (order.TeamId is { } team && agent.TeamId == team);
        }

        return false;
    }

    private bool WholeOrganisation() => user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Finance);

    /// <summary>The requester, a referent of the site or a manager of the service.</summary>
    private async Task<bool> ConcernsAsync(Guid siteId, Guid serviceId, Guid? requesterUserId, CancellationToken cancellationToken)
    {
        if (requesterUserId is { } requester && requester == user.UserId)
        {
            return true;
        }

        var current = await ScopeAsync(cancellationToken);
        return current.SiteIds.Contains(siteId) || current.ServiceIds.Contains(serviceId);
    }

    private async Task<UserScope> ScopeAsync(CancellationToken cancellationToken) => scope ??= await scopes.GetAsync(user, cancellationToken);
}
