using Cmms.Buildings.Access;
using Cmms.Buildings.Equipment;
using Cmms.Directory.Contracts;
using Cmms.Kernel;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Buildings.Buildings;

internal sealed record BuildingRow(Guid Id, string Code, string Name, string Site, int? ErpCategory, ErpType? ErpType, double? Surface, int Equipment);

/// <param name="Erp">"any" (ERP only), "none" (not ERP), "1"…"5" (one category), or empty (all).</param>
internal sealed record BuildingList(Paged<BuildingRow> Page, string? Query, Guid? Site, string? Erp, IReadOnlyList<SiteInfo> Sites, bool CanEdit)
{
    public string Url => $"/buildings?q={Uri.EscapeDataString(Query ?? "")}&site={Site}&erp={Uri.EscapeDataString(Erp ?? "")}";
}

/// <summary>A piece of equipment as a line of a building's tree or of the equipment list.</summary>
internal sealed record EquipmentLine(Guid Id, string Name, EquipmentKind Kind, RegulatoryCategory Category, EquipmentStatus Status, Guid? LevelId, Guid? RoomId);

internal sealed record BuildingPage(
    Building Building, SiteInfo? Site, IReadOnlyList<string> Referents, IReadOnlyList<LevelChoice> Levels, IReadOnlyList<EquipmentLine> Equipment,
    AssetWorkHistory Work, bool CanEdit)
{
    public AssetRef Ref => new(BuildingsCatalogNames.Module, Building.Id);
}

/// <summary>
/// The building register: the list (search, site and ERP filters), a building's page (its levels, rooms and
/// equipment, its place on the map, its ERP classification, its site's referents, its work) and its form.
/// Referents read their sites' buildings; managers and administrators change them.
/// </summary>
[Authorize(Roles = BuildingRoles.Readers), Route("buildings")]
public sealed class BuildingsController(
    DbContext db, IDirectory directory, ISiteReferents referents, ICurrentUser user, IClock clock,
    IStringLocalizer<Text> text, IStringLocalizer<CommonText> common) : Controller
{
    private BuildingsAccess Access => HttpContext.RequestServices.GetRequiredService<BuildingsAccess>();

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, Guid? site, string? erp, int page = 1, CancellationToken cancellationToken = default)
    {
        var buildings = await Access.BuildingsAsync(cancellationToken);
        if (SearchTerm(q) is { } term)
        {
            buildings = buildings.Where(b => b.SearchKey.Contains(term));
        }

        if (site is { } siteId)
        {
            buildings = buildings.Where(b => b.SiteId == siteId);
        }

        buildings = erp switch
        {
            "any" => buildings.Where(b => b.ErpCategory != null),
            "none" => buildings.Where(b => b.ErpCategory == null),
            { Length: 1 } when int.TryParse(erp, out var category) => buildings.Where(b => b.ErpCategory == category),
            _ => buildings,
        };

        var paging = new PageRequest(Math.Max(1, page));
        var total = await buildings.CountAsync(cancellationToken);
        var equipment = db.Equipment;
        var rows = await buildings.OrderBy(b => b.Name).Skip(paging.Skip).Take(paging.PageSize)
            .Select(b => new
            {
                b.Id, b.Code, b.Name, b.SiteId, b.ErpCategory, b.ErpType, b.SurfaceSquareMetres,
                Equipment = equipment.Count(e => e.BuildingId == b.Id && e.Status == EquipmentStatus.InService),
            })
            .ToListAsync(cancellationToken);
        var sites = await VisibleSitesAsync(cancellationToken);
        var items = rows.Select(b => new BuildingRow(
            b.Id, b.Code, b.Name, sites.FirstOrDefault(s => s.Id == b.SiteId)?.Name ?? "?", b.ErpCategory, b.ErpType, b.SurfaceSquareMetres, b.Equipment)).ToList();
        return View(new BuildingList(new Paged<BuildingRow>(items, paging.Page, paging.PageSize, total), q, site, erp, sites, BuildingRoles.CanEdit(user)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var building = await (await Access.BuildingsAsync(cancellationToken)).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (building is null)
        {
            return NotFound();
        }

        var places = HttpContext.RequestServices.GetRequiredService<Places>();
        var site = (await directory.SitesAsync(cancellationToken)).FirstOrDefault(s => s.Id == building.SiteId);
        var names = (await referents.AllAsync(cancellationToken)).Where(r => r.SiteId == building.SiteId).Select(r => r.DisplayName).Order().ToList();
        var equipment = db.Equipment;
        var lines = await equipment.AsNoTracking().Where(e => e.BuildingId == id).OrderBy(e => e.Status).ThenBy(e => e.Kind).ThenBy(e => e.Name)
            .Select(e => new EquipmentLine(e.Id, e.Name, e.Kind, e.RegulatoryCategory, e.Status, e.LevelId, e.RoomId))
            .ToListAsync(cancellationToken);
        var work = await HttpContext.RequestServices.GetRequiredService<IAssetWork>()
            .HistoryAsync(new AssetRef(BuildingsCatalogNames.Module, id), 10, cancellationToken);
        return View(new BuildingPage(building, site, names, await places.TreeAsync(id, cancellationToken), lines, work, BuildingRoles.CanEdit(user)));
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpGet("new")]
    public async Task<IActionResult> New(Guid? site, CancellationToken cancellationToken)
    {
        await PrepareFormAsync(site, cancellationToken);
        return View("Edit", new BuildingForm { SiteId = site });
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpPost("new")]
    public async Task<IActionResult> New(BuildingForm form, CancellationToken cancellationToken)
    {
        var values = await CheckAsync(form, null, cancellationToken);
        if (values is null)
        {
            await PrepareFormAsync(form.SiteId, cancellationToken);
            return View("Edit", form);
        }

        var building = new Building { Code = values.Code, Name = values.Name };
        values.ApplyTo(building);
        db.Buildings.Add(building);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The building has been created."].Value;
        return Redirect(BuildingsUrls.Building(building.Id));
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var building = await Access.TrackedBuildingAsync(id, cancellationToken);
        if (building is null)
        {
            return NotFound();
        }

        await PrepareFormAsync(building.SiteId, cancellationToken);
        return View("Edit", BuildingForm.From(building));
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, BuildingForm form, CancellationToken cancellationToken)
    {
        var building = await Access.TrackedBuildingAsync(id, cancellationToken);
        if (building is null)
        {
            return NotFound();
        }

        form.Id = id;
        var values = await CheckAsync(form, id, cancellationToken);
        await PrepareFormAsync(form.SiteId, cancellationToken);
        if (values is null)
        {
            return View("Edit", form);
        }

        var movedToSite = values.Site.Id != building.SiteId ? values.Site.Id : (Guid?)null;
        values.ApplyTo(building);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.TrySaveAsync(building, form.Version, cancellationToken) is { } conflict)
        {
            return this.ConflictView("Edit", form, BuildingForm.From(building), conflict);
        }

        if (movedToSite is { } site)
        {
            // Equipment keeps its building's site (a referent's scope reads it there): it follows the building.
            var equipment = db.Equipment;
            await equipment.Where(e => e.BuildingId == id).ExecuteUpdateAsync(u => u.SetProperty(e => e.SiteId, site), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        TempData["Flash"] = text["The building has been saved."].Value;
        return Redirect(BuildingsUrls.Building(id));
    }

    /// <summary>Runs the building checks; their problems go to the form's fields (a field already in error keeps its first message).</summary>
    private async Task<BuildingValues?> CheckAsync(BuildingForm form, Guid? id, CancellationToken cancellationToken)
    {
        var code = form.Code?.Trim().ToUpperInvariant() ?? string.Empty;
        var buildings = db.Buildings;
        var taken = await buildings.AsNoTracking().Where(b => b.Code == code && b.Id != id).Select(b => b.Code).ToListAsync(cancellationToken);
        var checker = new BuildingChecker(
            await directory.SitesAsync(cancellationToken), await Access.ScopeAsync(cancellationToken), taken.ToHashSet(), ParisTime.Today(clock).Year);
        var (values, problems) = checker.Check(form.ToInput());
        foreach (var problem in problems)
        {
            if (ModelState[problem.Field] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError(problem.Field, problem.Format(text, common));
            }
        }

        return ModelState.IsValid ? values : null;
    }

    private async Task PrepareFormAsync(Guid? siteId, CancellationToken cancellationToken)
    {
        var sites = await VisibleSitesAsync(cancellationToken);
        ViewData["Sites"] = sites;
        var site = sites.FirstOrDefault(s => s.Id == siteId) ?? sites.FirstOrDefault(s => s.Latitude is not null);
        ViewData["Center"] = site is { Latitude: { } lat, Longitude: { } lon }
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lat},{lon}")
            : null;
    }

    private async Task<IReadOnlyList<SiteInfo>> VisibleSitesAsync(CancellationToken cancellationToken)
    {
        var scope = await Access.ScopeAsync(cancellationToken);
        return [.. (await directory.SitesAsync(cancellationToken)).Where(s => scope.CanSeeSite(s.Id))];
    }

    internal static string? SearchTerm(string? q) => Catalog.SearchText.Fold(q) is { Length: > 0 } term ? term : null;
}
