using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Cmms.Works.Attachments;
using Cmms.Works.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Portal;

/// <summary>
/// The referent's portal: report a problem on one of their sites (with photos, taken on the spot),
/// follow their requests, answer the service's questions, and confirm the work once done.
/// </summary>
/// <remarks>Each action names its roles: the request page also lets managers in, to send them to theirs.</remarks>
[Route("requests")]
public sealed class PortalController(
    DbContext db, ICurrentUser user, IUserScopeProvider scopes, IDirectory directory, IEnumerable<IAssetCatalog> catalogs,
    IClock clock, IStringLocalizer<Text> text) : Controller
{
    private const string Referents = $"{Roles.Referent},{Roles.Administrator}";
    private const int SimilarShown = 5;
    private const int AssetsFound = 20;

    /// <summary>The form; <paramref name="asset"/> ("module:id", from the map or an asset's page) comes chosen, with its site.</summary>
    [Authorize(Roles = Referents), HttpGet("new")]
    public async Task<IActionResult> New(string? asset, CancellationToken cancellationToken)
    {
        var sites = await MySitesAsync(cancellationToken);
        var form = new NewRequestForm { SiteId = sites.Count == 1 ? sites[0].Id : null };
        if (await VisibleAssetAsync(asset, sites, cancellationToken) is { } chosen)
        {
            form.Asset = chosen.Ref.ToString();
            form.SiteId = chosen.SiteId ?? form.SiteId;
        }

        return View("New", await NewPageAsync(form, sites, cancellationToken));
    }

    /// <summary>
    /// Equipment of one of the person's sites whose name or reference contains <paramref name="q"/>, from every
    /// asset module (each applies the person's scope), for the form's equipment search.
    /// </summary>
    [Authorize(Roles = Referents), HttpGet("assets")]
    public async Task<IActionResult> Assets(Guid? site, string? q, CancellationToken cancellationToken)
    {
        var sites = await MySitesAsync(cancellationToken);
        if (site is not { } siteId || sites.All(s => s.Id != siteId))
        {
            return Json(Array.Empty<AssetChoice>());
        }

        var text = q?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, 100)] : null;
        var found = new List<AssetChoice>();
        foreach (var catalog in catalogs)
        {
            // One context per request: the catalogs are asked one after the other.
            var assets = await catalog.SearchAsync(text, siteId, AssetsFound, cancellationToken);
            found.AddRange(assets.Select(a => new AssetChoice(a.Ref.ToString(), a.Label, a.Kind, a.SiteId)));
        }

        return Json(found.OrderBy(a => a.Label, StringComparer.CurrentCulture).Take(AssetsFound).ToList());
    }

    [Authorize(Roles = Referents), HttpPost("new"), RequestSizeLimit(UploadLimitAttribute.DefaultBytes), UploadLimit("/requests/new")]
    public async Task<IActionResult> New(
        NewRequestForm form, List<IFormFile>? photos, CancellationToken cancellationToken)
    {
        var sites = await MySitesAsync(cancellationToken);
        if (form.SiteId is { } siteId && sites.All(s => s.Id != siteId))
        {
            ModelState.AddModelError(nameof(form.SiteId), text["Choose one of your sites."]);
        }

        var asset = await AssetAsync(form, cancellationToken);
        var read = await ReadPhotosAsync(photos ?? [], cancellationToken);
        var latitude = NewRequestForm.Coordinate(form.Latitude, 90);
        var longitude = NewRequestForm.Coordinate(form.Longitude, 180);
        if (latitude is null || longitude is null)
        {
            (latitude, longitude) = (null, null);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var request = await Service<Submission>().SubmitAsync(
                    new NewRequest(form.SiteId!.Value, asset, form.Category!.Value, form.Urgency!.Value, form.Title, form.Description,
                        string.IsNullOrWhiteSpace(form.Location) ? null : form.Location, latitude, longitude, RequestChannel.Portal, null, null, read),
                    Actor.Of(user), user.OrganisationId!.Value, cancellationToken);
                TempData["Flash"] = text["Your request {0} has been sent.", request.Number].Value;
                return Redirect(WorksUrls.Request(request.Id));
            }
            catch (WorkflowException e)
            {
                ModelState.AddModelError(string.Empty, text[e.UserMessage]);
            }
        }

        return View("New", await NewPageAsync(form, sites, cancellationToken));
    }

    /// <summary>Open requests that may be the same problem: same site (or equipment) and kind, on the referent's sites.</summary>
    [Authorize(Roles = Referents), HttpGet("similar")]
    public async Task<IActionResult> Similar(Guid? siteId, RequestCategory? category, Guid? assetId, CancellationToken cancellationToken) =>
        PartialView("_Similar", await SimilarAsync(siteId, category, assetId, cancellationToken));

    [Authorize(Roles = Referents), HttpGet("")]
    public async Task<IActionResult> Index(string? status, int page = 1, CancellationToken cancellationToken = default)
    {
        status = status == "open" ? "open" : "all";
        var mine = await MineAsync(cancellationToken);
        if (status == "open")
        {
            mine = mine.Where(r => r.Status != RequestStatus.Closed && r.Status != RequestStatus.Rejected
                && r.Status != RequestStatus.Duplicate && r.Status != RequestStatus.Withdrawn);
        }

        var paging = new PageRequest(Math.Max(1, page), 20);
        var total = await mine.CountAsync(cancellationToken);
        var found = await mine.OrderByDescending(r => r.SubmittedAtUtc).ThenByDescending(r => r.Number).Skip(paging.Skip).Take(paging.PageSize)
            .Select(r => new { r.Id, r.Number, r.Title, r.SiteId, r.Status, r.SubmittedAtUtc, r.DueAtUtc })
            .ToListAsync(cancellationToken);
        var siteNames = await SiteNamesAsync(cancellationToken);
        var now = clock.UtcNow;
        var rows = found.Select(r => new RequestRow(
                r.Id, r.Number, r.Title, siteNames.GetValueOrDefault(r.SiteId, "—"), r.Status, r.SubmittedAtUtc,
                RequestWorkflow.IsOpen(r.Status) && r.Status != RequestStatus.InProgress && now > r.DueAtUtc))
            .ToList();
        return View("Index", new MyRequestsPage(new Paged<RequestRow>(rows, paging.Page, paging.PageSize, total), status));
    }

    /// <summary>
    /// The request as its referent follows it. The service's managers (and administrators) who did not
    /// make it are sent to their own page of it; anyone else is told it does not exist.
    /// </summary>
    [Authorize(Roles = $"{Roles.Referent},{Roles.Administrator},{Roles.ServiceManager}"), HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        if (!await FollowsAsync(request, cancellationToken))
        {
            var scope = await scopes.GetAsync(user, cancellationToken);
            return user.IsInRole(Roles.Administrator) || scope.ServiceIds.Contains(request.ServiceId)
                ? Redirect($"/inbox/{id}")
                : NotFound();
        }

        return View("Show", await RequestPageAsync(request, cancellationToken));
    }

    [Authorize(Roles = Referents), HttpPost("{id:guid}/answer")]
    public Task<IActionResult> Answer(Guid id, int version, string? answer, CancellationToken cancellationToken) =>
        DecideAsync(id, "answer", answer, required: true, (by, ct) => Service<Decisions>().AnswerAsync(id, version, answer!.Trim(), by, ct), "Your answer has been sent to the service.", cancellationToken);

    [Authorize(Roles = Referents), HttpPost("{id:guid}/withdraw")]
    public Task<IActionResult> Withdraw(Guid id, int version, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(id, "comment", comment, required: false, (by, ct) => Service<Decisions>().WithdrawAsync(id, version, comment, by, ct), "Your request has been withdrawn.", cancellationToken);

    [Authorize(Roles = Referents), HttpPost("{id:guid}/confirm")]
    public Task<IActionResult> Confirm(Guid id, int version, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(id, "comment", comment, required: false, (by, ct) => Service<Decisions>().ConfirmAsync(id, version, comment, by, ct), "Thank you: the request is closed.", cancellationToken);

    [Authorize(Roles = Referents), HttpPost("{id:guid}/reopen")]
    public Task<IActionResult> Reopen(Guid id, int version, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(id, "reason", reason, required: true, (by, ct) => Service<Decisions>().ReopenAsync(id, version, reason!.Trim(), by, ct), "The service has been told that the problem persists.", cancellationToken);

    /// <summary>
    /// A referent's decision on their request, at the version they saw. A missing answer shows the page
    /// again with the message; a move no longer possible or a change by someone else meanwhile is
    /// explained, and nothing is saved.
    /// </summary>
    private async Task<IActionResult> DecideAsync(
        Guid id, string field, string? said, bool required, Func<Actor, CancellationToken, Task> decide, string done, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || !await FollowsAsync(request, cancellationToken))
        {
            return NotFound();
        }

        if (required && string.IsNullOrWhiteSpace(said))
        {
            ModelState.AddModelError(field, text["Please write a few words."]);
        }
        else if (said?.Trim().Length > 2000)
        {
            ModelState.AddModelError(field, text["Please write at most {0} characters.", 2000]);
        }

        if (!ModelState.IsValid)
        {
            return View("Show", await RequestPageAsync(request, cancellationToken));
        }

        try
        {
            await decide(Actor.Of(user), cancellationToken);
            TempData["Flash"] = text[done].Value;
        }
        catch (WorkflowException e)
        {
            TempData["FlashError"] = text[e.UserMessage].Value;
        }
        catch (ConcurrencyConflictException)
        {
            TempData["FlashError"] = text["Someone changed this request while you were reading it: here it is as it stands now. Nothing has been saved."].Value;
        }

        return Redirect(WorksUrls.Request(id));
    }

    /// <summary>The module's own services (internal, so not constructor parameters of a public controller).</summary>
    private T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private PhotoReader Reader => Service<PhotoReader>();

    /// <summary>The requester and the referents of its site follow a request here.</summary>
    private async Task<bool> FollowsAsync(InterventionRequest request, CancellationToken cancellationToken)
    {
        if (request.RequesterUserId is { } requester && requester == user.UserId)
        {
            return true;
        }

        return user.IsInRole(Roles.Referent) && (await scopes.GetAsync(user, cancellationToken)).SiteIds.Contains(request.SiteId);
    }

    /// <summary>What the person submitted plus what was submitted on their sites.</summary>
    private async Task<IQueryable<InterventionRequest>> MineAsync(CancellationToken cancellationToken)
    {
        var me = user.UserId ?? Guid.Empty;
        var sites = user.IsInRole(Roles.Referent) ? (await scopes.GetAsync(user, cancellationToken)).SiteIds.ToList() : [];
        return db.Requests.AsNoTracking().Where(r => r.RequesterUserId == me || sites.Contains(r.SiteId));
    }

    /// <summary>The sites the person may report on: a referent's own, every site for an administrator.</summary>
    private async Task<List<SiteInfo>> MySitesAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var all = await directory.SitesAsync(cancellationToken);
        var allowed = user.IsInRole(Roles.Administrator) ? all : all.Where(s => scope.SiteIds.Contains(s.Id));
        return [.. allowed.OrderBy(s => s.Name, StringComparer.CurrentCulture)];
    }

    private async Task<Dictionary<Guid, string>> SiteNamesAsync(CancellationToken cancellationToken) =>
        (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);

    private async Task<IReadOnlyList<SimilarRequest>> SimilarAsync(Guid? siteId, RequestCategory? category, Guid? assetId, CancellationToken cancellationToken)
    {
        if (siteId is not { } site || category is not { } kind || (await MySitesAsync(cancellationToken)).All(s => s.Id != site))
        {
            return [];
        }

        var open = RequestWorkflow.OpenStatuses;
        return await db.Requests.AsNoTracking()
            .Where(r => open.Contains(r.Status) && r.Category == kind && (r.SiteId == site || (assetId != null && r.AssetId == assetId)))
            .OrderByDescending(r => r.SubmittedAtUtc).Take(SimilarShown)
            .Select(r => new SimilarRequest(r.Id, r.Number, r.Title, r.Status, r.SubmittedAtUtc))
            .ToListAsync(cancellationToken);
    }

    private async Task<NewRequestPage> NewPageAsync(NewRequestForm form, List<SiteInfo> sites, CancellationToken cancellationToken)
    {
        // The equipment already chosen (from the map, an asset's page, or the form sent back); others are searched for.
        var chosen = await VisibleAssetAsync(form.Asset, sites, cancellationToken);
        var assetId = chosen?.Ref.Id;
        var similar = await SimilarAsync(form.SiteId, form.Category, assetId, cancellationToken);
        return new NewRequestPage(
            form, sites, chosen is null ? null : new AssetChoice(chosen.Ref.ToString(), chosen.Label, chosen.Kind, chosen.SiteId),
            catalogs.Any(), similar, Reader.MaxPerUpload, Reader.MaxBytes);
    }

    /// <summary>The asset "module:id" as its module describes it, when the person may report on it (its site is one of theirs).</summary>
    private async Task<AssetSummary?> VisibleAssetAsync(string? value, List<SiteInfo> sites, CancellationToken cancellationToken)
    {
        var summary = await catalogs.FindAsync(value, cancellationToken);
        return summary is not null && (summary.SiteId is null || sites.Any(s => s.Id == summary.SiteId)) ? summary : null;
    }

    /// <summary>The equipment chosen, as its module describes it; it must belong to the chosen site when it belongs to one.</summary>
    private async Task<AssetSummary?> AssetAsync(NewRequestForm form, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.Asset))
        {
            return null;
        }

        var summary = await catalogs.FindAsync(form.Asset, cancellationToken);
        if (summary is null || (summary.SiteId is { } site && site != form.SiteId))
        {
            ModelState.AddModelError(nameof(form.Asset), text["Choose equipment of the chosen site."]);
            return null;
        }

        return summary;
    }

    /// <summary>Every photo is checked; one refused is explained on the photos field, and then none is kept.</summary>
    private async Task<List<Photo>> ReadPhotosAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        files = [.. files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))];
        if (files.Count > Reader.MaxPerUpload)
        {
            ModelState.AddModelError("Photos", text["Send at most {0} photos.", Reader.MaxPerUpload]);
            return [];
        }

        var (photos, refusals) = await Reader.ReadAllAsync(files, cancellationToken);
        foreach (var (file, refusal) in refusals)
        {
            ModelState.AddModelError("Photos", $"{Path.GetFileName(file)} : {text[refusal]}");
        }

        return photos;
    }

    private async Task<RequestPage> RequestPageAsync(InterventionRequest r, CancellationToken cancellationToken)
    {
        var attachments = db.Attachments;
        var events = db.RequestEvents;
        var workOrderId = r.WorkOrderId;
        var photos = await attachments.AsNoTracking()
            .Where(a => a.RequestId == r.Id || (workOrderId != null && a.WorkOrderId == workOrderId && a.Stage == AttachmentStage.After))
            .OrderBy(a => a.UploadedAtUtc)
            .Select(a => new PhotoRow(a.Id, a.FileName, a.Stage == AttachmentStage.After))
            .ToListAsync(cancellationToken);
        var timeline = await events.AsNoTracking().Where(e => e.RequestId == r.Id)
            .OrderBy(e => e.AtUtc)
            .Select(e => new TimelineStep(e.AtUtc, e.ByName, e.From, e.To, e.Comment))
            .ToListAsync(cancellationToken);
        var duplicateOf = r.DuplicateOfId is { } original
            ? await db.Requests.AsNoTracking().Where(o => o.Id == original).Select(o => o.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        var siteName = (await SiteNamesAsync(cancellationToken)).GetValueOrDefault(r.SiteId, "—");
        return new RequestPage(
            r.Id, r.Number, r.Title, r.Description, siteName, r.AssetLabel, r.Location, r.Latitude, r.Longitude, r.Category, r.Urgency, r.Status,
            r.LastReason, r.RequesterName, r.SubmittedAtUtc, r.DueAtUtc, r.IsLate(clock.UtcNow), r.Version, r.DuplicateOfId, duplicateOf, photos, timeline);
    }
}
