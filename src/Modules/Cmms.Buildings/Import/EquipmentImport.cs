using Cmms.Buildings.Access;
using Cmms.Buildings.Buildings;
using Cmms.Buildings.Catalog;
using Cmms.Buildings.Equipment;
using Cmms.Kernel;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Import;

/// <summary>
/// An equipment inventory (a contractor's list of extinguishers, a survey of boilers): each row names its building
/// by code, optionally its level (by name or elevation) and room (by number), and is checked as the equipment form
/// checks it. Every imported piece gets its "installed" history line, as one entered by hand.
/// </summary>
internal sealed class EquipmentImport(
    DbContext db, BuildingsAccess access, EquipmentWrites writes, IWriteGate gate, IClock clock,
    IStringLocalizer<Text> text, IStringLocalizer<CommonText> common) : IRegisterImport
{
    private const int SaveEvery = 500;

    public string Id => BuildingsCatalogNames.EquipmentLayer;

    public string Title => text["Building equipment"];

    public GeometryKind? Kind => GeometryKind.Point;

    public IReadOnlyList<ImportField> Fields { get; } =
    [
        new("building", "Building (code)", FieldType.Text, true),
        new("kind", "Kind of equipment", FieldType.Text, true),
        new("name", "Name", FieldType.Text, true),
        new("level", "Level (name or elevation)", FieldType.Text, false),
        new("room", "Room (number)", FieldType.Text, false),
        new("brand", "Brand", FieldType.Text, false),
        new("model", "Model", FieldType.Text, false),
        new("serialNumber", "Serial number", FieldType.Text, false),
        new("installedOn", "Installation date", FieldType.Date, false),
        new("regulatoryCategory", "Regulatory category", FieldType.Text, false),
    ];

    public async Task<IReadOnlyList<ImportRejection>> CheckAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken) =>
        (await ReadAsync(rows, cancellationToken)).Rejections;

    public async Task<int> ImportAsync(IReadOnlyList<ImportRow> rows, IProgress<int> progress, CancellationToken cancellationToken)
    {
        var (accepted, rejections) = await ReadAsync(rows, cancellationToken);
        if (rejections.Count > 0)
        {
            throw new InvalidOperationException(text["The import was refused: {0} rows have problems (line {1}: {2}).", rejections.Count, rejections[0].Line, rejections[0].Reason]);
        }

        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var done = 0;
        foreach (var row in accepted)
        {
            var item = new EquipmentItem { Name = row.Input.Name!.Trim() };
            EquipmentWrites.Apply(item, row.Input);
            item.Install(row.Place, row.SiteId, row.Position);
            db.Equipment.Add(item);
            db.EquipmentEvents.Add(writes.Event(
                item, EquipmentEventKind.Installed, row.Input.InstalledOn ?? ParisTime.Today(clock), text["Imported from an inventory."], to: row.PlaceName, toBuilding: row.Place.BuildingId));
            if (++done % SaveEvery == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                progress.Report(done);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        progress.Report(done);
        return done;
    }

    private sealed record Accepted(EquipmentInput Input, Place Place, Guid SiteId, Point? Position, string PlaceName);

    private sealed record BuildingRow(Guid Id, Guid SiteId, string Code, string Name);

    private sealed record LevelRow(Guid Id, Guid BuildingId, string Name, int Elevation);

    private sealed record RoomRow(Guid Id, Guid LevelId, Guid BuildingId, string Number, string Name);

    private async Task<(List<Accepted> Accepted, List<ImportRejection> Rejections)> ReadAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var buildings = (await (await access.BuildingsAsync(cancellationToken)).Select(b => new BuildingRow(b.Id, b.SiteId, b.Code, b.Name)).ToListAsync(cancellationToken))
            .ToDictionary(b => b.Code, StringComparer.OrdinalIgnoreCase);
        var (levelSet, roomSet) = (db.Levels, db.Rooms);
        var levels = (await levelSet.AsNoTracking().Select(l => new LevelRow(l.Id, l.BuildingId, l.Name, l.Elevation)).ToListAsync(cancellationToken))
            .ToLookup(l => l.BuildingId);
        var rooms = (await roomSet.AsNoTracking().Select(r => new RoomRow(r.Id, r.LevelId, r.BuildingId, r.Number, r.Name)).ToListAsync(cancellationToken))
            .ToLookup(r => r.BuildingId);
        var kinds = Enum.GetValues<EquipmentKind>()
            .SelectMany(k => new[] { (Key: SearchText.Fold(k.ToString()), Kind: k), (Key: SearchText.Fold(text["EquipmentKind." + k]), Kind: k) })
            .DistinctBy(k => k.Key).ToDictionary(k => k.Key, k => k.Kind);

        var accepted = new List<Accepted>();
        var rejections = new List<ImportRejection>();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var problems = new List<RuleProblem>();
            var own = new List<string>();
            BuildingRow? building = null;
            if (ImportValues.Text(row, "building") is not { } code || !buildings.TryGetValue(code, out building))
            {
                own.Add(text["Unknown building: give the code of one of the organisation's buildings."]);
            }

            EquipmentKind kind = EquipmentKind.Other;
            if (ImportValues.Text(row, "kind") is not { } kindText || !kinds.TryGetValue(SearchText.Fold(kindText), out kind))
            {
                own.Add(text["Unknown kind of equipment: use one of the kinds of the list (boiler, lift, extinguisher…)."]);
            }

            RegulatoryCategory? category = null;
            if (ImportValues.Text(row, "regulatoryCategory") is { } categoryText)
            {
                category = RegulatoryCategories.FromCode(categoryText);
                if (category is null)
                {
                    own.Add(text["Unknown regulatory category: use electrical, fire-alarm, extinguishers, emergency-lighting, lifts, gas, heating-ventilation, playground or none."]);
                }
            }

            if (!ImportValues.TryDate(row, "installedOn", out var installedOn))
            {
                own.Add(text["{0} is not a date (yyyy-mm-dd or dd/mm/yyyy).", text["Installation date"]]);
            }

            Place? place = null;
            string placeName = string.Empty;
            if (building is not null)
            {
                var level = LevelOf(ImportValues.Text(row, "level"), levels[building.Id]);
                var room = level is null && ImportValues.Text(row, "level") is not null ? null : RoomOf(ImportValues.Text(row, "room"), level, rooms[building.Id]);
                if (ImportValues.Text(row, "level") is not null && level is null)
                {
                    own.Add(text["Unknown level in this building."]);
                }
                else if (ImportValues.Text(row, "room") is not null && room is null)
                {
                    own.Add(text["Unknown room in this building (or several rooms have this number: give the level)."]);
                }
                else
                {
                    var (resolved, problem) = EquipmentRules.Resolve(
                        new Place(building.Id, level?.Id, room?.Id),
                        [.. levels[building.Id].Select(l => new LevelRef(l.Id, l.BuildingId))],
                        [.. rooms[building.Id].Select(r => new RoomRef(r.Id, r.LevelId, r.BuildingId))]);
                    if (problem is not null)
                    {
                        problems.Add(problem);
                    }

                    place = resolved;
                    var levelName = levels[building.Id].FirstOrDefault(l => l.Id == resolved?.LevelId)?.Name;
                    placeName = Places.Name(building.Name, levelName, room is null ? null : $"{room.Number} {room.Name}");
                }
            }

            var input = new EquipmentInput(
                place ?? new Place(Guid.Empty, null, null), kind, ImportValues.Text(row, "name"), ImportValues.Text(row, "brand"), ImportValues.Text(row, "model"),
                ImportValues.Text(row, "serialNumber"), installedOn, category, null, null, null);
            Point? position = null;
            if (row.Geometry is not null)
            {
                var read = Shapes.GeometryInput.Check(row.Geometry, GeometryKind.Point, 0);
                if (read.Problem("Position") is { } refusal)
                {
                    problems.Add(refusal);
                }

                position = read.Geometry as Point;
            }

            writes.CheckFields(input, problems);
            var reasons = own.Concat(problems.Select(p => p.Format(text, common))).Distinct().ToList();
            if (reasons.Count == 0 && place is not null && building is not null)
            {
                accepted.Add(new Accepted(input with { Place = place }, place, building.SiteId, position, placeName));
            }
            else
            {
                rejections.Add(new ImportRejection(row.Line, string.Join(" ", reasons)));
            }
        }

        return (accepted, rejections);
    }

    private static LevelRow? LevelOf(string? given, IEnumerable<LevelRow> levels)
    {
        if (given is null)
        {
            return null;
        }

        var folded = SearchText.Fold(given);
        return int.TryParse(given, out var elevation)
            ? levels.FirstOrDefault(l => l.Elevation == elevation)
            : levels.FirstOrDefault(l => SearchText.Fold(l.Name) == folded);
    }

    /// <summary>A room by its number, on the level given or, without one, the only room of the building with that number.</summary>
    private static RoomRow? RoomOf(string? number, LevelRow? level, IEnumerable<RoomRow> rooms)
    {
        if (number is null)
        {
            return null;
        }

        var matching = rooms.Where(r => string.Equals(r.Number, number, StringComparison.OrdinalIgnoreCase) && (level is null || r.LevelId == level.Id)).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }
}
