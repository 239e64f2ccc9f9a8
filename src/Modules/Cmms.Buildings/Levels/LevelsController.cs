using Cmms.Buildings.Access;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Buildings.Levels;

/// <summary>Adding and renaming a building's floors. Only managers and administrators; the building must be one they see.</summary>
[Authorize(Roles = BuildingRoles.Editors), Route("buildings/{buildingId:guid}/levels")]
public sealed class LevelsController(DbContext db, IStringLocalizer<Text> text) : Controller
{
    private BuildingsAccess Access => HttpContext.RequestServices.GetRequiredService<BuildingsAccess>();

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid buildingId, CancellationToken cancellationToken)
    {
        var building = await Access.TrackedBuildingAsync(buildingId, cancellationToken);
        if (building is null)
        {
            return NotFound();
        }

        // The next floor up is the likeliest one to add.
        var levels = db.Levels;
        var top = await levels.Where(l => l.BuildingId == buildingId).MaxAsync(l => (int?)l.Elevation, cancellationToken);
        var elevation = top is { } t ? t + 1 : 0;
        return View("Edit", new LevelForm { BuildingId = buildingId, BuildingName = building.Name, Elevation = elevation, Name = Level.UsualName(elevation, text) });
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid buildingId, LevelForm form, CancellationToken cancellationToken)
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
            return View("Edit", form);
        }

        db.Levels.Add(new Level { BuildingId = buildingId, Name = form.Name.Trim(), Elevation = form.Elevation });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The level has been added."].Value;
        return Redirect(BuildingsUrls.Building(buildingId));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid buildingId, Guid id, CancellationToken cancellationToken)
    {
        var (building, level) = await FindAsync(buildingId, id, cancellationToken);
        return level is null
            ? NotFound()
            : View("Edit", new LevelForm { Id = id, BuildingId = buildingId, BuildingName = building!.Name, Name = level.Name, Elevation = level.Elevation, Version = level.Version });
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid buildingId, Guid id, LevelForm form, CancellationToken cancellationToken)
    {
        var (building, level) = await FindAsync(buildingId, id, cancellationToken);
        if (level is null)
        {
            return NotFound();
        }

        (form.Id, form.BuildingId, form.BuildingName) = (id, buildingId, building!.Name);
        await CheckAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        (level.Name, level.Elevation) = (form.Name.Trim(), form.Elevation);
        if (await db.TrySaveAsync(level, form.Version, cancellationToken) is { } conflict)
        {
            var theirs = new LevelForm { Id = id, BuildingId = buildingId, BuildingName = building.Name, Name = level.Name, Elevation = level.Elevation, Version = level.Version };
            return this.ConflictView("Edit", form, theirs, conflict);
        }

        TempData["Flash"] = text["The level has been saved."].Value;
        return Redirect(BuildingsUrls.Building(buildingId));
    }

    private async Task<(Buildings.Building? Building, Level? Level)> FindAsync(Guid buildingId, Guid id, CancellationToken cancellationToken)
    {
        var building = await Access.TrackedBuildingAsync(buildingId, cancellationToken);
        var level = building is null ? null : await db.Levels.FirstOrDefaultAsync(l => l.Id == id && l.BuildingId == buildingId, cancellationToken);
        return (building, level);
    }

    /// <summary>Two floors of a building cannot share an elevation: the tree would not know which comes first.</summary>
    private async Task CheckAsync(LevelForm form, Guid? id, CancellationToken cancellationToken)
    {
        var levels = db.Levels;
        if (await levels.AnyAsync(l => l.BuildingId == form.BuildingId && l.Elevation == form.Elevation && l.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Elevation), text["Another level of this building is at this elevation."]);
        }

        if (string.IsNullOrWhiteSpace(form.Name) && ModelState[nameof(form.Name)] is not { Errors.Count: > 0 })
        {
            ModelState.AddModelError(nameof(form.Name), text["Give the level a name."]);
        }
    }
}
