using Cmms.Kernel.Domain;
using Cmms.Kernel.Time;
using Cmms.Works.Notifications;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Requests;

/// <summary>How the manager plans the work when validating a request.</summary>
internal sealed record ValidationPlan(
    WorkOrderType Type, Priority? Priority, Guid? TeamId, IReadOnlyCollection<Guid> AgentIds, string? Contractor,
    DateOnly? PlannedStart, DateOnly? PlannedEnd, IReadOnlyList<string> Tasks, string? Comment);

/// <summary>
/// The decisions on a request, by its service's manager and by its referent. Each loads the request at
/// the version the person saw: if someone decided meanwhile, the save fails as a conflict and nothing
/// is written (so two managers validating at once make one work order, not two).
/// </summary>
internal sealed class Decisions(DbContext db, WorkOrderFlow workOrders, Notifier notifier, IClock clock)
{
    public async Task<WorkOrder> ValidateAsync(Guid requestId, int? version, ValidationPlan plan, Actor by, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await LoadAsync(requestId, version, cancellationToken);
        db.RequestEvents.Add(request.MoveTo(RequestStatus.Validated, clock.UtcNow, by.UserId, by.Name, plan.Comment));

        // Everything the referent said and sent goes with the work: nothing re-typed, nothing lost.
        var order = await workOrders.CreateAsync(
            new NewWorkOrder(
                plan.Type, plan.Priority ?? UrgencyDelays.Priority(request.Urgency), request.Title, request.Description, request.SiteId,
                request.AssetModule, request.AssetId, request.AssetLabel, request.Location, request.Latitude, request.Longitude,
                request.ServiceId, plan.TeamId, plan.AgentIds, plan.Contractor, plan.PlannedStart, plan.PlannedEnd, request.DueAtUtc, plan.Tasks),
            by, request.OrganisationId, request.Id, request.RequesterUserId, request.RequesterName, cancellationToken);
        request.WorkOrderId = order.Id;
        await db.Attachments.Where(a => a.RequestId == request.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.WorkOrderId, order.Id), cancellationToken);
        await NotifyReferentAsync(request, by, NotificationKind.RequestValidated, plan.Comment, cancellationToken);
        await workOrders.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return order;
    }

    public Task RejectAsync(Guid requestId, int? version, string reason, Actor by, CancellationToken cancellationToken) =>
        DecideAsync(requestId, version, RequestStatus.Rejected, reason, by, NotificationKind.RequestRejected, cancellationToken);

    public Task AskInformationAsync(Guid requestId, int? version, string question, Actor by, CancellationToken cancellationToken) =>
        DecideAsync(requestId, version, RequestStatus.InformationRequested, question, by, NotificationKind.InformationRequested, cancellationToken);

    /// <summary>Marks a request as the same problem as another, still open, request; the referent follows that one.</summary>
    public async Task MarkDuplicateAsync(Guid requestId, int? version, Guid originalId, Actor by, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(requestId, version, cancellationToken);
        var original = await db.Requests.AsNoTracking().Where(r => r.Id == originalId && r.Id != requestId)
            .Select(r => new { r.Number, r.Status }).FirstOrDefaultAsync(cancellationToken);
        if (original is null || !RequestWorkflow.IsOpen(original.Status))
        {
            throw new WorkflowException("The original request is not an open request.", "Choose an open request as the original.");
        }

        request.DuplicateOfId = originalId;
        db.RequestEvents.Add(request.MoveTo(RequestStatus.Duplicate, clock.UtcNow, by.UserId, by.Name, original.Number));
        await NotifyReferentAsync(request, by, NotificationKind.RequestRejected, original.Number, cancellationToken);
        await workOrders.SaveAsync(cancellationToken);
    }

    /// <summary>The referent answers the manager's question: the request goes back to the inbox.</summary>
    public async Task AnswerAsync(Guid requestId, int? version, string answer, Actor by, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(requestId, version, cancellationToken);
        db.RequestEvents.Add(request.MoveTo(RequestStatus.Submitted, clock.UtcNow, by.UserId, by.Name, answer));
        await notifier.NotifyManagersAsync(request.ServiceId, by.UserId, NotificationKind.RequestAnswered, request.Number, request.Title, answer, WorksUrls.Request(request.Id), cancellationToken);
        await workOrders.SaveAsync(cancellationToken);
    }

    public async Task WithdrawAsync(Guid requestId, int? version, string? comment, Actor by, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(requestId, version, cancellationToken);
        db.RequestEvents.Add(request.MoveTo(RequestStatus.Withdrawn, clock.UtcNow, by.UserId, by.Name, comment));
        await workOrders.SaveAsync(cancellationToken);
    }

    /// <summary>The referent confirms the work was done: the request and its work order close.</summary>
    public Task ConfirmAsync(Guid requestId, int? version, string? comment, Actor by, CancellationToken cancellationToken) =>
        FollowUpAsync(requestId, version, WorkOrderStatus.Closed, comment, by, cancellationToken);

    /// <summary>The referent says the problem is still there: the work order goes back to work, the managers are told.</summary>
    public Task ReopenAsync(Guid requestId, int? version, string comment, Actor by, CancellationToken cancellationToken) =>
        FollowUpAsync(requestId, version, WorkOrderStatus.InProgress, comment, by, cancellationToken);

    private async Task FollowUpAsync(Guid requestId, int? version, WorkOrderStatus to, string? comment, Actor by, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(requestId, version, cancellationToken);
        if (request.Status != RequestStatus.Done || request.WorkOrderId is not { } workOrderId)
        {
            throw new WorkflowException($"Request {request.Number} is {request.Status}, not done.", "This request can no longer be changed that way.");
        }

        var order = await db.WorkOrders.Include(w => w.Assignments).SingleAsync(w => w.Id == workOrderId, cancellationToken);
        await workOrders.MoveAsync(order, to, by, comment, null, cancellationToken);
        await workOrders.SaveAsync(cancellationToken);
    }

    private async Task DecideAsync(Guid requestId, int? version, RequestStatus to, string reason, Actor by, NotificationKind tell, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(requestId, version, cancellationToken);
        db.RequestEvents.Add(request.MoveTo(to, clock.UtcNow, by.UserId, by.Name, reason));
        await NotifyReferentAsync(request, by, tell, reason, cancellationToken);
        await workOrders.SaveAsync(cancellationToken);
    }

    private async Task NotifyReferentAsync(InterventionRequest request, Actor by, NotificationKind kind, string? detail, CancellationToken cancellationToken)
    {
        if (request.RequesterUserId is { } referent)
        {
            await notifier.NotifyAsync([referent], by.UserId, kind, request.Number, request.Title, detail, WorksUrls.Request(request.Id), cancellationToken);
        }
    }

    /// <summary>The request as the person saw it: a different version is a conflict before anything is decided.</summary>
    private async Task<InterventionRequest> LoadAsync(Guid requestId, int? version, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new KeyNotFoundException($"Request {requestId} not found.");
        if (version is { } seen && seen != request.Version)
        {
            throw new ConcurrencyConflictException(request.UpdatedBy, request.UpdatedAtUtc);
        }

        // Saved even when only events are added, so that the version check guards every decision.
        db.Entry(request).State = EntityState.Modified;
        return request;
    }
}
