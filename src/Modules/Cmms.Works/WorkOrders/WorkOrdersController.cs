using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Cmms.Works.Costs;
using Cmms.Works.Field;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.WorkOrders;

/// <summary>
/// The managers' work orders: the list of their services', creating one without a request, and the
/// work order page (moves, assignment, invoices, costs). Administrators see all; finance reads all; the
/// storekeeper reads all and issues, takes back and reserves their parts.
/// </summary>
[Authorize(Roles = $"{Roles.ServiceManager},{Roles.Administrator},{Roles.Finance},{Roles.Storekeeper}"), Route("work-orders")]
public sealed class WorkOrdersController(
    DbContext db, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IClock clock, IStringLocalizer<Text> text) : Controller
{
    private const string Editors = $"{Roles.ServiceManager},{Roles.Administrator}";

    /// <summary>Who issues, takes back and reserves a work order's parts from the stores.</summary>
    private const string PartsEditors = $"{Roles.ServiceManager},{Roles.Administrator},{Roles.Storekeeper}";

    private Parts.StockParts StockParts => HttpContext.RequestServices.GetRequiredService<Parts.StockParts>();

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? service, string? status, WorkOrderType? type, Guid? team, Guid? site, string? asset, bool late = false, int page = 1, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var onAsset = AssetRef.TryParse(asset, out var assetRef) ? assetRef : null;
        var filter = new WorkOrderFilter(service, string.IsNullOrWhiteSpace(status) ? "open" : status, type, team, site, late, Math.Max(1, page), onAsset?.ToString());
        var orders = InScope(scope);
        if (onAsset is not null)
        {
            // An asset page's "all work orders": one asset, whichever module owns it.
            var (module, assetId) = (onAsset.Module, onAsset.Id);
            orders = orders.Where(w => w.AssetId == assetId && w.AssetModule == module);
        }

        if (service is { } s)
        {
            orders = orders.Where(w => w.ServiceId == s);
        }

        if (filter.Status == "open")
        {
            var open = WorkOrderWorkflow.OpenStatuses;
            orders = orders.Where(w => open.Contains(w.Status));
        }
        else if (Enum.TryParse<WorkOrderStatus>(filter.Status, out var only))
        {
            orders = orders.Where(w => w.Status == only);
        }

        if (type is { } t)
        {
            orders = orders.Where(w => w.Type == t);
        }

        if (team is { } tm)
        {
            orders = orders.Where(w => w.TeamId == tm);
        }

        if (site is { } st)
        {
            orders = orders.Where(w => w.SiteId == st);
        }

        var now = clock.UtcNow;
        if (late)
        {
            var open = WorkOrderWorkflow.OpenStatuses;
            orders = orders.Where(w => open.Contains(w.Status) && w.DueAtUtc < now);
        }

        var paging = new PageRequest(filter.Page);
        var total = await orders.CountAsync(cancellationToken);
        var rows = await orders.OrderBy(w => w.DueAtUtc).ThenBy(w => w.Number).Skip(paging.Skip).Take(paging.PageSize)
            .Select(w => new { w.Id, w.Number, w.Title, w.SiteId, w.Status, w.Priority, w.Type, w.TeamId, w.DueAtUtc })
            .ToListAsync(cancellationToken);
        var sites = await directory.SitesAsync(cancellationToken);
        var teams = (await directory.TeamsAsync(cancellationToken)).Where(x => scope.CanSeeService(x.ServiceId)).ToList();
        var services = (await directory.ServicesAsync(cancellationToken)).Where(x => scope.CanSeeService(x.Id)).ToList();
        var items = rows.Select(w => new WorkOrderRow(
            w.Id, w.Number, w.Title, w.SiteId, sites.FirstOrDefault(x => x.Id == w.SiteId)?.Name ?? "?", w.Status, w.Priority, w.Type,
            w.TeamId, teams.FirstOrDefault(x => x.Id == w.TeamId)?.Name, w.DueAtUtc, WorkOrderWorkflow.IsOpen(w.Status) && now > w.DueAtUtc)).ToList();
        return View(new WorkOrderList(filter, new Paged<WorkOrderRow>(items, paging.Page, paging.PageSize, total), services, teams, sites, CanEdit()));
    }

    [Authorize(Roles = Editors), HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("New", await NewPageAsync(new NewWorkOrderForm(), cancellationToken));

    [Authorize(Roles = Editors), HttpPost("new")]
    public async Task<IActionResult> New(NewWorkOrderForm form, CancellationToken cancellationToken)
    {
        var page = await NewPageAsync(form, cancellationToken);
        if (form.ServiceId is { } service && page.Services.All(s => s.Id != service))
        {
            ModelState.AddModelError(nameof(form.ServiceId), text["Choose one of your services."]);
        }

        if (form.SiteId is { } site && page.Sites.All(s => s.Id != site))
        {
            ModelState.AddModelError(nameof(form.SiteId), text["Choose a site from the list."]);
        }

        if (form.TeamId is { } team && page.Teams.All(t => t.Id != team || t.ServiceId != form.ServiceId))
        {
            ModelState.AddModelError(nameof(form.TeamId), text["Choose a team of the chosen service."]);
        }

        AddProblems(form, page.Agents);
        var today = ParisTime.Today(clock);
        if (form.DueDate is { } due && due < today)
        {
            ModelState.AddModelError(nameof(form.DueDate), text["The due date cannot be in the past."]);
        }

        if (!ModelState.IsValid)
        {
            return View("New", page);
        }

        var now = clock.UtcNow;
        var dueAtUtc = form.DueDate is { } day
            ? TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(23, 59)), ParisTime.Zone)
            : Requests.UrgencyDelays.DueAtUtc(UrgencyOf(form.Priority), now);
        var flow = HttpContext.RequestServices.GetRequiredService<WorkOrderFlow>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var order = await flow.CreateAsync(
                new NewWorkOrder(form.Type, form.Priority, form.Title!, form.Description!, form.SiteId!.Value, null, null, null,
                    string.IsNullOrWhiteSpace(form.Location) ? null : form.Location.Trim(), null, null,
                    form.ServiceId!.Value, form.TeamId, form.AgentIds, form.Contractor, form.PlannedStart, form.PlannedEnd, dueAtUtc, form.TaskLines()),
                Actor.Of(user), user.OrganisationId!.Value, null, null, null, cancellationToken);
            await flow.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            TempData["Flash"] = text["Work order {0} has been created.", order.Number].Value;
            return Redirect(WorksUrls.WorkOrder(order.Id));
        }
        catch (WorkflowException ex)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, text[ex.UserMessage]);
            return View("New", page);
        }
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [Authorize(Roles = Editors), HttpPost("{id:guid}/move")]
    public async Task<IActionResult> Move(Guid id, MoveForm form, CancellationToken cancellationToken)
    {
        var order = await TrackedAsync(id, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        try
        {
            if (form.To == WorkOrderStatus.Closed && order.RequestId is not null)
            {
                throw new WorkflowException("A work order with a request closes when its referent confirms.", "The referent closes this work order by confirming the work.");
            }

            db.Entry(order).Property(o => o.Version).OriginalValue = form.Version;
            var flow = HttpContext.RequestServices.GetRequiredService<WorkOrderFlow>();
            await flow.MoveAsync(order, form.To, Actor.Of(user), form.Comment, form.To == WorkOrderStatus.OnHold ? form.HoldReason : null, cancellationToken);
            await flow.SaveAsync(cancellationToken);
            TempData["Flash"] = text["The work order is now: {0}.", text[$"WorkOrderStatus.{form.To}"]].Value;
            return Redirect(WorksUrls.WorkOrder(id));
        }
        catch (WorkflowException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.UserMessage]);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, text["Someone changed this work order meanwhile: check it and try again."]);
        }

        return await AgainAsync(id, p => p.Move = form, cancellationToken);
    }

    [Authorize(Roles = Editors), HttpPost("{id:guid}/assignment")]
    public async Task<IActionResult> Assignment(Guid id, AssignmentForm form, CancellationToken cancellationToken)
    {
        var order = await TrackedAsync(id, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        var teams = (await directory.TeamsAsync(cancellationToken)).Where(t => t.ServiceId == order.ServiceId).ToList();
        if (form.TeamId is { } team && teams.All(t => t.Id != team))
        {
            ModelState.AddModelError(nameof(form.TeamId), text["Choose a team of the work order's service."]);
        }

        AddProblems(form, (await directory.AgentsAsync(cancellationToken)).Where(a => a.IsActive).ToList());
        if (!WorkOrderWorkflow.IsOpen(order.Status))
        {
            ModelState.AddModelError(string.Empty, text["This work order can no longer be changed that way."]);
        }

        if (!ModelState.IsValid)
        {
            return await AgainAsync(id, p => p.Assignment = form, cancellationToken);
        }

        var wanted = form.AgentIds.Distinct().ToList();
        var before = order.Assignments.Select(a => a.AgentId).ToHashSet();
        var added = wanted.Where(a => !before.Contains(a)).ToList();
        foreach (var gone in order.Assignments.Where(a => !wanted.Contains(a.AgentId)).ToList())
        {
            order.Assignments.Remove(gone);
            db.Remove(gone);
        }

        foreach (var agent in added)
        {
            var assignment = new WorkOrderAssignment { OrganisationId = order.OrganisationId, WorkOrderId = order.Id, AgentId = agent };
            order.Assignments.Add(assignment);
            db.Add(assignment);
        }

        order.TeamId = form.TeamId;
        order.Contractor = string.IsNullOrWhiteSpace(form.Contractor) ? null : form.Contractor.Trim();
        order.PlannedStart = form.PlannedStart;
        order.PlannedEnd = form.PlannedEnd;

        var flow = HttpContext.RequestServices.GetRequiredService<WorkOrderFlow>();
        var actor = Actor.Of(user);
        try
        {
            if (order.Status == WorkOrderStatus.Planned && (order.TeamId is not null || order.Assignments.Count > 0 || order.Contractor is not null))
            {
                // Planned work that now has someone to do it is assigned: everyone on it hears of it.
                await flow.MoveAsync(order, WorkOrderStatus.Assigned, actor, null, null, cancellationToken);
            }
            else if (added.Count > 0)
            {
                await flow.NotifyAgentsAsync(order, actor, cancellationToken, added);
            }
        }
        catch (WorkflowException ex)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, text[ex.UserMessage]);
            return await AgainAsync(id, p => p.Assignment = form, cancellationToken);
        }

        if (await db.TrySaveAsync(order, form.Version, cancellationToken) is not null)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, text["Someone changed this work order meanwhile: check it and try again."]);
            return await AgainAsync(id, p => p.Assignment = form, cancellationToken);
        }

        TempData["Flash"] = text["The assignment has been saved."].Value;
        return Redirect(WorksUrls.WorkOrder(id));
    }

    [Authorize(Roles = Editors), HttpPost("{id:guid}/invoices")]
    public async Task<IActionResult> Invoice(Guid id, InvoiceForm form, CancellationToken cancellationToken)
    {
        var order = await InScope(await scopes.GetAsync(user, cancellationToken)).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        if (form.Amount is { } amount && amount <= 0)
        {
            ModelState.AddModelError(nameof(form.Amount), text["The amount must be more than zero."]);
        }

        if (form.InvoiceDate is { } date && date > ParisTime.Today(clock))
        {
            ModelState.AddModelError(nameof(form.InvoiceDate), text["The invoice date cannot be in the future."]);
        }

        if (order.Status == WorkOrderStatus.Cancelled)
        {
            ModelState.AddModelError(string.Empty, text["This work order can no longer be changed that way."]);
        }

        if (!ModelState.IsValid)
        {
            return await AgainAsync(id, p => p.Invoice = form, cancellationToken);
        }

        var now = clock.UtcNow;
        var invoice = new ContractorInvoice
        {
            OrganisationId = order.OrganisationId, WorkOrderId = id, Contractor = form.InvoiceContractor!.Trim(), InvoiceNumber = form.InvoiceNumber!.Trim(),
            InvoiceDate = form.InvoiceDate!.Value, Amount = form.Amount!.Value, EnteredBy = user.DisplayName, EnteredAtUtc = now,
        };
        db.ContractorInvoices.Add(invoice);

        // The cost the costs module reads, written with the invoice or not at all.
        db.CostEvents.Add(CostEvents.ForInvoice(invoice, order, now));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The invoice has been added."].Value;
        return Redirect(WorksUrls.WorkOrder(id));
    }

    [Authorize(Roles = PartsEditors), HttpPost("{id:guid}/parts/stock")]
    public async Task<IActionResult> IssuePart(Guid id, Parts.StockIssueForm form, CancellationToken cancellationToken)
    {
        var order = await InScope(await scopes.GetAsync(user, cancellationToken)).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (order is null || StockParts.Stock is null)
        {
            return NotFound();
        }

        var quantity = Parts.StockParts.ReadQuantity(ModelState, form.Quantity, text);
        if (!WorkOrderWorkflow.AcceptsWork(order.Status))
        {
            ModelState.AddModelError("Stock", text["This work order is closed or cancelled: nothing more can be recorded on it."]);
        }

        if (ModelState.IsValid)
        {
            var (part, refusal) = await StockParts.IssueAsync(order, form.StoreId!.Value, form.ItemId!.Value, quantity!.Value, Actor.Of(user), cancellationToken);
            if (part is not null)
            {
                TempData["Flash"] = text["{0} {1} of {2} taken from the store: {3}.", Field.TypedNumber.Show(part.Quantity), part.Unit, part.Label, part.Cost.ToString("C", System.Globalization.CultureInfo.CurrentCulture)].Value;
                return Redirect(WorksUrls.WorkOrder(id) + "#parts");
            }

            ModelState.AddModelError("Stock", refusal!.Message);
        }

        return await AgainAsync(id, _ => { }, cancellationToken);
    }

    [Authorize(Roles = PartsEditors), HttpPost("{id:guid}/parts/{partId:guid}/return")]
    public async Task<IActionResult> ReturnPart(Guid id, Guid partId, Parts.StockReturnForm form, CancellationToken cancellationToken)
    {
        var order = await InScope(await scopes.GetAsync(user, cancellationToken)).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (order is null || StockParts.Stock is null)
        {
            return NotFound();
        }

        var quantity = Parts.StockParts.ReadQuantity(ModelState, form.Quantity, text);
        if (ModelState.IsValid)
        {
            var (part, refusal) = await StockParts.ReturnAsync(order, partId, quantity!.Value, Actor.Of(user), cancellationToken);
            if (part is null && refusal is null)
            {
                return NotFound();
            }

            if (part is not null)
            {
                TempData["Flash"] = text["The parts are back in the store."].Value;
                return Redirect(WorksUrls.WorkOrder(id) + "#parts");
            }

            ModelState.AddModelError("Stock", refusal!.Message);
        }

        return await AgainAsync(id, _ => { }, cancellationToken);
    }

    /// <summary>Planning: parts set aside in a store for this work order (released if it is cancelled or closed).</summary>
    [Authorize(Roles = PartsEditors), HttpPost("{id:guid}/reservations")]
    public async Task<IActionResult> Reserve(Guid id, Parts.StockIssueForm form, CancellationToken cancellationToken)
    {
        var order = await InScope(await scopes.GetAsync(user, cancellationToken)).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (order is null || StockParts.Stock is null)
        {
            return NotFound();
        }

        var quantity = Parts.StockParts.ReadQuantity(ModelState, form.Quantity, text);
        if (!WorkOrderWorkflow.IsOpen(order.Status))
        {
            ModelState.AddModelError("Stock", text["This work order can no longer be changed that way."]);
        }

        if (ModelState.IsValid)
        {
            var reserved = await StockParts.ReserveAsync(order, form.StoreId!.Value, form.ItemId!.Value, quantity!.Value, Actor.Of(user), cancellationToken);
            if (reserved.Reservation is { } r)
            {
                TempData["Flash"] = (reserved.Shortfall > 0
                    ? text["{0} {1} of {2} reserved; {3} {1} are not in the store yet and will show in the reorder list.", Field.TypedNumber.Show(r.Quantity), r.Unit, r.Label, Field.TypedNumber.Show(reserved.Shortfall)]
                    : text["{0} {1} of {2} reserved.", Field.TypedNumber.Show(r.Quantity), r.Unit, r.Label]).Value;
                return Redirect(WorksUrls.WorkOrder(id) + "#parts");
            }

            ModelState.AddModelError("Stock", reserved.Refusal!.Message);
        }

        return await AgainAsync(id, _ => { }, cancellationToken);
    }

    private bool CanEdit() => User.IsInRole(Roles.ServiceManager) || User.IsInRole(Roles.Administrator);

    private bool CanUseParts() => CanEdit() || User.IsInRole(Roles.Storekeeper);

    private IQueryable<WorkOrder> InScope(UserScope scope)
    {
        var orders = db.WorkOrders.AsNoTracking();
        return scope.AllServices ? orders : orders.Where(w => scope.ServiceIds.Contains(w.ServiceId));
    }

    private async Task<WorkOrder?> TrackedAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var order = await db.WorkOrders.Include(w => w.Assignments).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        return order is not null && scope.CanSeeService(order.ServiceId) ? order : null;
    }

    private void AddProblems(PlanFields plan, IReadOnlyList<AgentInfo> agents)
    {
        foreach (var (field, message) in plan.Problems(agents))
        {
            ModelState.AddModelError(field, text[message]);
        }
    }

    private static Requests.Urgency UrgencyOf(Priority priority) => priority switch
    {
        Priority.Urgent => Requests.Urgency.Immediate,
        Priority.High => Requests.Urgency.High,
        Priority.Normal => Requests.Urgency.Normal,
        _ => Requests.Urgency.Low,
    };

    private async Task<NewWorkOrderPage> NewPageAsync(NewWorkOrderForm form, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var services = (await directory.ServicesAsync(cancellationToken)).Where(s => scope.CanSeeService(s.Id)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        var teams = (await directory.TeamsAsync(cancellationToken)).Where(t => scope.CanSeeService(t.ServiceId)).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
        var agents = (await directory.AgentsAsync(cancellationToken)).Where(a => a.IsActive).OrderBy(a => a.FullName, StringComparer.CurrentCulture).ToList();
        var sites = (await directory.SitesAsync(cancellationToken)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        if (form.ServiceId is null && services.Count == 1)
        {
            form.ServiceId = services[0].Id;
        }

        return new NewWorkOrderPage(form, sites, services, teams, agents);
    }

    /// <summary>The page again, with the errors and the form as posted, showing the work order as it is now.</summary>
    private async Task<IActionResult> AgainAsync(Guid id, Action<WorkOrderPage> keep, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var page = await LoadAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        keep(page);
        page.Move.Version = page.Assignment.Version = page.Order.Version;
        ModelState.Remove("Version");
        return View("Show", page);
    }

    private async Task<WorkOrderPage?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var order = await db.WorkOrders.AsNoTracking().Include(w => w.Assignments).Include(w => w.Tasks).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (order is null || !scope.CanSeeService(order.ServiceId))
        {
            return null;
        }

        var events = db.WorkOrderEvents;
        var timeline = await events.AsNoTracking().Where(e => e.WorkOrderId == id).OrderBy(e => e.AtUtc)
            .Select(e => new WorkOrderStep(e.AtUtc, e.ByName, e.From, e.To, e.HoldReason, e.Comment)).ToListAsync(cancellationToken);
        var entries = db.TimeEntries;
        var hours = await entries.AsNoTracking().Where(t => t.WorkOrderId == id).OrderBy(t => t.WorkDate)
            .Select(t => new { t.AgentId, t.WorkDate, t.Hours, t.Kind, t.HourlyCost, t.Note }).ToListAsync(cancellationToken);
        var notes = db.WorkNotes;
        var noteLines = await notes.AsNoTracking().Where(n => n.WorkOrderId == id).OrderBy(n => n.AtUtc)
            .Select(n => new NoteLine(n.AtUtc, n.ByName, n.Text)).ToListAsync(cancellationToken);
        var partUsages = db.PartUsages;
        var parts = await partUsages.AsNoTracking().Where(p => p.WorkOrderId == id).OrderBy(p => p.UsedOn)
            .Select(p => new { p.Label, p.ItemReference, p.Quantity, p.Unit, p.UnitCost, p.UsedOn, p.StockAmount }).ToListAsync(cancellationToken);
        var invoices = db.ContractorInvoices;
        var invoiceLines = await invoices.AsNoTracking().Where(i => i.WorkOrderId == id).OrderBy(i => i.InvoiceDate)
            .Select(i => new InvoiceLine(i.Contractor, i.InvoiceNumber, i.InvoiceDate, i.Amount, i.EnteredBy)).ToListAsync(cancellationToken);
        var attachments = db.Attachments;
        var photos = await attachments.AsNoTracking().Where(a => a.WorkOrderId == id).OrderBy(a => a.UploadedAtUtc)
            .Select(a => new PhotoLine(a.Id, a.FileName, a.Stage)).ToListAsync(cancellationToken);
        var requests = db.Requests;
        var requestNumber = order.RequestId is { } rid
            ? await requests.AsNoTracking().Where(r => r.Id == rid).Select(r => r.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        var costs = await WorkOrderCosts.ForAsync(db, directory, id, cancellationToken);

        var agents = (await directory.AgentsAsync(cancellationToken)).ToList();
        var teams = (await directory.TeamsAsync(cancellationToken)).Where(t => t.ServiceId == order.ServiceId).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
        var assigned = order.Assignments.Select(a => a.AgentId).ToHashSet();
        var canEdit = CanEdit();
        var moves = canEdit
            ? WorkOrderWorkflow.MovesFrom(order.Status).Where(m => m != WorkOrderStatus.Closed || order.RequestId is null).ToList()
            : [];
        string AgentName(Guid agentId) => agents.FirstOrDefault(a => a.Id == agentId)?.FullName ?? "?";
        return new WorkOrderPage
        {
            Order = order,
            Site = (await directory.SitesAsync(cancellationToken)).FirstOrDefault(s => s.Id == order.SiteId)?.Name ?? "?",
            Service = (await directory.ServicesAsync(cancellationToken)).FirstOrDefault(s => s.Id == order.ServiceId)?.Name ?? "?",
            Team = teams.FirstOrDefault(t => t.Id == order.TeamId)?.Name,
            AssignedAgents = [.. agents.Where(a => assigned.Contains(a.Id))],
            RequestNumber = requestNumber,
            Late = order.IsLate(clock.UtcNow),
            CanEdit = canEdit,
            Moves = moves,
            Timeline = timeline,
            Tasks = [.. order.Tasks.OrderBy(t => t.Position).Select(t => new TaskLine(t.Position, t.Label, t.Answer, t.Comment, t.AnsweredBy, t.AnsweredAtUtc))],
            Hours = [.. hours.Select(h => new TimeLine(AgentName(h.AgentId), h.WorkDate, h.Hours, h.Kind, decimal.Round(h.Hours * h.HourlyCost, 2, MidpointRounding.AwayFromZero), h.Note))],
            Notes = noteLines,
            Parts = [.. parts.Select(p => new PartLine(p.Label, p.ItemReference, p.Quantity, p.Unit, p.UnitCost, p.StockAmount ?? decimal.Round(p.Quantity * p.UnitCost, 2, MidpointRounding.AwayFromZero), p.UsedOn))],
            Invoices = invoiceLines,
            Photos = photos,
            Costs = costs,
            Teams = teams,
            Agents = [.. agents.Where(a => a.IsActive).OrderBy(a => a.FullName, StringComparer.CurrentCulture)],
            Assignment = new AssignmentForm
            {
                Version = order.Version, TeamId = order.TeamId, AgentIds = [.. assigned], Contractor = order.Contractor,
                PlannedStart = order.PlannedStart, PlannedEnd = order.PlannedEnd,
            },
            Invoice = new InvoiceForm { InvoiceContractor = order.Contractor, InvoiceDate = ParisTime.Today(clock) },
            Move = new MoveForm { Version = order.Version },
            Stock = await StockParts.PanelAsync(
                order, WorksUrls.WorkOrder(order.Id), Guid.TryParse(Request.Query["store"], out var store) ? store : null, Request.Query["q"],
                CanUseParts() && WorkOrderWorkflow.AcceptsWork(order.Status), CanUseParts() && WorkOrderWorkflow.IsOpen(order.Status), cancellationToken),
        };
    }
}
