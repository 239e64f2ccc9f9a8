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

namespace Cmms.GreenSpaces.Trees;

public sealed record TreeRow(Guid Id, string Reference, string FrenchName, string LatinName, int? PlantingYear, decimal? HeightM, TreeHealth Health, TreeRisk Risk, string? Place, bool Retired);

public sealed record TreeList(ListFilter Filter, Guid? Zone, TreeHealth? Health, TreeRisk? Risk, Paged<TreeRow> Rows, IReadOnlyList<SiteInfo> Sites, bool CanEdit);

public sealed record TreePage(TreeForm Tree, string? Site, Guid? ZoneId, string? Zone, double Latitude, double Longitude,
    DateOnly? RetiredOn, string? RetiredReason, AssetWorkHistory Work, bool CanEdit);

/// <summary>The tree register: list with filters, the tree's page with its work, placing and editing, felling (retiring).</summary>
[Authorize(Roles = RegisterAccess.Readers), Route("greenspaces/trees")]
public sealed class TreesController(
    DbContext db, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IAssetWork work, IWriteGate gate, IClock clock,
    IStringLocalizer<Text> text, IStringLocalizer<CommonText> common) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? q, Guid? site, string? status, Guid? zone, TreeHealth? health, TreeRisk? risk, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = ListFilter.Of(q, site, status, page);
        var scope = await scopes.GetAsync(user, cancellationToken);
        var trees = filter.Apply(db.Trees.AsNoTracking().VisibleTo(scope));
        if (zone is { } z)
        {
            trees = trees.Where(t => t.ZoneId == z);
        }

        if (health is { } h)
        {
            trees = trees.Where(t => t.Health == h);
        }

        if (risk is { } r)
        {
            trees = trees.Where(t => t.Risk == r);
        }

        var rows = await filter.PageAsync(trees, db.GreenSearchTerms, t => t.Reference,
            t => new TreeRow(t.Id, t.Reference, t.FrenchName, t.LatinName, t.PlantingYear, t.HeightM, t.Health, t.Risk, t.Location, t.RetiredOn != null), cancellationToken);
        var sites = (await directory.SitesAsync(cancellationToken)).Where(s => scope.CanSeeSite(s.Id)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        return View(new TreeList(filter, zone, health, risk, rows, sites, RegisterAccess.CanEdit(user)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var tree = await db.Trees.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tree is null)
        {
            return NotFound();
        }

        var zones = db.Zones;
        var zone = tree.ZoneId is { } zoneId ? await zones.AsNoTracking().Where(z => z.Id == zoneId).Select(z => z.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var site = (await directory.SitesAsync(cancellationToken)).FirstOrDefault(s => s.Id == tree.SiteId)?.Name;
        var history = await work.HistoryAsync(new AssetRef(GreenSpacesModule.Name, id), 10, cancellationToken);
        return View(new TreePage(TreeForm.From(tree), site, tree.ZoneId, zone, tree.Position.Y, tree.Position.X, tree.RetiredOn, tree.RetiredReason, history, RegisterAccess.CanEdit(user)));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", new TreeForm { Sites = await directory.SitesAsync(cancellationToken), LastInspectedOn = ParisTime.Today(clock) });

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("new")]
    public async Task<IActionResult> New(TreeForm form, CancellationToken cancellationToken)
    {
        form.Sites = await directory.SitesAsync(cancellationToken);
        var position = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var (tree, raised) = await TreeWrites.CreateAsync(db, gate, user.OrganisationId!.Value, form, position!, cancellationToken);
        TempData["Flash"] = Saved(text["The tree {0} has been added.", tree.Reference], raised, tree.Risk);
        return Redirect(GreenSpacesUrls.Tree(tree.Id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var tree = await db.Trees.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && t.RetiredOn == null, cancellationToken);
        if (tree is null)
        {
            return NotFound();
        }

        var form = TreeForm.From(tree);
        form.Sites = await directory.SitesAsync(cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, TreeForm form, CancellationToken cancellationToken)
    {
        var tree = await db.Trees.FirstOrDefaultAsync(t => t.Id == id && t.RetiredOn == null, cancellationToken);
        if (tree is null)
        {
            return NotFound();
        }

        (form.Id, form.Reference) = (id, tree.Reference);
        form.Sites = await directory.SitesAsync(cancellationToken);
        var position = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var raised = form.ApplyTo(tree, position!);
        await TreeWrites.PlaceInZoneAsync(db, tree, form.SiteId, cancellationToken);
        if (await RegisterWrites.SaveAsync(db.GreenSearchTerms, gate, tree, form.Version, cancellationToken) is { } conflict)
        {
            var theirs = TreeForm.From(tree);
            theirs.Sites = form.Sites;
            return this.ConflictView("Edit", form, theirs, conflict);
        }

        TempData["Flash"] = Saved(text["The tree has been saved."], raised, tree.Risk);
        return Redirect(GreenSpacesUrls.Tree(id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, RetireForm form, CancellationToken cancellationToken) =>
        await this.RetireAsync(db, await db.Trees.FirstOrDefaultAsync(t => t.Id == id && t.RetiredOn == null, cancellationToken), form, ParisTime.Today(clock),
            text["The tree has been taken out of service."], GreenSpacesUrls.Tree(id), common, cancellationToken);

    private string Saved(string done, bool raised, TreeRisk risk) =>
        raised ? $"{done} {text["The risk has been raised to “{0}”: a tree in poor health or dead near a path, a road or a play area is at least at this level.", text[$"TreeRisk.{risk}"]]}" : done;

    private NetTopologySuite.Geometries.Point? Validate(TreeForm form)
    {
        foreach (var (field, message) in form.Problems(ParisTime.Today(clock).Year, ParisTime.Today(clock)))
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
