using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Data;
using Cmms.Kernel.Time;
using Cmms.Works.Attachments;
using Cmms.Works.Notifications;
using Cmms.Works.Numbering;
using Cmms.Works.Routing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Requests;

/// <summary>What a request is made of, whoever makes it (the portal, the API, the demo).</summary>
internal sealed record NewRequest(
    Guid SiteId, AssetSummary? Asset, RequestCategory Category, Urgency Urgency, string Title, string Description,
    string? Location, double? Latitude, double? Longitude, RequestChannel Channel, string? ExternalReference,
    string? RequesterContact, IReadOnlyList<Photo> Photos);

/// <summary>
/// Records a request: numbers it, routes it to a service, keeps its photos, and tells the service's
/// managers. Everything is written in one transaction, or nothing is.
/// </summary>
internal sealed class Submission(DbContext db, Notifier notifier, IDirectory directory, IWriteGate gate, IClock clock)
{
    public async Task<InterventionRequest> SubmitAsync(NewRequest input, Actor requester, Guid organisationId, CancellationToken cancellationToken)
    {
        // Read first: on SQLite the transaction holds the one write lock, so it covers only the writes.
        var serviceId = await RouteAsync(input.Category, input.SiteId, cancellationToken);
        var managers = await notifier.ManagersOfAsync(serviceId, requester.UserId, cancellationToken);
        using var turn = await gate.EnterAsync(cancellationToken);
        var now = clock.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await Numbers.NextAsync(db, organisationId, Numbers.Requests, YearlyNumbers.YearOf(now), cancellationToken);
        var request = new InterventionRequest
        {
            OrganisationId = organisationId, Number = number, SiteId = input.SiteId,
            AssetModule = input.Asset?.Ref.Module, AssetId = input.Asset?.Ref.Id, AssetLabel = input.Asset?.Label,
            Category = input.Category, Urgency = input.Urgency, Title = input.Title.Trim(), Description = input.Description.Trim(),
            Location = input.Location?.Trim(), Latitude = input.Latitude, Longitude = input.Longitude,
            ServiceId = serviceId, RequesterUserId = requester.UserId, RequesterName = requester.Name,
            RequesterContact = input.RequesterContact, Channel = input.Channel, ExternalReference = input.ExternalReference,
            SubmittedAtUtc = now, DueAtUtc = UrgencyDelays.DueAtUtc(input.Urgency, now),
            Status = RequestStatus.Submitted, StatusChangedAtUtc = now,
        };
        db.Requests.Add(request);
        db.RequestEvents.Add(new RequestEvent
        {
            RequestId = request.Id, AtUtc = now, ByUserId = requester.UserId, ByName = requester.Name, To = RequestStatus.Submitted,
        });
        foreach (var photo in input.Photos)
        {
            db.Attachments.Add(photo.ToAttachment(AttachmentStage.Request, requester, now, requestId: request.Id));
        }

        notifier.Add(managers, NotificationKind.NewRequest, number, request.Title, null, WorksUrls.Request(request.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return request;
    }

    /// <summary>The service the organisation's rules send this category on this site to.</summary>
    public async Task<Guid> RouteAsync(RequestCategory category, Guid siteId, CancellationToken cancellationToken)
    {
        var rules = await db.RoutingRules.AsNoTracking()
            .Where(r => (r.Category == category || r.Category == null) && (r.SiteId == siteId || r.SiteId == null))
            .ToListAsync(cancellationToken);
        var fallback = await db.WorksSettings.AsNoTracking().Select(s => (Guid?)s.DefaultServiceId).FirstOrDefaultAsync(cancellationToken)
            ?? (await directory.ServicesAsync(cancellationToken)).OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => (Guid?)s.Id).FirstOrDefault()
            ?? throw new WorkflowException("The organisation has no service to send requests to.", "No service can receive requests yet: ask an administrator to create one.");
        return Router.Route(rules, category, siteId, fallback);
    }
}
