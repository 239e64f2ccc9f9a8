using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.Kernel;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.GreenSpaces.PlayEquipment;

public sealed record PlayRow(Guid Id, string Reference, string Name, PlayType Type, string Standard, DateOnly? InstalledOn, int? MinAge, int? MaxAge, string? Site, bool Retired);

public sealed record PlayList(ListFilter Filter, PlayType? Type, Paged<PlayRow> Rows, IReadOnlyList<SiteInfo> Sites, bool CanEdit);

public sealed record PlayPage(PlayForm Item, string? Site, Guid? ZoneId, string? Zone, double Latitude, double Longitude,
    DateOnly? RetiredOn, string? RetiredReason, AssetWorkHistory Work, bool CanEdit);

/// <summary>The register of playground equipment (swings, slides…) at parks and schools.</summary>
[Authorize(Roles = RegisterAccess.Readers), Route("greenspaces/play-equipment")]
public sealed class PlayEquipmentController(
    DbContext db, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IAssetWork work, IWriteGate gate, IClock clock,
    IStringLocalizer<Text> text, IStringLocalizer<CommonText> common) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, Guid? site, string? status, PlayType? type, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = ListFilter.Of(q, site, status, page);
        var scope = await scopes.GetAsync(user, cancellationToken);
        var items = filter.Apply(db.PlayItems.AsNoTracking().VisibleTo(scope));
        if (type is { } t)
        {
            items = items.Where(p => p.Type == t);
        }

        var found = await filter.PageAsync(items, db.GreenSearchTerms, p => p.Reference,
            p => new { p.Id, p.Reference, p.Name, p.Type, p.Standard, p.InstalledOn, p.MinAge, p.MaxAge, p.SiteId, p.RetiredOn }, cancellationToken);
        var sites = (await directory.SitesAsync(cancellationToken)).Where(s => scope.CanSeeSite(s.Id)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        var list = found.Items.Select(p => new PlayRow(p.Id, p.Reference, p.Name, p.Type, p.Standard, p.InstalledOn, p.MinAge, p.MaxAge,
            sites.FirstOrDefault(s => s.Id == p.SiteId)?.Name, p.RetiredOn is not null)).ToList();
        return View(new PlayList(filter, type, new Paged<PlayRow>(list, found.Page, found.PageSize, found.Total), sites, RegisterAccess.CanEdit(user)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var item = await db.PlayItems.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var zones = db.Zones;
        var zone = item.ZoneId is { } zoneId ? await zones.AsNoTracking().Where(z => z.Id == zoneId).Select(z => z.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var site = (await directory.SitesAsync(cancellationToken)).FirstOrDefault(s => s.Id == item.SiteId)?.Name;
        var history = await work.HistoryAsync(new AssetRef(GreenSpacesModule.Name, id), 10, cancellationToken);
        return View(new PlayPage(PlayForm.From(item), site, item.ZoneId, zone, item.Position.Y, item.Position.X, item.RetiredOn, item.RetiredReason, history, RegisterAccess.CanEdit(user)));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", new PlayForm { Sites = await directory.SitesAsync(cancellationToken) });

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("new")]
    public async Task<IActionResult> New(PlayForm form, CancellationToken cancellationToken)
    {
        form.Sites = await directory.SitesAsync(cancellationToken);
        var position = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var item = new PlayItem { Name = string.Empty, Standard = string.Empty };
        form.ApplyTo(item, position!);
        (item.ZoneId, var zoneSite) = await ZoneFinder.AtAsync(db, position!, cancellationToken);
        item.SiteId ??= zoneSite;
        await RegisterWrites.AddAsync(db.GreenSearchTerms, db.GreenCounters, gate, user.OrganisationId!.Value, References.Play, item, cancellationToken);

        TempData["Flash"] = text["The equipment {0} has been added.", item.Reference].Value;
        return Redirect(GreenSpacesUrls.PlayItem(item.Id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.PlayItems.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.RetiredOn == null, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var form = PlayForm.From(item);
        form.Sites = await directory.SitesAsync(cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, PlayForm form, CancellationToken cancellationToken)
    {
        var item = await db.PlayItems.FirstOrDefaultAsync(p => p.Id == id && p.RetiredOn == null, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        (form.Id, form.Reference) = (id, item.Reference);
        form.Sites = await directory.SitesAsync(cancellationToken);
        var position = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        form.ApplyTo(item, position!);
        (item.ZoneId, var zoneSite) = await ZoneFinder.AtAsync(db, position!, cancellationToken);
        item.SiteId ??= zoneSite;
        if (await RegisterWrites.SaveAsync(db.GreenSearchTerms, gate, item, form.Version, cancellationToken) is { } conflict)
        {
            var theirs = PlayForm.From(item);
            theirs.Sites = form.Sites;
            return this.ConflictView("Edit", form, theirs, conflict);
        }

        TempData["Flash"] = text["The equipment has been saved."].Value;
        return Redirect(GreenSpacesUrls.PlayItem(id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, RetireForm form, CancellationToken cancellationToken) =>
        await this.RetireAsync(db, await db.PlayItems.FirstOrDefaultAsync(p => p.Id == id && p.RetiredOn == null, cancellationToken), form, ParisTime.Today(clock),
            text["The equipment has been taken out of service."], GreenSpacesUrls.PlayItem(id), common, cancellationToken);

    private NetTopologySuite.Geometries.Point? Validate(PlayForm form)
    {
        foreach (var (field, message) in form.Problems(ParisTime.Today(clock)))
        {
            ModelState.AddModelError(field, text[message]);
        }

        var (position, problem) = ShapeInput.Read(form.Geometry, GeometryKind.Point, 0);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(form.Geometry), problem.Describe(common));
        }

        return position as NetTopologySuite.Geometries.Point;
    }
}
