using Cmms.Directory.Contracts;
using Cmms.Kernel;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Cmms.Roads.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.StreetLights;

public sealed record LightRow(Guid Id, string Reference, string? StreetName, LampType Lamp, int? PowerW, string? Cabinet, DateOnly? InstalledOn, bool Retired);

public sealed record LightList(ListFilter Filter, LampType? Lamp, string? Cabinet, Paged<LightRow> Rows, IReadOnlyList<SiteInfo> Sites, bool CanEdit);

public sealed record LightPage(LightForm Light, string? Site, int OnCabinet, double Latitude, double Longitude,
    DateOnly? RetiredOn, string? RetiredReason, AssetWorkHistory Work, bool CanEdit);

/// <summary>The public lighting register: light points by lamp and cabinet, the light's page, placing, editing, removing.</summary>
[Authorize(Roles = RegisterAccess.Readers), Route("roads/street-lights")]
public sealed class StreetLightsController(
    DbContext db, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IAssetWork work, IWriteGate gate, IClock clock,
    IStringLocalizer<Text> text, IStringLocalizer<CommonText> common) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? q, Guid? site, string? status, LampType? lamp, string? cabinet, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = ListFilter.Of(q, site, status, page);
        var scope = await scopes.GetAsync(user, cancellationToken);
        var lights = filter.Apply(db.StreetLights.AsNoTracking().VisibleTo(scope));
        if (lamp is { } l)
        {
            lights = lights.Where(x => x.Lamp == l);
        }

        cabinet = string.IsNullOrWhiteSpace(cabinet) ? null : cabinet.Trim().ToUpperInvariant();
        if (cabinet is not null)
        {
            lights = lights.Where(x => x.Cabinet == cabinet);
        }

        var rows = await filter.PageAsync(lights, db.RoadSearchTerms, x => x.Reference,
            x => new LightRow(x.Id, x.Reference, x.StreetName, x.Lamp, x.PowerW, x.Cabinet, x.InstalledOn, x.RetiredOn != null), cancellationToken);
        var sites = (await directory.SitesAsync(cancellationToken)).Where(s => scope.CanSeeSite(s.Id)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        return View(new LightList(filter, lamp, cabinet, rows, sites, RegisterAccess.CanEdit(user)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var light = await db.StreetLights.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (light is null)
        {
            return NotFound();
        }

        var cabinet = light.Cabinet;
        var onCabinet = cabinet is null ? 0 : await db.StreetLights.InService().CountAsync(x => x.Cabinet == cabinet, cancellationToken);
        var site = (await directory.SitesAsync(cancellationToken)).FirstOrDefault(s => s.Id == light.SiteId)?.Name;
        var history = await work.HistoryAsync(new AssetRef(RoadsModule.Name, id), 10, cancellationToken);
        return View(new LightPage(LightForm.From(light), site, onCabinet, light.Position.Y, light.Position.X, light.RetiredOn, light.RetiredReason, history, RegisterAccess.CanEdit(user)));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", new LightForm { Sites = await directory.SitesAsync(cancellationToken), InstalledOn = ParisTime.Today(clock) });

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("new")]
    public async Task<IActionResult> New(LightForm form, CancellationToken cancellationToken)
    {
        form.Sites = await directory.SitesAsync(cancellationToken);
        var position = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var light = await LightWrites.CreateAsync(db, gate, user.OrganisationId!.Value, form, position!, cancellationToken);
        TempData["Flash"] = text["The light point {0} has been added.", light.Reference].Value;
        return Redirect(RoadsUrls.StreetLight(light.Id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var light = await db.StreetLights.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.RetiredOn == null, cancellationToken);
        if (light is null)
        {
            return NotFound();
        }

        var form = LightForm.From(light);
        form.Sites = await directory.SitesAsync(cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, LightForm form, CancellationToken cancellationToken)
    {
        var light = await db.StreetLights.FirstOrDefaultAsync(x => x.Id == id && x.RetiredOn == null, cancellationToken);
        if (light is null)
        {
            return NotFound();
        }

        (form.Id, form.Reference) = (id, light.Reference);
        form.Sites = await directory.SitesAsync(cancellationToken);
        var position = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        form.ApplyTo(light, position!);
        if (await RegisterWrites.SaveAsync(db.RoadSearchTerms, gate, light, form.Version, cancellationToken) is { } conflict)
        {
            var theirs = LightForm.From(light);
            theirs.Sites = form.Sites;
            return this.ConflictView("Edit", form, theirs, conflict);
        }

        TempData["Flash"] = text["The light point has been saved."].Value;
        return Redirect(RoadsUrls.StreetLight(id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, RetireForm form, CancellationToken cancellationToken) =>
        await this.RetireAsync(db, await db.StreetLights.FirstOrDefaultAsync(x => x.Id == id && x.RetiredOn == null, cancellationToken), form, ParisTime.Today(clock),
            text["The light point has been taken out of service."], RoadsUrls.StreetLight(id), common, cancellationToken);

    private Point? Validate(LightForm form)
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

        return position as Point;
    }
}
