namespace Cmms.Buildings.Equipment;

/// <summary>A level of a building, as the placement rules need it.</summary>
internal sealed record LevelRef(Guid Id, Guid BuildingId);

/// <summary>A room, with its level and building.</summary>
internal sealed record RoomRef(Guid Id, Guid LevelId, Guid BuildingId);

/// <summary>
/// Where equipment may be placed, and when it may be moved or retired. Pure rules: the pages, the API and the
/// import read the levels and rooms and ask these before writing anything.
/// </summary>
internal static class EquipmentRules
{
    /// <summary>
    /// The place as it will be stored: a level and a room of the chosen building, the room on the chosen level;
    /// a room chosen without its level brings its level. A problem when the parts do not fit together.
    /// </summary>
    public static (Place? Place, RuleProblem? Problem) Resolve(Place wanted, IReadOnlyCollection<LevelRef> levels, IReadOnlyCollection<RoomRef> rooms)
    {
        if (wanted.LevelId is { } levelId && !levels.Any(l => l.Id == levelId && l.BuildingId == wanted.BuildingId))
        {
            return (null, new("LevelId", "Choose a level of the chosen building."));
        }

        if (wanted.RoomId is not { } roomId)
        {
            return (wanted, null);
        }

        var room = rooms.FirstOrDefault(r => r.Id == roomId && r.BuildingId == wanted.BuildingId);
        if (room is null)
        {
            return (null, new("RoomId", "Choose a room of the chosen building."));
        }

        if (wanted.LevelId is { } level && room.LevelId != level)
        {
            return (null, new("RoomId", "This room is not on the chosen level."));
        }

        return (wanted with { LevelId = room.LevelId }, null);
    }

    public static RuleProblem? InstallationRefusal(DateOnly? installedOn, DateOnly today) =>
        installedOn > today ? new("InstalledOn", "The installation date cannot be in the future.") : null;

    /// <summary>Why the equipment cannot go to <paramref name="to"/> on <paramref name="on"/>, or null.</summary>
    public static RuleProblem? MoveRefusal(EquipmentItem item, Place to, DateOnly on, DateOnly today)
    {
        if (item.Status == EquipmentStatus.Retired)
        {
            return new(string.Empty, "Retired equipment cannot be moved.");
        }

        if (item.Place == to)
        {
            return new("BuildingId", "The equipment is already there: choose another building, level or room.");
        }

        return DateRefusal(item, on, today);
    }

    /// <summary>Why the equipment cannot be retired on <paramref name="on"/> for <paramref name="reason"/>, or null.</summary>
    public static RuleProblem? RetireRefusal(EquipmentItem item, DateOnly on, string? reason, DateOnly today)
    {
        if (item.Status == EquipmentStatus.Retired)
        {
            return new(string.Empty, "This equipment is already retired.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new("Reason", "Say why the equipment is retired.");
        }

        return DateRefusal(item, on, today);
    }

    /// <summary>Retired equipment keeps what it was when it left service: it is no longer edited.</summary>
    public static RuleProblem? EditRefusal(EquipmentItem item) =>
        item.Status == EquipmentStatus.Retired ? new(string.Empty, "Retired equipment can no longer be changed.") : null;

    private static RuleProblem? DateRefusal(EquipmentItem item, DateOnly on, DateOnly today)
    {
        if (on > today)
        {
            return new("On", "The date cannot be in the future.");
        }

        if (item.InstalledOn is { } installed && on < installed)
        {
            return new("On", "The date cannot be before the installation ({0}).", installed.ToString("d", System.Globalization.CultureInfo.CurrentCulture));
        }

        return null;
    }
}
