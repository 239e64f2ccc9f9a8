using System.Globalization;
using Cmms.Buildings.Access;
using Cmms.Buildings.Buildings;
using Cmms.Directory.Contracts;
using Cmms.Kernel;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Equipment;

internal sealed record EquipmentRow(
    Guid Id, string Name, EquipmentKind Kind, RegulatoryCategory Category, EquipmentStatus Status, Guid BuildingId, string Building, string? Level, string? Room);

internal sealed record EquipmentFilter(string? Query, EquipmentKind? Kind, RegulatoryCategory? Category, Guid? Site, Guid? Building, string Status)
{
    public string Url =>
        $"/equipment?q={Uri.EscapeDataString(Query ?? "")}&kind={Kind}&category={Category}&site={Site}&building={Building}&status={Status}";
}

internal sealed record EquipmentList(EquipmentFilter Filter, Paged<EquipmentRow> Page, IReadOnlyList<SiteInfo> Sites, bool CanEdit);

internal sealed record EquipmentPage(
    EquipmentItem Item, string Building, string? Site, string? Level, string? Room, Point? Pin, bool PinIsBuildings,
    IReadOnlyList<EquipmentEvent> History, AssetWorkHistory Work, bool CanEdit);

/// <summary>A building offered in the place pickers.</summary>
internal sealed record BuildingOption(Guid Id, string Name, string Code);

/// <summary>What the equipment, move and retire forms show beside their fields.</summary>
internal sealed record PlaceChoices(
    Guid? EquipmentId, string? EquipmentName, IReadOnlyList<BuildingOption> Buildings, IReadOnlyList<LevelChoice> Levels, string? Center, string? Current);

/// <summary>
/// The equipment register: the list (search, kind, regulatory category, site), a piece's page (its fields, its
/// place, its history and its work), and creating, editing, moving and retiring it. Referents read their sites'
/// equipment; managers and administrators change it.
/// </summary>
[Authorize(Roles = BuildingRoles.Readers), Route("equipment")]
public sealed class EquipmentController(
    DbContext db, IDirectory directory, ICurrentUser user, IClock clock, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common) : Controller
{
    private const string PlaceKey = "Place";

    private BuildingsAccess Access => HttpContext.RequestServices.GetRequiredService<BuildingsAccess>();

    private EquipmentWrites Writes => HttpContext.RequestServices.GetRequiredService<EquipmentWrites>();

    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? q, EquipmentKind? kind, RegulatoryCategory? category, Guid? site, Guid? building, string? status, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = new EquipmentFilter(q, kind, category, site, building, status is "retired" or "all" ? status : "in-service");
        var equipment = await Access.EquipmentAsync(cancellationToken);
        if (BuildingsController.SearchTerm(q) is { } term)
        {
            equipment = equipment.Where(e => e.SearchKey.Contains(term));
        }

        equipment = filter.Status switch
        {
            "retired" => equipment.Where(e => e.Status == EquipmentStatus.Retired),
            "all" => equipment,
            _ => equipment.Where(e => e.Status == EquipmentStatus.InService),
        };
        if (kind is { } k)
        {
            equipment = equipment.Where(e => e.Kind == k);
        }

        if (category is { } c)
        {
            equipment = equipment.Where(e => e.RegulatoryCategory == c);
        }

        if (site is { } s)
        {
            equipment = equipment.Where(e => e.SiteId == s);
        }

        if (building is { } b)
        {
            equipment = equipment.Where(e => e.BuildingId == b);
        }

        var paging = new PageRequest(Math.Max(1, page));
        var total = await equipment.CountAsync(cancellationToken);
        var (buildings, levels, rooms) = (db.Buildings, db.Levels, db.Rooms);
        var rows = await equipment
            .Join(buildings, e => e.BuildingId, bd => bd.Id, (e, bd) => new { e, Building = bd.Name })
            .OrderBy(x => x.Building).ThenBy(x => x.e.Kind).ThenBy(x => x.e.Name)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(x => new EquipmentRow(
                x.e.Id, x.e.Name, x.e.Kind, x.e.RegulatoryCategory, x.e.Status, x.e.BuildingId, x.Building,
                levels.Where(l => l.Id == x.e.LevelId).Select(l => l.Name).FirstOrDefault(),
                rooms.Where(r => r.Id == x.e.RoomId).Select(r => r.Number + " " + r.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var scope = await Access.ScopeAsync(cancellationToken);
        var sites = (await directory.SitesAsync(cancellationToken)).Where(x => scope.CanSeeSite(x.Id)).ToList();
        return View(new EquipmentList(filter, new Paged<EquipmentRow>(rows, paging.Page, paging.PageSize, total), sites, BuildingRoles.CanEdit(user)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var item = await (await Access.EquipmentAsync(cancellationToken)).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var (buildings, levels, rooms, events) = (db.Buildings, db.Levels, db.Rooms, db.EquipmentEvents);
        var building = await buildings.AsNoTracking().FirstAsync(b => b.Id == item.BuildingId, cancellationToken);
        var level = item.LevelId is { } levelId ? await levels.AsNoTracking().Where(l => l.Id == levelId).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var room = item.RoomId is { } roomId ? await rooms.AsNoTracking().Where(r => r.Id == roomId).Select(r => r.Number + " " + r.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var history = await events.AsNoTracking().Where(e => e.EquipmentId == id).OrderByDescending(e => e.On).ThenByDescending(e => e.AtUtc).ToListAsync(cancellationToken);
        var site = (await directory.SitesAsync(cancellationToken)).FirstOrDefault(s => s.Id == item.SiteId)?.Name;
        var work = await HttpContext.RequestServices.GetRequiredService<IAssetWork>()
            .HistoryAsync(new AssetRef(BuildingsCatalogNames.Module, id), 10, cancellationToken);
        return View(new EquipmentPage(
            item, building.Name, site, level, room, item.Position ?? building.PinPoint, item.Position is null, history, work, BuildingRoles.CanEdit(user)));
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpGet("new")]
    public async Task<IActionResult> New(Guid? building, CancellationToken cancellationToken)
    {
        var form = new EquipmentForm { BuildingId = building, InstalledOn = ParisTime.Today(clock) };
        await ChoicesAsync(null, null, form.BuildingId, null, cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpPost("new")]
    public async Task<IActionResult> New(EquipmentForm form, CancellationToken cancellationToken)
    {
        EquipmentItem? item = null;
        if (ModelState.IsValid)
        {
            var (created, problems) = await Writes.CreateAsync(Input(form, form.BuildingId!.Value), await Access.ScopeAsync(cancellationToken), cancellationToken);
            Report(problems);
            item = created;
        }

        if (item is null || !ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await ChoicesAsync(null, null, form.BuildingId, null, cancellationToken);
            return View("Edit", form);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The equipment has been recorded."].Value;
        return Redirect(BuildingsUrls.Equipment(item.Id));
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var item = await Access.TrackedEquipmentAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (EquipmentRules.EditRefusal(item) is not null)
        {
            return Redirect(BuildingsUrls.Equipment(id));
        }

        await ChoicesAsync(item, item.Name, item.BuildingId, item.Place, cancellationToken);
        return View("Edit", EquipmentForm.From(item));
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, EquipmentForm form, CancellationToken cancellationToken)
    {
        var item = await Access.TrackedEquipmentAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        // The place is changed by a move only: an edit keeps it whatever the form says.
        form.Id = id;
        (form.BuildingId, form.LevelId, form.RoomId) = (item.BuildingId, item.LevelId, item.RoomId);
        ModelState.Remove(nameof(form.BuildingId));
        if (ModelState.IsValid)
        {
            Report(Writes.Edit(item, Input(form, item.BuildingId)));
        }

        if (ModelState.IsValid)
        {
            if (await db.TrySaveAsync(item, form.Version, cancellationToken) is not { } conflict)
            {
                TempData["Flash"] = text["The equipment has been saved."].Value;
                return Redirect(BuildingsUrls.Equipment(id));
            }

            // The other person's version is now loaded; the history line of this attempt is not kept.
            foreach (var entry in db.ChangeTracker.Entries<EquipmentEvent>().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            await ChoicesAsync(item, item.Name, item.BuildingId, item.Place, cancellationToken);
            return this.ConflictView("Edit", form, EquipmentForm.From(item), conflict);
        }

        await ChoicesAsync(item, item.Name, item.BuildingId, item.Place, cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpGet("{id:guid}/move")]
    public async Task<IActionResult> Move(Guid id, Guid? building, CancellationToken cancellationToken)
    {
        var item = await Access.TrackedEquipmentAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var form = new MoveForm { BuildingId = building ?? item.BuildingId, On = ParisTime.Today(clock), Version = item.Version };
        if (form.BuildingId == item.BuildingId)
        {
            (form.LevelId, form.RoomId) = (item.LevelId, item.RoomId);
        }

        await ChoicesAsync(item, item.Name, form.BuildingId, item.Place, cancellationToken);
        return View("Move", form);
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpPost("{id:guid}/move")]
    public async Task<IActionResult> Move(Guid id, MoveForm form, CancellationToken cancellationToken)
    {
        var item = await Access.TrackedEquipmentAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var input = new MoveInput(new Place(form.BuildingId!.Value, form.LevelId, form.RoomId), form.Position, form.On!.Value, form.Reason);
            Report(await Writes.MoveAsync(item, input, await Access.ScopeAsync(cancellationToken), cancellationToken));
        }

        if (ModelState.IsValid && await SaveAsync(item, form.Version, cancellationToken))
        {
            TempData["Flash"] = text["The equipment has been moved."].Value;
            return Redirect(BuildingsUrls.Equipment(id));
        }

        await ChoicesAsync(item, item.Name, form.BuildingId, item.Place, cancellationToken);
        return View("Move", form);
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpGet("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, CancellationToken cancellationToken)
    {
        var item = await Access.TrackedEquipmentAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        await ChoicesAsync(item, item.Name, null, item.Place, cancellationToken);
        return View("Retire", new RetireForm { On = ParisTime.Today(clock), Version = item.Version });
    }

    [Authorize(Roles = BuildingRoles.Editors), HttpPost("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, RetireForm form, CancellationToken cancellationToken)
    {
        var item = await Access.TrackedEquipmentAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            Report(Writes.Retire(item, form.On!.Value, form.Reason));
        }

        if (ModelState.IsValid && await SaveAsync(item, form.Version, cancellationToken))
        {
            TempData["Flash"] = text["The equipment has been retired."].Value;
            return Redirect(BuildingsUrls.Equipment(id));
        }

        await ChoicesAsync(item, item.Name, null, item.Place, cancellationToken);
        return View("Retire", form);
    }

    /// <summary>Saves a move or retirement made from the version the person read; a conflict is told and nothing is written.</summary>
    private async Task<bool> SaveAsync(EquipmentItem item, int version, CancellationToken cancellationToken)
    {
        try
        {
            db.Entry(item).Property(e => e.Version).OriginalValue = version;
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException conflict)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, text["{0} changed this equipment meanwhile: check it and try again.", conflict.ChangedBy ?? "?"]);
            return false;
        }
    }

    private static EquipmentInput Input(EquipmentForm form, Guid buildingId) => new(
        new Place(buildingId, form.LevelId, form.RoomId), form.Kind, form.Name, form.Brand, form.Model, form.SerialNumber, form.InstalledOn,
        form.RegulatoryCategory, form.Position, form.Notes, form.Reason);

    private void Report(IEnumerable<RuleProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (ModelState[problem.Field] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError(problem.Field, problem.Format(text, common));
            }
        }
    }

    /// <summary>The buildings the person may place equipment in, and the levels and rooms of the one chosen.</summary>
    private async Task ChoicesAsync(EquipmentItem? item, string? name, Guid? buildingId, Place? current, CancellationToken cancellationToken)
    {
        var buildings = await (await Access.BuildingsAsync(cancellationToken)).OrderBy(b => b.Name)
            .Select(b => new BuildingOption(b.Id, b.Name, b.Code)).ToListAsync(cancellationToken);
        var places = HttpContext.RequestServices.GetRequiredService<Places>();
        var levels = buildingId is { } id && buildings.Any(b => b.Id == id) ? await places.TreeAsync(id, cancellationToken) : [];
        string? center = null;
        if (buildingId is { } chosen && await db.Buildings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == chosen, cancellationToken) is { } building)
        {
            var pin = building.PinPoint;
            center = string.Create(CultureInfo.InvariantCulture, $"{pin.Y},{pin.X}");
        }

        var here = current is null ? null : await places.NameAsync(current, cancellationToken);
        ViewData[PlaceKey] = new PlaceChoices(item?.Id, name, buildings, levels, center, here);
    }
}
