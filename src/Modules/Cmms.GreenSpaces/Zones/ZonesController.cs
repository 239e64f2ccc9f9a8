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

namespace Cmms.GreenSpaces.Zones;

public sealed record ZoneRow(Guid Id, string Reference, string Name, ZoneKind Kind, MaintenanceClass Class, double AreaM2, string? Site, bool Retired);

public sealed record ZoneList(ListFilter Filter, ZoneKind? Kind, MaintenanceClass? Class, Paged<ZoneRow> Rows, IReadOnlyList<SiteInfo> Sites, bool CanEdit);

public sealed record ZonePage(
    ZoneForm Zone, double AreaM2, string? Site, double Latitude, double Longitude, int Trees, int PlayItems,
    DateOnly? RetiredOn, string? RetiredReason, AssetWorkHistory Work, bool CanEdit);

/// <summary>The register of green zones: list, page, drawing and editing, retiring.</summary>
[Authorize(Roles = RegisterAccess.Readers), Route("greenspaces/zones")]
public sealed class ZonesController(
    DbContext db, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IAssetWork work, IWriteGate gate, IClock clock,
    IStringLocalizer<Text> text, IStringLocalizer<CommonText> common) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, Guid? site, string? status, ZoneKind? kind, MaintenanceClass? cls, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = ListFilter.Of(q, site, status, page);
        var scope = await scopes.GetAsync(user, cancellationToken);
        var zones = filter.Apply(db.Zones.AsNoTracking().VisibleTo(scope));
        if (kind is { } k)
        {
            zones = zones.Where(z => z.Kind == k);
        }

        if (cls is { } c)
        {
            zones = zones.Where(z => z.MaintenanceClass == c);
        }

        var found = await filter.PageAsync(zones, db.GreenSearchTerms, z => z.Name, z => new { z.Id, z.Reference, z.Name, z.Kind, z.MaintenanceClass, z.AreaM2, z.SiteId, z.RetiredOn }, cancellationToken);
        var sites = await SitesAsync(scope, cancellationToken);
        var items = found.Items.Select(z => new ZoneRow(z.Id, z.Reference, z.Name, z.Kind, z.MaintenanceClass, z.AreaM2,
            sites.FirstOrDefault(s => s.Id == z.SiteId)?.Name, z.RetiredOn is not null)).ToList();
        return View(new ZoneList(filter, kind, cls, new Paged<ZoneRow>(items, found.Page, found.PageSize, found.Total), sites, RegisterAccess.CanEdit(user)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var zone = await db.Zones.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(z => z.Id == id, cancellationToken);
        if (zone is null)
        {
            return NotFound();
        }

        var (trees, play) = (db.Trees, db.PlayItems);
        var treeCount = await trees.InService().CountAsync(t => t.ZoneId == id, cancellationToken);
        var playCount = await play.InService().CountAsync(p => p.ZoneId == id, cancellationToken);
        var site = (await directory.SitesAsync(cancellationToken)).FirstOrDefault(s => s.Id == zone.SiteId)?.Name;
        var centre = zone.Outline.InteriorPoint;
        var history = await work.HistoryAsync(new AssetRef(GreenSpacesModule.Name, id), 10, cancellationToken);
        return View(new ZonePage(ZoneForm.From(zone), zone.AreaM2, site, centre.Y, centre.X, treeCount, playCount, zone.RetiredOn, zone.RetiredReason, history, RegisterAccess.CanEdit(user)));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", new ZoneForm { Sites = await directory.SitesAsync(cancellationToken) });

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("new")]
    public async Task<IActionResult> New(ZoneForm form, CancellationToken cancellationToken)
    {
        form.Sites = await directory.SitesAsync(cancellationToken);
        var outline = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var zone = new Zone { Name = string.Empty };
        form.ApplyTo(zone, outline!);
        await RegisterWrites.AddAsync(db.GreenSearchTerms, db.GreenCounters, gate, user.OrganisationId!.Value, References.Zones, zone, cancellationToken);

        TempData["Flash"] = text["The zone {0} has been created.", zone.Reference].Value;
        return Redirect(GreenSpacesUrls.Zone(zone.Id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var zone = await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.Id == id && z.RetiredOn == null, cancellationToken);
        if (zone is null)
        {
            return NotFound();
        }

        var form = ZoneForm.From(zone);
        form.Sites = await directory.SitesAsync(cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, ZoneForm form, CancellationToken cancellationToken)
    {
        var zone = await db.Zones.FirstOrDefaultAsync(z => z.Id == id && z.RetiredOn == null, cancellationToken);
        if (zone is null)
        {
            return NotFound();
        }

        (form.Id, form.Reference) = (id, zone.Reference);
        form.Sites = await directory.SitesAsync(cancellationToken);
        var outline = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        form.ApplyTo(zone, outline!);
        if (await RegisterWrites.SaveAsync(db.GreenSearchTerms, gate, zone, form.Version, cancellationToken) is { } conflict)
        {
            var theirs = ZoneForm.From(zone);
            theirs.Sites = form.Sites;
            return this.ConflictView("Edit", form, theirs, conflict);
        }

        TempData["Flash"] = text["The zone has been saved."].Value;
        return Redirect(GreenSpacesUrls.Zone(id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, RetireForm form, CancellationToken cancellationToken) =>
        await this.RetireAsync(db, await db.Zones.FirstOrDefaultAsync(z => z.Id == id && z.RetiredOn == null, cancellationToken), form, ParisTime.Today(clock),
            text["The zone has been taken out of service."], GreenSpacesUrls.Zone(id), common, cancellationToken);

    private NetTopologySuite.Geometries.Geometry? Validate(ZoneForm form)
    {
        foreach (var (field, message) in form.Problems())
        {
            ModelState.AddModelError(field, text[message]);
        }

        var (outline, problem) = ShapeInput.Read(form.Geometry, GeometryKind.Polygon, Zone.MaxSpan);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(form.Geometry), problem.Describe(common));
        }

        return outline;
    }

    private async Task<IReadOnlyList<SiteInfo>> SitesAsync(UserScope scope, CancellationToken cancellationToken) =>
        [.. (await directory.SitesAsync(cancellationToken)).Where(s => scope.CanSeeSite(s.Id)).OrderBy(s => s.Name, StringComparer.CurrentCulture)];
}
