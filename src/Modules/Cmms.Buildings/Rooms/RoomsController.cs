using Cmms.Buildings.Access;
using Cmms.Buildings.Buildings;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Buildings.Rooms;

/// <summary>Adding and editing the rooms of a building's levels. Only managers and administrators.</summary>
[Authorize(Roles = BuildingRoles.Editors), Route("buildings/{buildingId:guid}/rooms")]
public sealed class RoomsController(DbContext db, IStringLocalizer<Text> text) : Controller
{
    private BuildingsAccess Access => HttpContext.RequestServices.GetRequiredService<BuildingsAccess>();

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid buildingId, Guid? level, CancellationToken cancellationToken)
    {
        var building = await Access.TrackedBuildingAsync(buildingId, cancellationToken);
        if (building is null)
        {
            return NotFound();
        }

        return await FormAsync(new RoomForm { BuildingId = buildingId, BuildingName = building.Name, LevelId = level }, cancellationToken);
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid buildingId, RoomForm form, CancellationToken cancellationToken)
    {
        var building = await Access.TrackedBuildingAsync(buildingId, cancellationToken);
        if (building is null)
        {
            return NotFound();
        }

        (form.BuildingId, form.BuildingName) = (buildingId, building.Name);
        await CheckAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(form, cancellationToken);
        }

        db.Rooms.Add(new Room
        {
            BuildingId = buildingId, LevelId = form.LevelId!.Value, Number = form.Number.Trim(), Name = form.Name.Trim(), AreaSquareMetres = form.Area, Use = form.Use,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The room has been added."].Value;
        return Redirect(BuildingsUrls.Building(buildingId));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid buildingId, Guid id, CancellationToken cancellationToken)
    {
        var (building, room) = await FindAsync(buildingId, id, cancellationToken);
        return room is null ? NotFound() : await FormAsync(From(room, building!), cancellationToken);
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid buildingId, Guid id, RoomForm form, CancellationToken cancellationToken)
    {
        var (building, room) = await FindAsync(buildingId, id, cancellationToken);
        if (room is null)
        {
            return NotFound();
        }

        (form.Id, form.BuildingId, form.BuildingName) = (id, buildingId, building!.Name);
        await CheckAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(form, cancellationToken);
        }

        (room.LevelId, room.Number, room.Name, room.AreaSquareMetres, room.Use) = (form.LevelId!.Value, form.Number.Trim(), form.Name.Trim(), form.Area, form.Use);
        if (await db.TrySaveAsync(room, form.Version, cancellationToken) is { } conflict)
        {
            ViewData["Levels"] = await LevelsAsync(buildingId, cancellationToken);
            return this.ConflictView("Edit", form, From(room, building), conflict);
        }

        TempData["Flash"] = text["The room has been saved."].Value;
        return Redirect(BuildingsUrls.Building(buildingId));
    }

    private static RoomForm From(Room room, Building building) => new()
    {
        Id = room.Id, BuildingId = building.Id, BuildingName = building.Name, LevelId = room.LevelId, Number = room.Number, Name = room.Name,
        Area = room.AreaSquareMetres, Use = room.Use, Version = room.Version,
    };

    private async Task<IActionResult> FormAsync(RoomForm form, CancellationToken cancellationToken)
    {
        ViewData["Levels"] = await LevelsAsync(form.BuildingId, cancellationToken);
        return View("Edit", form);
    }

    private async Task<IReadOnlyList<Levels.Level>> LevelsAsync(Guid buildingId, CancellationToken cancellationToken)
    {
        var levels = db.Levels;
        return await levels.AsNoTracking().Where(l => l.BuildingId == buildingId).OrderBy(l => l.Elevation).ToListAsync(cancellationToken);
    }

    private async Task<(Building? Building, Room? Room)> FindAsync(Guid buildingId, Guid id, CancellationToken cancellationToken)
    {
        var building = await Access.TrackedBuildingAsync(buildingId, cancellationToken);
        var room = building is null ? null : await db.Rooms.FirstOrDefaultAsync(r => r.Id == id && r.BuildingId == buildingId, cancellationToken);
        return (building, room);
    }

    /// <summary>A room is on a level of its building, and its number is unique on that level.</summary>
    private async Task CheckAsync(RoomForm form, Guid? id, CancellationToken cancellationToken)
    {
        var (levels, rooms) = (db.Levels, db.Rooms);
        if (form.LevelId is { } levelId && !await levels.AnyAsync(l => l.Id == levelId && l.BuildingId == form.BuildingId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.LevelId), text["Choose a level of this building."]);
        }

        var number = form.Number?.Trim() ?? string.Empty;
        if (form.LevelId is { } level && await rooms.AnyAsync(r => r.LevelId == level && r.Number == number && r.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Number), text["Another room of this level has this number."]);
        }

        if (!Enum.IsDefined(form.Use))
        {
            ModelState.AddModelError(nameof(form.Use), text["Choose a use from the list."]);
        }
    }
}
