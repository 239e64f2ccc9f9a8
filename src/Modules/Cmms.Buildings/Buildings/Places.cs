using Cmms.Buildings.Equipment;
using Cmms.Buildings.Rooms;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Buildings.Buildings;

/// <summary>A level of a building with its rooms, for the tree and the place pickers.</summary>
internal sealed record LevelChoice(Guid Id, string Name, int Elevation, IReadOnlyList<RoomChoice> Rooms);

internal sealed record RoomChoice(Guid Id, Guid LevelId, string Number, string Name, double? Area, RoomUse Use);

/// <summary>The levels and rooms of buildings, and a place's name in words, read for pages, rules and history.</summary>
internal sealed class Places(DbContext db)
{
    public async Task<IReadOnlyList<LevelChoice>> TreeAsync(Guid buildingId, CancellationToken cancellationToken)
    {
        var (levels, rooms) = (db.Levels, db.Rooms);
        var levelRows = await levels.AsNoTracking().Where(l => l.BuildingId == buildingId).OrderBy(l => l.Elevation)
            .Select(l => new { l.Id, l.Name, l.Elevation }).ToListAsync(cancellationToken);
        var roomRows = await rooms.AsNoTracking().Where(r => r.BuildingId == buildingId).OrderBy(r => r.Number)
            .Select(r => new RoomChoice(r.Id, r.LevelId, r.Number, r.Name, r.AreaSquareMetres, r.Use)).ToListAsync(cancellationToken);
        return [.. levelRows.Select(l => new LevelChoice(l.Id, l.Name, l.Elevation, [.. roomRows.Where(r => r.LevelId == l.Id)]))];
    }

    /// <summary>The levels and rooms of one building as the placement rules read them.</summary>
    public async Task<(IReadOnlyList<LevelRef> Levels, IReadOnlyList<RoomRef> Rooms)> RefsAsync(Guid buildingId, CancellationToken cancellationToken)
    {
        var (levels, rooms) = (db.Levels, db.Rooms);
        return (
            await levels.AsNoTracking().Where(l => l.BuildingId == buildingId).Select(l => new LevelRef(l.Id, l.BuildingId)).ToListAsync(cancellationToken),
            await rooms.AsNoTracking().Where(r => r.BuildingId == buildingId).Select(r => new RoomRef(r.Id, r.LevelId, r.BuildingId)).ToListAsync(cancellationToken));
    }

    /// <summary>"École Jules-Ferry — 1er étage — 104 Classe de CM1": the words a history keeps, as things are named today.</summary>
    public async Task<string> NameAsync(Place place, CancellationToken cancellationToken)
    {
        var (buildings, levels, rooms) = (db.Buildings, db.Levels, db.Rooms);
        var building = await buildings.AsNoTracking().Where(b => b.Id == place.BuildingId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken) ?? "?";
        var level = place.LevelId is { } levelId
            ? await levels.AsNoTracking().Where(l => l.Id == levelId).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var room = place.RoomId is { } roomId
            ? await rooms.AsNoTracking().Where(r => r.Id == roomId).Select(r => r.Number + " " + r.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return Name(building, level, room);
    }

    public static string Name(string building, string? level, string? room) =>
        string.Join(" — ", new[] { building, level, room }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
