using Cmms.Directory.Contracts;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Cmms.Works.Attachments;
using Cmms.Works.Costs;
using Cmms.Works.WorkOrders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Field;

/// <summary>
/// The field agent's (and the workshop mechanic's) phone pages: today's work, and one work order with
/// what to do and what was done — start, timer, hours, notes, photos, parts, hold, finish. An agent
/// sees the work orders assigned to them or to their team; an administrator sees every work order of
/// the organisation. Anything else is not found.
/// </summary>
[Authorize(Roles = $"{Roles.FieldAgent},{Roles.Mechanic},{Roles.Administrator}"), Route("my-work")]
public sealed class FieldController(DbContext db, IDirectory directory, ICurrentUser user, IClock clock, IStringLocalizer<Text> text) : Controller
{
    private const string ClosedMessage = "This work order is closed or cancelled: nothing more can be recorded on it.";

    private Hours HoursHandler => HttpContext.RequestServices.GetRequiredService<Hours>();

    private WorkOrderFlow Flow => HttpContext.RequestServices.GetRequiredService<WorkOrderFlow>();

    private PhotoReader Photos => HttpContext.RequestServices.GetRequiredService<PhotoReader>();

    private Parts.StockParts StockParts => HttpContext.RequestServices.GetRequiredService<Parts.StockParts>();

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        if (agent is null)
        {
            return View("Index", new MyWorkPage(null, [], clock.UtcNow));
        }

        var (rows, total) = await MyWork.ListAsync(db, agent, clock, cancellationToken);
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        var named = rows.Select(r => r with { SiteName = sites.GetValueOrDefault(r.SiteId) }).ToList();
        return View("Index", new MyWorkPage(agent, named, clock.UtcNow, total));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        return order is null ? NotFound() : View("Show", await PageAsync(order, agent, cancellationToken));
    }

    [HttpPost("{id:guid}/start")]
    public Task<IActionResult> Start(Guid id, int version, CancellationToken cancellationToken) =>
        MoveAsync(id, version, WorkOrderStatus.InProgress, null, null, "The work has started.", null, cancellationToken);

    [HttpPost("{id:guid}/hold")]
    public async Task<IActionResult> Hold(Guid id, HoldForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, p => p.HoldForm = form, cancellationToken);
        }

        return await MoveAsync(id, form.Version, WorkOrderStatus.OnHold, form.Comment, form.Reason, "The work is on hold.", p => p.HoldForm = form, cancellationToken);
    }

    [HttpPost("{id:guid}/finish")]
    public async Task<IActionResult> Finish(Guid id, FinishForm form, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.Report))
        {
            ModelState.Remove(nameof(form.Report));
            ModelState.AddModelError(nameof(form.Report), text["Write a short report of what was done."]);
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, p => p.FinishForm = form, cancellationToken);
        }

        return await MoveAsync(id, form.Version, WorkOrderStatus.Done, null, null, "The work is done: the requester is told.", p => p.FinishForm = form, cancellationToken, form.Report!.Trim());
    }

    [HttpPost("{id:guid}/timer/start")]
    public async Task<IActionResult> StartTimer(Guid id, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        if (agent is null)
        {
            ModelState.AddModelError(string.Empty, text["You have no agent record: ask the administrator to link one to your account."]);
            return View("Show", await PageAsync(order, agent, cancellationToken));
        }

        var result = await HoursHandler.StartAsync(id, agent.Id, Actor.Of(user), cancellationToken);
        if (!result.Succeeded)
        {
            AddGeneral(result.Errors.Values);
            return View("Show", await PageAsync(order, agent, cancellationToken));
        }

        return Done(id, "The timer is running.");
    }

    [HttpPost("{id:guid}/timer/stop")]
    public async Task<IActionResult> StopTimer(Guid id, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        var entries = db.TimeEntries;
        var agentId = agent?.Id ?? Guid.Empty;
        var running = await entries.Where(TimeEntry.RunningTimers).Where(t => t.WorkOrderId == id && t.AgentId == agentId)
            .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (running is null)
        {
            ModelState.AddModelError(string.Empty, text["No timer of yours is running on this work order."]);
            return View("Show", await PageAsync(order, agent, cancellationToken));
        }

        var result = await HoursHandler.StopAsync(running.Value, Actor.Of(user), cancellationToken);
        if (!result.Succeeded)
        {
            AddGeneral(result.Errors.Values);
            return View("Show", await PageAsync(order, agent, cancellationToken));
        }

        TempData["Flash"] = text["The timer is stopped: {0} h recorded.", TypedNumber.Show(result.Entry!.Hours)].Value;
        return Redirect($"/my-work/{id}");
    }

    [HttpPost("{id:guid}/hours")]
    public async Task<IActionResult> LogHours(Guid id, HoursForm form, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        form.AgentId ??= agent?.Id;
        var allowed = await AgentsForAsync(order, agent, await directory.AgentsAsync(cancellationToken), cancellationToken);
        if (form.AgentId is null || allowed.All(a => a.Id != form.AgentId))
        {
            ModelState.AddModelError(nameof(form.AgentId), text["Choose yourself or an agent of your team."]);
        }

        var hours = TypedNumber.Read(form.Hours);
        if (!string.IsNullOrWhiteSpace(form.Hours) && hours is null)
        {
            ModelState.AddModelError(nameof(form.Hours), text["Enter a number, for example 1,5."]);
        }

        if (ModelState.IsValid)
        {
            var result = await HoursHandler.LogAsync(
                new HoursInput(id, form.AgentId!.Value, form.WorkDate!.Value, hours!.Value, form.Kind, form.Note), Actor.Of(user), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Flash"] = text["{0} h recorded.", TypedNumber.Show(result.Entry!.Hours)].Value;
                return Redirect($"/my-work/{id}");
            }

            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field == nameof(HoursInput.WorkOrderId) ? string.Empty : field, text[message]);
            }
        }

        var page = await PageAsync(order, agent, cancellationToken);
        page.HoursForm = form;
        return View("Show", page);
    }

    [HttpPost("{id:guid}/notes")]
    public async Task<IActionResult> AddNote(Guid id, NoteForm form, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        RefuseIfClosed(order);
        if (!ModelState.IsValid)
        {
            var page = await PageAsync(order, agent, cancellationToken);
            page.NoteForm = form;
            return View("Show", page);
        }

        db.WorkNotes.Add(new WorkNote
        {
            OrganisationId = order.OrganisationId, WorkOrderId = id, Text = form.Text!.Trim(), ByUserId = user.UserId, ByName = user.DisplayName, AtUtc = clock.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Done(id, "The note has been added.");
    }

    [HttpPost("{id:guid}/photos")]
    public async Task<IActionResult> AddPhotos(Guid id, AttachmentStage stage, List<IFormFile>? photos, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        RefuseIfClosed(order);
        var files = photos ?? [];
        if (stage is not (AttachmentStage.Before or AttachmentStage.After))
        {
            ModelState.AddModelError("Photos", text["Say whether the photos are from before or after the work."]);
        }

        if (files.Count == 0)
        {
            ModelState.AddModelError("Photos", text["Choose at least one photo."]);
        }
        else if (files.Count > Photos.MaxPerUpload)
        {
            ModelState.AddModelError("Photos", text["At most {0} photos at a time.", Photos.MaxPerUpload]);
        }

        var read = new List<Photo>();
        if (ModelState.IsValid)
        {
            (read, var refusals) = await Photos.ReadAllAsync(files, cancellationToken);
            foreach (var (file, refusal) in refusals)
            {
                ModelState.AddModelError("Photos", $"{file} : {text[refusal]}");
            }
        }

        if (!ModelState.IsValid)
        {
            return View("Show", await PageAsync(order, agent, cancellationToken));
        }

        var now = clock.UtcNow;
        var by = Actor.Of(user);
        foreach (var photo in read)
        {
            var attachment = photo.ToAttachment(stage, by, now, workOrderId: id);
            attachment.OrganisationId = order.OrganisationId;
            db.Attachments.Add(attachment);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Done(id, "The photos have been added.");
    }

    [HttpPost("{id:guid}/parts")]
    public async Task<IActionResult> AddPart(Guid id, PartForm form, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        RefuseIfClosed(order);
        var quantity = TypedNumber.Read(form.Quantity);
        var unitCost = TypedNumber.Read(form.UnitCost);
        if (!string.IsNullOrWhiteSpace(form.Quantity) && (quantity is null || quantity <= 0))
        {
            ModelState.AddModelError(nameof(form.Quantity), text["The quantity must be a number more than 0."]);
        }

        if (!string.IsNullOrWhiteSpace(form.UnitCost) && (unitCost is null || unitCost < 0))
        {
            ModelState.AddModelError(nameof(form.UnitCost), text["The unit cost must be a number, 0 or more."]);
        }

        if (!ModelState.IsValid)
        {
            var page = await PageAsync(order, agent, cancellationToken);
            page.PartForm = form;
            return View("Show", page);
        }

        var now = clock.UtcNow;
        var part = new PartUsage
        {
            OrganisationId = order.OrganisationId, WorkOrderId = id, Label = form.Label!.Trim(),
            ItemReference = string.IsNullOrWhiteSpace(form.ItemReference) ? null : form.ItemReference.Trim(),
            Quantity = quantity!.Value, Unit = form.Unit!.Trim(), UnitCost = unitCost!.Value, UsedOn = ParisTime.Today(clock),
            EnteredBy = user.DisplayName, EnteredAtUtc = now,
        };
        db.PartUsages.Add(part);
        db.CostEvents.Add(CostEvents.ForPart(part, order, now));
        await db.SaveChangesAsync(cancellationToken);
        return Done(id, "The part has been recorded.");
    }

    /// <summary>Parts taken from a store, at its CUMP (when a stock module is registered).</summary>
    [HttpPost("{id:guid}/parts/stock")]
    public async Task<IActionResult> IssuePart(Guid id, Parts.StockIssueForm form, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        if (order is null || StockParts.Stock is null)
        {
            return NotFound();
        }

        RefuseIfClosed(order);
        var quantity = Parts.StockParts.ReadQuantity(ModelState, form.Quantity, text);
        if (ModelState.IsValid)
        {
            var (part, refusal) = await StockParts.IssueAsync(order, form.StoreId!.Value, form.ItemId!.Value, quantity!.Value, Actor.Of(user), cancellationToken);
            if (part is not null)
            {
                TempData["Flash"] = text["{0} {1} of {2} taken from the store: {3}.", TypedNumber.Show(part.Quantity), part.Unit, part.Label, part.Cost.ToString("C", System.Globalization.CultureInfo.CurrentCulture)].Value;
                return Redirect($"/my-work/{id}#parts");
            }

            ModelState.AddModelError("Stock", refusal!.Message);
        }

        return View("Show", await PageAsync(order, agent, cancellationToken));
    }

    /// <summary>Parts not used, brought back to their store at the cost they left at.</summary>
    [HttpPost("{id:guid}/parts/{partId:guid}/return")]
    public async Task<IActionResult> ReturnPart(Guid id, Guid partId, Parts.StockReturnForm form, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        if (order is null || StockParts.Stock is null)
        {
            return NotFound();
        }

        RefuseIfClosed(order);
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
                return Done(id, "The parts are back in the store.");
            }

            ModelState.AddModelError("Stock", refusal!.Message);
        }

        return View("Show", await PageAsync(order, agent, cancellationToken));
    }

    [HttpPost("{id:guid}/tasks/{taskId:guid}")]
    public async Task<IActionResult> AnswerTask(Guid id, Guid taskId, TaskAnswerForm form, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        var task = order is null ? null : await db.WorkOrderTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.WorkOrderId == id, cancellationToken);
        if (order is null || task is null)
        {
            return NotFound();
        }

        RefuseIfClosed(order);
        if (!ModelState.IsValid)
        {
            AddGeneral([]);
            return View("Show", await PageAsync(order, agent, cancellationToken));
        }

        task.Answer = form.Answer;
        task.Comment = string.IsNullOrWhiteSpace(form.Comment) ? null : form.Comment.Trim();
        task.AnsweredBy = user.DisplayName;
        task.AnsweredAtUtc = clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/my-work/{id}#tasks");
    }

    private async Task<IActionResult> MoveAsync(
        Guid id, int version, WorkOrderStatus to, string? comment, HoldReason? reason, string flash, Action<FieldPage>? keep,
        CancellationToken cancellationToken, string? report = null)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: true, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        try
        {
            if (report is not null)
            {
                order.Report = report;
            }

            db.Entry(order).Property(w => w.Version).OriginalValue = version;
            await Flow.MoveAsync(order, to, Actor.Of(user), comment, reason, cancellationToken);
            await Flow.SaveAsync(cancellationToken);
        }
        catch (WorkflowException refused)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, text[refused.UserMessage]);
            return await RedisplayAsync(id, keep, cancellationToken);
        }
        catch (ConcurrencyConflictException conflict)
        {
            db.ChangeTracker.Clear();
            ViewData[ConflictNotice.ViewDataKey] = new ConflictNotice(conflict.ChangedBy, conflict.ChangedAtUtc is { } at ? ParisTime.FromUtc(at) : null, []);
            return await RedisplayAsync(id, keep, cancellationToken);
        }

        return Done(id, flash);
    }

    /// <summary>The page again, with the person's input kept and the work order as it is now (its current version).</summary>
    private async Task<IActionResult> RedisplayAsync(Guid id, Action<FieldPage>? keep, CancellationToken cancellationToken)
    {
        var agent = await AgentAsync(cancellationToken);
        var order = await FindAsync(id, agent, tracked: false, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        var page = await PageAsync(order, agent, cancellationToken);
        keep?.Invoke(page);
        page.HoldForm.Version = order.Version;
        page.FinishForm.Version = order.Version;
        ModelState.Remove(nameof(HoldForm.Version));
        return View("Show", page);
    }

    private RedirectResult Done(Guid id, string flash)
    {
        TempData["Flash"] = text[flash].Value;
        return Redirect($"/my-work/{id}");
    }

    private void RefuseIfClosed(WorkOrder order)
    {
        if (!WorkOrderWorkflow.AcceptsWork(order.Status))
        {
            ModelState.AddModelError(string.Empty, text[ClosedMessage]);
        }
    }

    private void AddGeneral(IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            ModelState.AddModelError(string.Empty, text[message]);
        }
    }

    private async Task<AgentInfo?> AgentAsync(CancellationToken cancellationToken) =>
        user.UserId is { } userId ? await directory.AgentOfUserAsync(userId, cancellationToken) : null;

    /// <summary>The work order if the person may see it: assigned to them or their team (any, for an administrator).</summary>
    private async Task<WorkOrder?> FindAsync(Guid id, AgentInfo? agent, bool tracked, CancellationToken cancellationToken)
    {
        IQueryable<WorkOrder> orders = db.WorkOrders;
        if (!tracked)
        {
            orders = orders.AsNoTracking();
        }

        if (!user.IsInRole(Roles.Administrator))
        {
            if (agent is null)
            {
                return null;
            }

            var assignments = db.Assignments;
            var (agentId, teamId) = (agent.Id, agent.TeamId);
            orders = orders.Where(w => assignments.Any(a => a.WorkOrderId == w.Id && a.AgentId == agentId) || (teamId != null && w.TeamId == teamId));
        }

        return await orders.Include(w => w.Tasks).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
    }

    /// <summary>Whom the person may enter hours for: themselves and the active agents of their team.</summary>
    private async Task<List<AgentInfo>> AgentsForAsync(WorkOrder order, AgentInfo? agent, IReadOnlyList<AgentInfo> agents, CancellationToken cancellationToken)
    {
        if (agent is not null)
        {
            return [.. agents.Where(a => a.Id == agent.Id || (a.IsActive && agent.TeamId != null && a.TeamId == agent.TeamId)).OrderBy(a => a.Id != agent.Id).ThenBy(a => a.FullName)];
        }

        // An administrator with no agent record enters hours for the work order's team or named agents.
        var assignments = db.Assignments;
        var named = await assignments.Where(a => a.WorkOrderId == order.Id).Select(a => a.AgentId).ToListAsync(cancellationToken);
        return [.. agents.Where(a => a.IsActive && ((order.TeamId != null && a.TeamId == order.TeamId) || named.Contains(a.Id))).OrderBy(a => a.FullName)];
    }

    private async Task<FieldPage> PageAsync(WorkOrder order, AgentInfo? agent, CancellationToken cancellationToken)
    {
        var id = order.Id;
        var (attachments, entries, notes, parts) = (db.Attachments, db.TimeEntries, db.WorkNotes, db.PartUsages);
        var requestId = order.RequestId;
        var photos = await attachments.AsNoTracking()
            .Where(a => a.WorkOrderId == id || (requestId != null && a.RequestId == requestId && a.Stage == AttachmentStage.Request))
            .OrderBy(a => a.UploadedAtUtc)
            .Select(a => new PhotoRow(a.Id, a.FileName, a.Stage, a.UploadedBy, a.UploadedAtUtc))
            .ToListAsync(cancellationToken);
        var agents = await directory.AgentsAsync(cancellationToken);
        var names = agents.ToDictionary(a => a.Id, a => a.FullName);
        var hours = (await entries.AsNoTracking().Where(t => t.WorkOrderId == id).OrderByDescending(t => t.EnteredAtUtc).ToListAsync(cancellationToken))
            .Select(t => new HoursRow(t.Id, names.GetValueOrDefault(t.AgentId) ?? "?", t.WorkDate, t.Hours, t.Kind, t.IsRunning, t.StartedAtUtc, t.Note))
            .ToList();

        // The agent's running timers, here or on another work order, in one read.
        var agentId = agent?.Id ?? Guid.Empty;
        var timers = agent is null
            ? []
            : await entries.Where(TimeEntry.RunningTimers).Where(t => t.AgentId == agentId)
                .Select(t => new { t.Id, t.WorkOrderId }).ToListAsync(cancellationToken);
        var myTimerId = timers.Where(t => t.WorkOrderId == id).Select(t => (Guid?)t.Id).FirstOrDefault();
        var today = ParisTime.Today(clock);
        return new FieldPage
        {
            Order = order,
            Site = (await directory.SitesAsync(cancellationToken)).FirstOrDefault(s => s.Id == order.SiteId),
            RequestPhotos = [.. photos.Where(p => p.Stage == AttachmentStage.Request)],
            Photos = [.. photos.Where(p => p.Stage != AttachmentStage.Request)],
            Hours = hours,
            Notes = await notes.AsNoTracking().Where(n => n.WorkOrderId == id).OrderByDescending(n => n.AtUtc)
                .Select(n => new NoteRow(n.Text, n.ByName, n.AtUtc)).ToListAsync(cancellationToken),
            Parts = (await parts.AsNoTracking().Where(p => p.WorkOrderId == id).OrderBy(p => p.EnteredAtUtc).ToListAsync(cancellationToken))
                .Select(p => new PartRow(p.Label, p.ItemReference, p.Quantity, p.Unit, p.UnitCost, p.Cost)).ToList(),
            Agent = agent,
            MyTimer = hours.FirstOrDefault(h => h.Id == myTimerId),
            TimerElsewhere = timers.Any(t => t.WorkOrderId != id),
            Agents = await AgentsForAsync(order, agent, agents, cancellationToken),
            Today = today,
            HoursForm = new HoursForm { AgentId = agent?.Id, WorkDate = today },
            HoldForm = new HoldForm { Version = order.Version },
            FinishForm = new FinishForm { Version = order.Version, Report = order.Report },
            Stock = await StockParts.PanelAsync(
                order, $"/my-work/{id}", Guid.TryParse(Request.Query["store"], out var store) ? store : null, Request.Query["q"],
                WorkOrderWorkflow.AcceptsWork(order.Status), canReserve: false, cancellationToken),
        };
    }
}

/// <summary>The agent's open work, in one query of projections: theirs by name, or their team's when nobody is named.</summary>
internal static class MyWork
{
    /// <summary>
    /// Work with the agent's timer running first (they must be able to stop it), then urgent and high-priority work,
    /// then the rest, nearest-due first within each; a phone shows the first thirty, the rest is counted. A team
    /// with a month of routine preventive work still sees the leak the manager flagged high this morning.
    /// </summary>
    public static async Task<(List<MyWorkRow> Rows, int Total)> ListAsync(DbContext db, AgentInfo agent, IClock clock, CancellationToken cancellationToken, int take = 30)
    {
        var rows = new Dictionary<Guid, MyWorkRow>();
        foreach (var query in Queries(db, agent, clock))
        {
            foreach (var row in await query
                .Select(w => new MyWorkRow(w.Id, w.Number, w.Title, w.SiteId, w.Location, w.Priority, w.Status, w.DueAtUtc, false))
                .ToListAsync(cancellationToken))
            {
                rows.TryAdd(row.Id, row);
            }
        }

        var (entries, agentId) = (db.TimeEntries, agent.Id);
        var running = await entries.Where(TimeEntry.RunningTimers).Where(t => t.AgentId == agentId)
            .Select(t => t.WorkOrderId).ToListAsync(cancellationToken);
        return (
            [.. rows.Values
                .OrderByDescending(r => running.Contains(r.Id))
                .ThenBy(r => r.Priority > Priority.High)
                .ThenBy(r => r.DueAtUtc).ThenBy(r => r.Priority)
                .Take(take).Select(r => running.Contains(r.Id) ? r with { TimerRunning = true } : r)],
            rows.Count);
    }

    public static async Task<int> CountAsync(DbContext db, AgentInfo agent, IClock clock, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        foreach (var query in Queries(db, agent, clock))
        {
            ids.UnionWith(await query.Select(w => w.Id).ToListAsync(cancellationToken));
        }

        return ids.Count;
    }

    /// <summary>
    /// The open work orders naming the agent (read from their open assignments), and their team's that
    /// name nobody: two short index reads instead of a pass over every open work order of the city.
    /// </summary>
    private static IEnumerable<IQueryable<WorkOrder>> Queries(DbContext db, AgentInfo agent, IClock clock)
    {
        var (orders, assignments) = (db.WorkOrders, db.Assignments);
        var (agentId, teamId) = (agent.Id, agent.TeamId);
        var todayStartUtc = TimeZoneInfo.ConvertTimeToUtc(ParisTime.Today(clock).ToDateTime(TimeOnly.MinValue), ParisTime.Zone);
        var listed = ListedStatuses;
        // Driven from the agent's current assignments (a handful), joined to their work orders by key.
        yield return assignments.Where(a => a.AgentId == agentId && a.State == AssignmentState.Current)
            .Join(orders, a => a.WorkOrderId, w => w.Id, (a, w) => w)
            .Where(w => listed.Contains(w.Status) && (w.Status != WorkOrderStatus.Done || w.DoneAtUtc >= todayStartUtc));
        if (teamId is not null)
        {
            yield return orders.Where(w => w.TeamId == teamId && listed.Contains(w.Status))
                .Where(w => w.Status != WorkOrderStatus.Done || w.DoneAtUtc >= todayStartUtc)
                .Where(w => !assignments.Any(a => a.WorkOrderId == w.Id));
        }
    }

    private static readonly WorkOrderStatus[] ListedStatuses = [WorkOrderStatus.Assigned, WorkOrderStatus.InProgress, WorkOrderStatus.OnHold, WorkOrderStatus.Done];
}
