using Cmms.Directory.Contracts;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Works.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Inbox;

/// <summary>The technical service manager's inbox: the requests of their services waiting for a decision, and the decisions.</summary>
[Authorize(Roles = $"{Roles.ServiceManager},{Roles.Administrator}"), Route("inbox")]
public sealed class InboxController(
    DbContext db, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IClock clock, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        Guid? service, Guid? site, RequestCategory? category, Urgency? urgency, RequestStatus? status, int page = 1, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var shown = status is { } s && InboxQueries.Statuses.Contains(s) ? s : RequestStatus.Submitted;
        var filter = new InboxFilter(service, site, category, urgency, shown, Math.Max(1, page));
        return View(await InboxQueries.PageAsync(db, directory, scope, filter, clock.UtcNow, cancellationToken));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:guid}/validate")]
    public async Task<IActionResult> Validate(Guid id, [Bind(Prefix = "")] ValidateForm form, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        foreach (var (field, message) in form.Problems(page.Agents))
        {
            ModelState.AddModelError(field, text[message]);
        }

        if (form.TeamId is { } team && page.Teams.All(t => t.Id != team))
        {
            ModelState.AddModelError(nameof(form.TeamId), text["Choose a team of the request's service."]);
        }

        return await DecideAsync(page, nameof(DecisionPage.Validate), p => p.Validate = form, async () =>
        {
            var plan = new ValidationPlan(form.Type, form.Priority, form.TeamId, form.AgentIds, form.Contractor,
                form.PlannedStart, form.PlannedEnd, form.TaskLines(), form.Comment);
            var order = await HttpContext.RequestServices.GetRequiredService<Decisions>().ValidateAsync(id, form.Version, plan, Actor.Of(user), cancellationToken);
            TempData["Flash"] = text["The request has been validated: work order {0} created.", order.Number].Value;
            return Redirect(WorksUrls.WorkOrder(order.Id));
        });
    }

    [HttpPost("{id:guid}/reject")]
    public async Task<IActionResult> Reject(Guid id, [Bind(Prefix = "")] RejectForm form, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        return page is null ? NotFound() : await DecideAsync(page, nameof(DecisionPage.Reject), p => p.Reject = form, async () =>
        {
            await HttpContext.RequestServices.GetRequiredService<Decisions>().RejectAsync(id, form.Version, form.Reason!, Actor.Of(user), cancellationToken);
            TempData["Flash"] = text["The request has been rejected; the referent is told why."].Value;
            return Redirect("/inbox");
        });
    }

    [HttpPost("{id:guid}/ask")]
    public async Task<IActionResult> Ask(Guid id, [Bind(Prefix = "")] AskForm form, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        return page is null ? NotFound() : await DecideAsync(page, nameof(DecisionPage.Ask), p => p.Ask = form, async () =>
        {
            await HttpContext.RequestServices.GetRequiredService<Decisions>().AskInformationAsync(id, form.Version, form.Question!, Actor.Of(user), cancellationToken);
            TempData["Flash"] = text["Your question has been sent to the referent."].Value;
            return Redirect("/inbox");
        });
    }

    [HttpPost("{id:guid}/duplicate")]
    public async Task<IActionResult> Duplicate(Guid id, [Bind(Prefix = "")] DuplicateForm form, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var original = form.OriginalId;
        if (!string.IsNullOrWhiteSpace(form.OriginalNumber))
        {
            var number = form.OriginalNumber.Trim().ToUpperInvariant();
            original = await db.Requests.AsNoTracking().Where(r => r.Number == number).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (original is null)
            {
                ModelState.AddModelError(nameof(form.OriginalNumber), text["No request has this number."]);
            }
        }
        else if (original is null)
        {
            ModelState.AddModelError(nameof(form.OriginalId), text["Choose the original request or type its number."]);
        }

        return await DecideAsync(page, nameof(DecisionPage.Duplicate), p => p.Duplicate = form, async () =>
        {
            await HttpContext.RequestServices.GetRequiredService<Decisions>().MarkDuplicateAsync(id, form.Version, original!.Value, Actor.Of(user), cancellationToken);
            TempData["Flash"] = text["The request has been marked as a duplicate."].Value;
            return Redirect("/inbox");
        });
    }

    /// <summary>Runs a decision; a refused move or a decision taken meanwhile shows the page again, nothing written.</summary>
    private async Task<IActionResult> DecideAsync(DecisionPage page, string decision, Action<DecisionPage> keep, Func<Task<IActionResult>> act)
    {
        keep(page);
        page.Open = decision;
        if (!ModelState.IsValid)
        {
            return View("Show", page);
        }

        try
        {
            return await act();
        }
        catch (WorkflowException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.UserMessage]);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, text["Another manager has dealt with this request meanwhile."]);
        }

        // Show the request as it is now, with the version the next decision must carry.
        db.ChangeTracker.Clear();
        var fresh = await LoadAsync(page.Request.Id, HttpContext.RequestAborted);
        if (fresh is null)
        {
            return NotFound();
        }

        keep(fresh);
        fresh.Open = decision;
        fresh.Validate.Version = fresh.Reject.Version = fresh.Ask.Version = fresh.Duplicate.Version = fresh.Request.Version;
        ModelState.Remove("Version");
        return View("Show", fresh);
    }

    private async Task<DecisionPage?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var r = await InboxQueries.InScope(db, scope).Where(r => r.Id == id).Select(r => new
        {
            r.Id, r.Number, r.Title, r.Description, r.Status, r.Category, r.Urgency, r.SiteId, r.AssetModule, r.AssetId, r.AssetLabel,
            r.Location, r.Latitude, r.Longitude, r.RequesterName, r.RequesterContact, r.SubmittedAtUtc, r.StatusChangedAtUtc, r.DueAtUtc,
            r.ServiceId, r.WorkOrderId, r.DuplicateOfId, r.LastReason, r.Version,
        }).FirstOrDefaultAsync(cancellationToken);
        if (r is null)
        {
            return null;
        }

        var now = clock.UtcNow;
        var events = db.RequestEvents;
        var timeline = await events.AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.AtUtc)
            .Select(e => new RequestStep(e.AtUtc, e.ByName, e.From, e.To, e.Comment)).ToListAsync(cancellationToken);
        var attachments = db.Attachments;
        var photos = await attachments.AsNoTracking().Where(a => a.RequestId == id).OrderBy(a => a.UploadedAtUtc)
            .Select(a => new PhotoThumb(a.Id, a.FileName, a.Stage)).ToListAsync(cancellationToken);

        // Likely the same problem: open requests of the same category on the same site, or on the same asset.
        var open = RequestWorkflow.OpenStatuses;
        var requests = db.Requests;
        var duplicates = await requests.AsNoTracking()
            .Where(o => o.Id != id && open.Contains(o.Status) && o.Category == r.Category
                && (o.SiteId == r.SiteId || (r.AssetId != null && o.AssetId == r.AssetId)))
            .OrderByDescending(o => o.SubmittedAtUtc).Take(10)
            .Select(o => new DuplicateCandidate(o.Id, o.Number, o.Title, o.Status, o.SubmittedAtUtc, o.AssetLabel))
            .ToListAsync(cancellationToken);

        var sites = await directory.SitesAsync(cancellationToken);
        var services = await directory.ServicesAsync(cancellationToken);
        var teams = (await directory.TeamsAsync(cancellationToken)).Where(t => t.ServiceId == r.ServiceId).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
        var teamIds = teams.Select(t => t.Id).ToHashSet();

        // The service's own agents first, then the others (a manager may borrow an agent).
        var agents = (await directory.AgentsAsync(cancellationToken)).Where(a => a.IsActive)
            .OrderBy(a => a.TeamId is { } t && teamIds.Contains(t) ? 0 : 1).ThenBy(a => a.FullName, StringComparer.CurrentCulture).ToList();

        var detail = new RequestDetail(
            r.Id, r.Number, r.Title, r.Description, r.Status, r.Category, r.Urgency, r.SiteId, sites.FirstOrDefault(s => s.Id == r.SiteId)?.Name ?? "?",
            r.AssetLabel, r.Location, r.Latitude, r.Longitude, r.RequesterName, r.RequesterContact, r.SubmittedAtUtc, r.StatusChangedAtUtc, r.DueAtUtc,
            RequestWorkflow.IsOpen(r.Status) && r.Status != RequestStatus.InProgress && now > r.DueAtUtc,
            r.ServiceId, services.FirstOrDefault(s => s.Id == r.ServiceId)?.Name ?? "?", r.WorkOrderId, r.DuplicateOfId, r.LastReason, r.Version);
        return new DecisionPage
        {
            Request = detail, Timeline = timeline, Photos = photos, Duplicates = duplicates, Teams = teams, Agents = agents,
            Validate = new ValidateForm { Version = r.Version, Priority = UrgencyDelays.Priority(r.Urgency), TeamId = teams.Count == 1 ? teams[0].Id : null },
            Reject = new RejectForm { Version = r.Version },
            Ask = new AskForm { Version = r.Version },
            Duplicate = new DuplicateForm { Version = r.Version },
        };
    }
}
