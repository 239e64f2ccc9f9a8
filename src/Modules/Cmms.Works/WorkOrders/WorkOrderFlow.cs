using Cmms.Directory.Contracts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Parts;
using Cmms.Kernel.Time;
using Cmms.Works.Notifications;
using Cmms.Works.Numbering;
using Cmms.Works.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Works.WorkOrders;

/// <summary>What a new work order is made of, from a validated request or a manager's own decision.</summary>
internal sealed record NewWorkOrder(
    WorkOrderType Type, Priority Priority, string Title, string Description, Guid SiteId,
    string? AssetModule, Guid? AssetId, string? AssetLabel, string? Location, double? Latitude, double? Longitude,
    Guid ServiceId, Guid? TeamId, IReadOnlyCollection<Guid> AgentIds, string? Contractor,
    DateOnly? PlannedStart, DateOnly? PlannedEnd, DateTime DueAtUtc, IReadOnlyList<string> Tasks);

/// <summary>
/// Creates work orders and moves them along their workflow, keeping the request behind each one in
/// step (in the referent's words) and telling whoever must act next.
/// </summary>
internal sealed class WorkOrderFlow(
    DbContext db, Notifier notifier, IDirectory directory, IClock clock, IEnumerable<Kernel.Assets.IAssetMeters> meterSources, IWriteGate gate, IServiceProvider services)
{
    /// <summary>Work orders cancelled or closed in this unit of work: their parts reservations are released when it is saved.</summary>
    private readonly List<Guid> ended = [];

    /// <summary>Adds a numbered work order and its creation event; the caller saves (inside its transaction).</summary>
    public async Task<WorkOrder> CreateAsync(NewWorkOrder input, Actor by, Guid organisationId, Guid? request, Guid? requesterUserId, string? requesterName, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var number = await Numbers.NextAsync(db, organisationId, Numbers.WorkOrders, YearlyNumbers.YearOf(now), cancellationToken);
        var order = new WorkOrder
        {
            OrganisationId = organisationId, Number = number, Type = input.Type, Priority = input.Priority,
            Title = input.Title.Trim(), Description = input.Description.Trim(), SiteId = input.SiteId,
            AssetModule = input.AssetModule, AssetId = input.AssetId, AssetLabel = input.AssetLabel,
            Location = input.Location, Latitude = input.Latitude, Longitude = input.Longitude,
            ServiceId = input.ServiceId, TeamId = input.TeamId, Contractor = string.IsNullOrWhiteSpace(input.Contractor) ? null : input.Contractor.Trim(),
            RequestId = request, RequesterUserId = requesterUserId, RequesterName = requesterName,
            PlannedStart = input.PlannedStart, PlannedEnd = input.PlannedEnd, DueAtUtc = input.DueAtUtc,
            Status = WorkOrderStatus.Planned, StatusChangedAtUtc = now, CreatedAtUtc = now,
        };
        order.Assignments.AddRange(input.AgentIds.Distinct().Select(a => new WorkOrderAssignment { OrganisationId = organisationId, WorkOrderId = order.Id, AgentId = a }));
        order.Tasks.AddRange(input.Tasks.Where(t => !string.IsNullOrWhiteSpace(t)).Select((t, i) => new WorkOrderTask
        {
            OrganisationId = organisationId, WorkOrderId = order.Id, Position = i + 1, Label = t.Trim(),
        }));
        db.WorkOrders.Add(order);
        db.WorkOrderEvents.Add(new WorkOrderEvent { WorkOrderId = order.Id, AtUtc = now, ByUserId = by.UserId, ByName = by.Name, To = WorkOrderStatus.Planned });
        if (order.TeamId is not null || order.Assignments.Count > 0 || order.Contractor is not null)
        {
            await MoveAsync(order, WorkOrderStatus.Assigned, by, null, null, cancellationToken);
        }

        return order;
    }

    /// <summary>Moves a work order (and its request); the caller saves. Throws <see cref="WorkflowException"/> on an illegal move.</summary>
    public async Task MoveAsync(WorkOrder order, WorkOrderStatus to, Actor by, string? comment, HoldReason? holdReason, CancellationToken cancellationToken)
    {
        var from = order.Status;
        db.WorkOrderEvents.Add(order.MoveTo(to, clock.UtcNow, by.UserId, by.Name, comment, holdReason));
        if (to is WorkOrderStatus.Closed or WorkOrderStatus.Cancelled)
        {
            ended.Add(order.Id);
            var assignments = db.Assignments;
            foreach (var assignment in await assignments.Where(a => a.WorkOrderId == order.Id && a.State == AssignmentState.Current).ToListAsync(cancellationToken))
            {
                assignment.State = AssignmentState.Ended;
            }
        }

        if (to == WorkOrderStatus.Assigned)
        {
            await NotifyAgentsAsync(order, by, cancellationToken);
        }

        await Preventive.Plans.PlanProgress.OnWorkOrderMovedAsync(db, order, to, clock, meterSources, cancellationToken);

        if (from == WorkOrderStatus.Done && to == WorkOrderStatus.InProgress)
        {
            await notifier.NotifyManagersAsync(order.ServiceId, by.UserId, NotificationKind.WorkReopened, order.Number, order.Title, comment, WorksUrls.WorkOrder(order.Id), cancellationToken);
        }

        if (order.RequestId is { } requestId && WorkOrderWorkflow.RequestStatusFor(to) is not null)
        {
            var request = await db.Requests.SingleAsync(r => r.Id == requestId, cancellationToken);
            if (request.FollowWorkOrder(from, to, clock.UtcNow, by.UserId, by.Name, comment) is { } step)
            {
                db.RequestEvents.Add(step);
                if (request.Status == RequestStatus.Done && request.RequesterUserId is { } referent)
                {
                    await notifier.NotifyAsync([referent], by.UserId, NotificationKind.WorkDone, request.Number, request.Title, order.Report, WorksUrls.Request(request.Id), cancellationToken);
                }
            }
        }
    }

    /// <summary>The agents assigned (and the team's agents when no one is named) hear of their new work.</summary>
    public async Task NotifyAgentsAsync(WorkOrder order, Actor by, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? onlyAgents = null)
    {
        var agentIds = (onlyAgents ?? order.Assignments.Select(a => a.AgentId).ToList()).ToList();
        var users = await AgentUsersAsync(agentIds, cancellationToken);
        await notifier.NotifyAsync(users, by.UserId, NotificationKind.Assigned, order.Number, order.Title, null, WorksUrls.WorkOrder(order.Id), cancellationToken);
    }

    private async Task<List<Guid>> AgentUsersAsync(List<Guid> agentIds, CancellationToken cancellationToken) =>
        [.. (await directory.AgentsAsync(cancellationToken)).Where(a => agentIds.Contains(a.Id) && a.UserId is not null).Select(a => a.UserId!.Value)];

    /// <summary>
    /// Saves, turning a concurrent change into the conflict the pages and the API explain. Work that ended
    /// (cancelled, closed) frees the parts reserved for it in the stores, in the same transaction.
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var parts = ended.Count > 0 ? services.GetService<IPartsStock>() : null;
        if (parts is null)
        {
            await SaveChangesAsync(cancellationToken);
            return;
        }

        // Whoever opens the transaction takes the write turn; a caller's open transaction is joined as it is.
        var outer = db.Database.CurrentTransaction;
        using var turn = outer is null ? await gate.EnterAsync(cancellationToken) : null;
        await using var own = outer is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await SaveChangesAsync(cancellationToken);
        foreach (var workOrderId in ended.Distinct())
        {
            await parts.ReleaseReservationsAsync(workOrderId, cancellationToken);
        }

        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        ended.Clear();
    }

    private async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(null, null);
        }
    }
}
