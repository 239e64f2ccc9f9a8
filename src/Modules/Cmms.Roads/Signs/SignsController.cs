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

namespace Cmms.Roads.Signs;

public sealed record SignRow(Guid Id, string Reference, string Code, SignFamily Family, string Caption, string? StreetName, SignCondition Condition, DateOnly? InstalledOn, bool Retired);

public sealed record SignList(ListFilter Filter, SignFamily? Family, SignCondition? Condition, Paged<SignRow> Rows, IReadOnlyList<SiteInfo> Sites, bool CanEdit);

public sealed record SignPage(SignForm Sign, SignFamily Family, string? Site, double Latitude, double Longitude,
    DateOnly? RetiredOn, string? RetiredReason, AssetWorkHistory Work, bool CanEdit);

/// <summary>The road sign register: list by family and condition, the sign's page, placing, editing, removing (retiring).</summary>
[Authorize(Roles = RegisterAccess.Readers), Route("roads/signs")]
public sealed class SignsController(
    DbContext db, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IAssetWork work, IWriteGate gate, IClock clock,
    IStringLocalizer<Text> text, IStringLocalizer<CommonText> common) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? q, Guid? site, string? status, SignFamily? family, SignCondition? condition, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = ListFilter.Of(q, site, status, page);
        var scope = await scopes.GetAsync(user, cancellationToken);
        var signs = filter.Apply(db.Signs.AsNoTracking().VisibleTo(scope));
        if (family is { } f)
        {
            signs = signs.Where(s => s.Family == f);
        }

        if (condition is { } c)
        {
            signs = signs.Where(s => s.Condition == c);
        }

        var rows = await filter.PageAsync(signs, db.RoadSearchTerms, s => s.Reference,
            s => new SignRow(s.Id, s.Reference, s.Code, s.Family, s.Caption, s.StreetName, s.Condition, s.InstalledOn, s.RetiredOn != null), cancellationToken);
        var sites = (await directory.SitesAsync(cancellationToken)).Where(s => scope.CanSeeSite(s.Id)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        return View(new SignList(filter, family, condition, rows, sites, RegisterAccess.CanEdit(user)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var sign = await db.Signs.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (sign is null)
        {
            return NotFound();
        }

        var site = (await directory.SitesAsync(cancellationToken)).FirstOrDefault(s => s.Id == sign.SiteId)?.Name;
        var history = await work.HistoryAsync(new AssetRef(RoadsModule.Name, id), 10, cancellationToken);
        return View(new SignPage(SignForm.From(sign), sign.Family, site, sign.Position.Y, sign.Position.X, sign.RetiredOn, sign.RetiredReason, history, RegisterAccess.CanEdit(user)));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", new SignForm { Sites = await directory.SitesAsync(cancellationToken), InstalledOn = ParisTime.Today(clock) });

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("new")]
    public async Task<IActionResult> New(SignForm form, CancellationToken cancellationToken)
    {
        form.Sites = await directory.SitesAsync(cancellationToken);
        var position = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var sign = new Sign { Code = string.Empty, Caption = string.Empty };
        form.ApplyTo(sign, position!);
        await RegisterWrites.AddAsync(db.RoadSearchTerms, db.RoadCounters, gate, user.OrganisationId!.Value, References.Signs, sign, cancellationToken);

        TempData["Flash"] = text["The sign {0} has been added.", sign.Reference].Value;
        return Redirect(RoadsUrls.Sign(sign.Id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var sign = await db.Signs.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.RetiredOn == null, cancellationToken);
        if (sign is null)
        {
            return NotFound();
        }

        var form = SignForm.From(sign);
        form.Sites = await directory.SitesAsync(cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, SignForm form, CancellationToken cancellationToken)
    {
        var sign = await db.Signs.FirstOrDefaultAsync(s => s.Id == id && s.RetiredOn == null, cancellationToken);
        if (sign is null)
        {
            return NotFound();
        }

        (form.Id, form.Reference) = (id, sign.Reference);
        form.Sites = await directory.SitesAsync(cancellationToken);
        var position = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        form.ApplyTo(sign, position!);
        if (await RegisterWrites.SaveAsync(db.RoadSearchTerms, gate, sign, form.Version, cancellationToken) is { } conflict)
        {
            var theirs = SignForm.From(sign);
            theirs.Sites = form.Sites;
            return this.ConflictView("Edit", form, theirs, conflict);
        }

        TempData["Flash"] = text["The sign has been saved."].Value;
        return Redirect(RoadsUrls.Sign(id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, RetireForm form, CancellationToken cancellationToken) =>
        await this.RetireAsync(db, await db.Signs.FirstOrDefaultAsync(s => s.Id == id && s.RetiredOn == null, cancellationToken), form, ParisTime.Today(clock),
            text["The sign has been taken out of service."], RoadsUrls.Sign(id), common, cancellationToken);

    private Point? Validate(SignForm form)
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
