using Cmms.Directory.Contracts;
using Cmms.Works.Requests;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Inbox;

/// <summary>The filters of the inbox, as the query string carries them.</summary>
public sealed record InboxFilter(Guid? Service, Guid? Site, RequestCategory? Category, Urgency? Urgency, RequestStatus Status, int Page);

public sealed record InboxRow(
    Guid Id, string Number, string Title, Guid SiteId, string Site, RequestCategory Category, Urgency Urgency,
    RequestStatus Status, string RequesterName, DateTime SubmittedAtUtc, DateTime StatusChangedAtUtc, DateTime DueAtUtc, bool Late, TimeSpan Age);

/// <summary>How many requests wait in each status the inbox offers, and how many of them are late.</summary>
public sealed record InboxCount(RequestStatus Status, int Count, int Late);

public sealed record InboxPage(
    InboxFilter Filter, Kernel.Web.Paged<InboxRow> Rows, IReadOnlyList<InboxCount> Counts,
    IReadOnlyList<ServiceInfo> Services, IReadOnlyList<SiteInfo> Sites);

/// <summary>
/// The manager's inbox: one query for the page and one grouped count, projections only, on the index
/// (organisation, service, status, due date). Ordered by due date, the late requests come first.
/// </summary>
internal static class InboxQueries
{
    /// <summary>The statuses the inbox lists: waiting for a decision, or for the referent's answer.</summary>
    public static readonly RequestStatus[] Statuses = [RequestStatus.Submitted, RequestStatus.InformationRequested];

    public static IQueryable<InterventionRequest> InScope(DbContext db, UserScope scope)
    {
        var requests = db.Requests.AsNoTracking();
        return scope.AllServices ? requests : requests.Where(r => scope.ServiceIds.Contains(r.ServiceId));
    }

    public static async Task<InboxPage> PageAsync(DbContext db, IDirectory directory, UserScope scope, InboxFilter filter, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var requests = InScope(db, scope);
        if (filter.Service is { } service)
        {
            requests = requests.Where(r => r.ServiceId == service);
        }

        if (filter.Site is { } site)
        {
            requests = requests.Where(r => r.SiteId == site);
        }

        if (filter.Category is { } category)
        {
            requests = requests.Where(r => r.Category == category);
        }

        if (filter.Urgency is { } urgency)
        {
            requests = requests.Where(r => r.Urgency == urgency);
        }

        var statuses = Statuses;
        var grouped = await requests.Where(r => statuses.Contains(r.Status))
            .GroupBy(r => r.Status)
            .Select(g => new { g.Key, Count = g.Count(), Late = g.Count(r => r.DueAtUtc < nowUtc) })
            .ToListAsync(cancellationToken);
        var counts = Statuses.Select(s => grouped.FirstOrDefault(g => g.Key == s) is { } g ? new InboxCount(s, g.Count, g.Late) : new InboxCount(s, 0, 0)).ToList();

        var paging = new Kernel.Web.PageRequest(Math.Max(1, filter.Page));
        var status = filter.Status;
        var rows = await requests.Where(r => r.Status == status)
            .OrderBy(r => r.DueAtUtc).ThenBy(r => r.Number)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(r => new { r.Id, r.Number, r.Title, r.SiteId, r.Category, r.Urgency, r.Status, r.RequesterName, r.SubmittedAtUtc, r.StatusChangedAtUtc, r.DueAtUtc })
            .ToListAsync(cancellationToken);

        var sites = await directory.SitesAsync(cancellationToken);
        var siteNames = sites.ToDictionary(s => s.Id, s => s.Name);
        var services = (await directory.ServicesAsync(cancellationToken)).Where(s => scope.CanSeeService(s.Id)).ToList();
        var total = counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
        var items = rows.Select(r => new InboxRow(
            r.Id, r.Number, r.Title, r.SiteId, siteNames.GetValueOrDefault(r.SiteId, "?"), r.Category, r.Urgency, r.Status, r.RequesterName,
            r.SubmittedAtUtc, r.StatusChangedAtUtc, r.DueAtUtc, r.DueAtUtc < nowUtc, nowUtc - r.StatusChangedAtUtc)).ToList();
        return new InboxPage(filter, new Kernel.Web.Paged<InboxRow>(items, paging.Page, paging.PageSize, total), counts, services, sites);
    }
}
