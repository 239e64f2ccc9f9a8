using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Cmms.Works.Field;
using Cmms.Works.WorkOrders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Works.Api;

/// <summary>Hours an agent worked on a work order, as a time-keeping system sends them.</summary>
public sealed record HoursBody
{
    [Required(ErrorMessage = "Choose the agent.")]
    public Guid? AgentId { get; init; }

    /// <summary>The day worked (Europe/Paris), yyyy-MM-dd.</summary>
    [Required(ErrorMessage = "Give the day worked.")]
    public DateOnly? Date { get; init; }

    /// <summary>Hours, at most 2 decimals (0.25 for a quarter of an hour).</summary>
    [Required(ErrorMessage = "Hours must be more than 0 and at most 24.")]
    public decimal? Hours { get; init; }

    /// <summary>Normal when omitted.</summary>
    public HoursKind Kind { get; init; } = HoursKind.Normal;

    [StringLength(1000, ErrorMessage = "At most 1000 characters.")]
    public string? Note { get; init; }
}

/// <summary>Parts taken from a store for a work order.</summary>
public sealed record PartsBody
{
    [Required(ErrorMessage = "Choose the store.")]
    public Guid? StoreId { get; init; }

    [Required(ErrorMessage = "Choose the item.")]
    public Guid? ItemId { get; init; }

    /// <summary>In the item's unit; a whole number for pieces.</summary>
    [Required(ErrorMessage = "The quantity must be a number more than 0.")]
    public decimal? Quantity { get; init; }
}

/// <param name="Cost">Quantity at the store's CUMP, rounded to the cent: the cost event of the work order.</param>
public sealed record PartDto(Guid Id, Guid WorkOrderId, string? ItemReference, string Label, decimal Quantity, string Unit, decimal UnitCost, decimal Cost, Guid? StockMovementId, string EnteredBy);

public sealed record TimeEntryDto(Guid Id, Guid WorkOrderId, Guid AgentId, DateOnly Date, decimal Hours, HoursKind Kind, decimal HourlyCost, decimal Cost, string EnteredBy, string? Note);

public sealed record CostsDto(decimal Labour, decimal Parts, decimal Contractor, decimal Total);

public sealed record WorkOrderEventDto(DateTime At, string By, WorkOrderStatus? From, WorkOrderStatus To, HoldReason? HoldReason, string? Comment);

/// <param name="Costs">On the detail only (null in lists).</param>
/// <param name="History">On the detail only (null in lists).</param>
public sealed record WorkOrderDto(
    Guid Id, string Number, WorkOrderType Type, Priority Priority, WorkOrderStatus Status, string Title, string Description,
    Guid SiteId, Guid ServiceId, Guid? TeamId, IReadOnlyList<Guid> AgentIds, Guid? RequestId, string? RequestNumber,
    DateOnly? PlannedStart, DateOnly? PlannedEnd, DateTime DueAt, DateTime? DoneAt, DateTime? ClosedAt, string? Report,
    CostsDto? Costs, IReadOnlyList<WorkOrderEventDto>? History);

internal static class WorkOrdersApi
{
    private static readonly string[] Readers = [Roles.ApiClient, Roles.Administrator, Roles.ServiceManager, Roles.FieldAgent, Roles.Mechanic];

    public static void MapWorkOrdersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("work-orders", "Work orders");
        group.MapGet("", List).RequireRoles(Readers).Validated<PageRequest>()
            .WithSummary("Work orders, newest first")
            .WithDescription("Paged. Filters: status, serviceId, siteId, and since (work orders whose status changed at or after that moment). A manager sees their services' work orders, a field agent or mechanic those assigned to them or their team, an API key the whole organisation's. Costs and history are on the detail.");
        group.MapGet("{id:guid}", Get).RequireRoles(Readers)
            .WithSummary("A work order, its costs and its history")
            .WithDescription("Costs in euros excluding VAT: labour (hours × the agent's rate of the day, each line to the cent), parts and contractor invoices. History: every status change, oldest first.");
        group.MapGet("{id:guid}/hours", ListHours).RequireRoles(Readers)
            .WithSummary("The hours entered on a work order")
            .WithDescription("Oldest day first, with the rate of the day and the cost of each line. Timers still running are left out.");
        group.MapPost("{id:guid}/hours", LogHours).RequireRoles(Readers)
            .JsonBody<HoursBody>()
            .WithSummary("Enter hours on a work order")
            .WithDescription("Valued at the agent's rate of that day. Refused (400, the field named): a work order that is not assigned, under way, on hold or just done (workOrderId); hours not above 0 or above 24, more than 2 decimals, or more than 24 hours in one day for the agent (hours); a day to come or before the work order existed (date); an agent without a rate that day (agentId). A field agent enters hours for themselves or their team.");
        group.MapGet("{id:guid}/parts", ListParts).RequireRoles([.. Readers, Roles.Storekeeper])
            .WithSummary("The parts used on a work order")
            .WithDescription("Oldest first: parts taken from a store (with the stock movement that issued them, at the store's CUMP), parts bought elsewhere, and returns to a store (negative quantities). Cost is each line's amount, rounded to the cent.");
        group.MapPost("{id:guid}/parts", IssueParts).RequireRoles([.. Readers, Roles.Storekeeper])
            .JsonBody<PartsBody>()
            .WithSummary("Take parts from a store for a work order")
            .WithDescription("Issued from the store at its weighted average unit cost (CUMP), the work order's reservation of them consumed first; the part and its cost event are written with the stock movement. 409 with `available` when the store has not that much available (on hand less what other work has reserved); 400 for a closed work order (workOrderId), a quantity not above 0 or not in the item's unit, an item being counted in that store (quantity); 404 when no stock module is installed.");
    }

    private static async Task<Results<Ok<List<PartDto>>, NotFound>> ListParts(
        Guid id, DbContext db, IUserScopeProvider scopes, IDirectory directory, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!await (await VisibleAsync(db, scopes, directory, user, cancellationToken)).AnyAsync(w => w.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var parts = db.PartUsages;
        var rows = await parts.AsNoTracking().Where(p => p.WorkOrderId == id).OrderBy(p => p.EnteredAtUtc).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(p => new PartDto(p.Id, id, p.ItemReference, p.Label, p.Quantity, p.Unit, p.UnitCost, p.Cost, p.StockMovementId, p.EnteredBy)).ToList());
    }

    private static async Task<Results<Created<PartDto>, NotFound, ValidationProblem, ProblemHttpResult>> IssueParts(
        Guid id, HttpRequest http, DbContext db, IUserScopeProvider scopes, IDirectory directory, ICurrentUser user, CancellationToken cancellationToken)
    {
        var stock = http.HttpContext.RequestServices.GetRequiredService<Parts.StockParts>();
        var order = await (await VisibleAsync(db, scopes, directory, user, cancellationToken)).AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (order is null || stock.Stock is null)
        {
            return TypedResults.NotFound();
        }

        var (body, problem) = await ApiInput.ReadAsync<PartsBody>(http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!WorkOrderWorkflow.AcceptsWork(order.Status))
        {
            return ApiInput.Problem("workOrderId", "Parts can only be recorded on work that is assigned, under way, on hold or just done.");
        }

        if (body!.Quantity is not > 0)
        {
            return ApiInput.Problem("quantity", "The quantity must be a number more than 0.");
        }

        var (part, refusal) = await stock.IssueAsync(order, body.StoreId!.Value, body.ItemId!.Value, body.Quantity.Value, Actor.Of(user), cancellationToken);
        if (part is null)
        {
            return refusal!.Available is { } available
                ? TypedResults.Problem(title: "Not enough stock.", detail: refusal.Message, statusCode: StatusCodes.Status409Conflict,
                    extensions: new Dictionary<string, object?> { ["available"] = available, ["unit"] = refusal.Unit })
                : ApiInput.Problem("quantity", refusal.Message);
        }

        return TypedResults.Created($"{ApiEndpoints.Prefix}/work-orders/{id}/parts",
            new PartDto(part.Id, id, part.ItemReference, part.Label, part.Quantity, part.Unit, part.UnitCost, part.Cost, part.StockMovementId, part.EnteredBy));
    }

    private static async Task<Ok<Paged<WorkOrderDto>>> List(
        [AsParameters] PageRequest paging, WorkOrderStatus? status, Guid? serviceId, Guid? siteId, DateTimeOffset? since,
        DbContext db, IUserScopeProvider scopes, IDirectory directory, ICurrentUser user, CancellationToken cancellationToken)
    {
        var orders = await VisibleAsync(db, scopes, directory, user, cancellationToken);
        if (status is { } wanted)
        {
            orders = orders.Where(w => w.Status == wanted);
        }

        if (serviceId is { } service)
        {
            orders = orders.Where(w => w.ServiceId == service);
        }

        if (siteId is { } site)
        {
            orders = orders.Where(w => w.SiteId == site);
        }

        if (ApiInput.Utc(since) is { } from)
        {
            orders = orders.Where(w => w.StatusChangedAtUtc >= from);
        }

        var requests = db.Requests;
        var items = await orders.AsNoTracking().OrderByDescending(w => w.CreatedAtUtc).ThenByDescending(w => w.Number)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(w => new WorkOrderDto(
                w.Id, w.Number, w.Type, w.Priority, w.Status, w.Title, w.Description, w.SiteId, w.ServiceId, w.TeamId,
                w.Assignments.Select(a => a.AgentId).ToList(), w.RequestId,
                requests.Where(r => r.Id == w.RequestId).Select(r => r.Number).FirstOrDefault(),
                w.PlannedStart, w.PlannedEnd, w.DueAtUtc, w.DoneAtUtc, w.ClosedAtUtc, w.Report, null, null))
            .ToListAsync(cancellationToken);
        var total = await orders.TotalAsync(paging, items.Count, cancellationToken);
        return TypedResults.Ok(new Paged<WorkOrderDto>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<WorkOrderDto>, NotFound>> Get(
        Guid id, DbContext db, IUserScopeProvider scopes, IDirectory directory, ICurrentUser user, CancellationToken cancellationToken)
    {
        var order = await (await VisibleAsync(db, scopes, directory, user, cancellationToken)).AsNoTracking().Include(w => w.Assignments)
            .FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (order is null)
        {
            return TypedResults.NotFound();
        }

        var requests = db.Requests;
        var requestNumber = order.RequestId is { } requestId
            ? await requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        var events = db.WorkOrderEvents;
        var history = await events.AsNoTracking().Where(e => e.WorkOrderId == id).OrderBy(e => e.AtUtc)
            .Select(e => new WorkOrderEventDto(e.AtUtc, e.ByName, e.From, e.To, e.HoldReason, e.Comment))
            .ToListAsync(cancellationToken);
        var costs = await WorkOrderCosts.ForAsync(db, directory, id, cancellationToken);
        return TypedResults.Ok(new WorkOrderDto(
            order.Id, order.Number, order.Type, order.Priority, order.Status, order.Title, order.Description, order.SiteId, order.ServiceId, order.TeamId,
            order.Assignments.Select(a => a.AgentId).ToList(), order.RequestId, requestNumber, order.PlannedStart, order.PlannedEnd,
            order.DueAtUtc, order.DoneAtUtc, order.ClosedAtUtc, order.Report,
            new CostsDto(costs.LabourTotal, costs.Parts, costs.Contractors, costs.Total), history));
    }

    private static async Task<Results<Ok<List<TimeEntryDto>>, NotFound>> ListHours(
        Guid id, DbContext db, IUserScopeProvider scopes, IDirectory directory, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!await (await VisibleAsync(db, scopes, directory, user, cancellationToken)).AnyAsync(w => w.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var entries = db.TimeEntries;
        var rows = await entries.AsNoTracking().Where(t => t.WorkOrderId == id && (t.StartedAtUtc == null || t.StoppedAtUtc != null))
            .OrderBy(t => t.WorkDate).ThenBy(t => t.EnteredAtUtc)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(ToDto).ToList());
    }

    private static async Task<Results<Created<TimeEntryDto>, NotFound, ValidationProblem>> LogHours(
        Guid id, HttpRequest http, DbContext db, Hours hours, IUserScopeProvider scopes, IDirectory directory, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var order = await (await VisibleAsync(db, scopes, directory, user, cancellationToken)).AsNoTracking()
            .Select(w => new { w.Id, w.ServiceId }).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (order is null)
        {
            return TypedResults.NotFound();
        }

        var (body, problem) = await ApiInput.ReadAsync<HoursBody>(http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var agentId = body!.AgentId!.Value;
        if (!scope.CanSeeService(order.ServiceId))
        {
            // A field agent or mechanic sees the work through their assignment: they answer for themselves and their team only.
            var me = user.UserId is { } userId ? await directory.AgentOfUserAsync(userId, cancellationToken) : null;
            var colleague = me?.TeamId is { } team && (await directory.AgentsAsync(cancellationToken)).Any(a => a.Id == agentId && a.TeamId == team);
            if (me is null || (me.Id != agentId && !colleague))
            {
                return ApiInput.Problem("agentId", "You can enter hours only for yourself or your team.");
            }
        }

        var result = await hours.LogAsync(new HoursInput(id, agentId, body.Date!.Value, body.Hours!.Value, body.Kind, body.Note), Actor.Of(user), cancellationToken);
        if (!result.Succeeded)
        {
            return ApiInput.Problems(result.Errors.Select(e => KeyValuePair.Create(e.Key == nameof(HoursInput.WorkDate) ? nameof(HoursBody.Date) : e.Key, e.Value)));
        }

        return TypedResults.Created($"{ApiEndpoints.Prefix}/work-orders/{id}/hours", ToDto(result.Entry!));
    }

    private static TimeEntryDto ToDto(TimeEntry t) => new(t.Id, t.WorkOrderId, t.AgentId, t.WorkDate, t.Hours, t.Kind, t.HourlyCost, t.Cost, t.EnteredBy, t.Note);

    /// <summary>
    /// The work orders the caller may see: the organisation's for broad roles, a manager's services', and
    /// for a field agent or mechanic those assigned to them or to their team.
    /// </summary>
    private static async Task<IQueryable<WorkOrder>> VisibleAsync(DbContext db, IUserScopeProvider scopes, IDirectory directory, ICurrentUser user, CancellationToken cancellationToken)
    {
        var orders = db.WorkOrders;
        var scope = await scopes.GetAsync(user, cancellationToken);
        if (scope.AllServices)
        {
            return orders;
        }

        var services = scope.ServiceIds.ToList();
        var me = (user.IsInRole(Roles.FieldAgent) || user.IsInRole(Roles.Mechanic)) && user.UserId is { } userId
            ? await directory.AgentOfUserAsync(userId, cancellationToken)
            : null;
        if (me is null)
        {
            return orders.Where(w => services.Contains(w.ServiceId));
        }

        var agentId = me.Id;
        var teamId = me.TeamId;
        return orders.Where(w => services.Contains(w.ServiceId) || (teamId != null && w.TeamId == teamId) || w.Assignments.Any(a => a.AgentId == agentId));
    }
}
