using Cmms.Buildings.Buildings;
using Cmms.Buildings.Shapes;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Equipment;

/// <summary>What any channel (form, API, import) gives to create or edit a piece of equipment.</summary>
internal sealed record EquipmentInput(
    Place Place, EquipmentKind Kind, string? Name, string? Brand, string? Model, string? SerialNumber, DateOnly? InstalledOn,
    RegulatoryCategory? RegulatoryCategory, string? PositionText, string? Notes, string? Reason)
{
    /// <summary>A position already read (an import's row), used instead of <see cref="PositionText"/>.</summary>
    public Point? Position { get; init; }
}

/// <summary>A move as asked: where to, optionally a new position, on which day and why.</summary>
internal sealed record MoveInput(Place To, string? PositionText, DateOnly On, string? Reason)
{
    public Point? Position { get; init; }
}

/// <summary>
/// Creating, editing, moving and retiring equipment, with the history each leaves, for the pages, the API and
/// the import alike. Nothing is saved here: the caller saves (with the version the person read) or refuses.
/// </summary>
internal sealed class EquipmentWrites(DbContext db, Places places, ICurrentUser user, IClock clock)
{
    /// <summary>The fields an edit can change, with the label the history shows them by.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldLabels = new Dictionary<string, string>
    {
        ["Kind"] = "Kind of equipment", ["Name"] = "Name", ["Brand"] = "Brand", ["Model"] = "Model", ["SerialNumber"] = "Serial number",
        ["InstalledOn"] = "Installation date", ["RegulatoryCategory"] = "Regulatory category", ["Position"] = "Position on the map", ["Notes"] = "Notes",
    };

    private DateOnly Today => ParisTime.Today(clock);

    public async Task<(EquipmentItem? Item, IReadOnlyList<RuleProblem> Problems)> CreateAsync(EquipmentInput input, UserScope scope, CancellationToken cancellationToken)
    {
        var problems = new List<RuleProblem>();
        var (place, siteId) = await PlaceAsync(input.Place, scope, problems, cancellationToken);
        var position = PositionOf(input.Position, input.PositionText, problems);
        CheckFields(input, problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var item = new EquipmentItem { Name = input.Name!.Trim() };
        Apply(item, input);
        item.Install(place!, siteId, position);
        db.Equipment.Add(item);
        db.EquipmentEvents.Add(Event(item, EquipmentEventKind.Installed, input.InstalledOn ?? Today, input.Reason, to: await places.NameAsync(place!, cancellationToken), toBuilding: place!.BuildingId));
        return (item, problems);
    }

    /// <summary>Changes what the equipment is (not where: that is a move) and records which fields changed.</summary>
    public IReadOnlyList<RuleProblem> Edit(EquipmentItem item, EquipmentInput input)
    {
        var problems = new List<RuleProblem>();
        if (EquipmentRules.EditRefusal(item) is { } refusal)
        {
            return [refusal];
        }

        var position = PositionOf(input.Position, input.PositionText, problems);
        CheckFields(input, problems);
        if (problems.Count > 0)
        {
            return problems;
        }

        var before = Snapshot(item);
        Apply(item, input);
        item.Locate(position);
        var after = Snapshot(item);
        var changed = before.Keys.Where(k => before[k] != after[k]).ToList();
        if (changed.Count > 0)
        {
            db.EquipmentEvents.Add(Event(item, EquipmentEventKind.Edited, Today, input.Reason, changes: string.Join(',', changed)));
        }

        return problems;
    }

    public async Task<IReadOnlyList<RuleProblem>> MoveAsync(EquipmentItem item, MoveInput input, UserScope scope, CancellationToken cancellationToken)
    {
        var problems = new List<RuleProblem>();
        var (to, siteId) = await PlaceAsync(input.To, scope, problems, cancellationToken);
        var position = PositionOf(input.Position, input.PositionText, problems);
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            problems.Add(new("Reason", "Say why the equipment is moved."));
        }

        if (problems.Count == 0 && EquipmentRules.MoveRefusal(item, to!, input.On, Today) is { } refusal)
        {
            problems.Add(refusal);
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var from = item.Place;
        var fromName = await places.NameAsync(from, cancellationToken);
        item.MoveTo(to!, siteId, position);
        db.EquipmentEvents.Add(Event(item, EquipmentEventKind.Moved, input.On, input.Reason, fromName, await places.NameAsync(to!, cancellationToken), from.BuildingId, to!.BuildingId));
        return problems;
    }

    public IReadOnlyList<RuleProblem> Retire(EquipmentItem item, DateOnly on, string? reason)
    {
        if (EquipmentRules.RetireRefusal(item, on, reason, Today) is { } refusal)
        {
            return [refusal];
        }

        item.Retire(on, reason!);
        db.EquipmentEvents.Add(Event(item, EquipmentEventKind.Retired, on, reason));
        return [];
    }

    /// <summary>A building the person may see, a level and a room of it that fit together.</summary>
    private async Task<(Place? Place, Guid SiteId)> PlaceAsync(Place wanted, UserScope scope, List<RuleProblem> problems, CancellationToken cancellationToken)
    {
        var buildings = db.Buildings;
        var siteId = await buildings.AsNoTracking().Where(b => b.Id == wanted.BuildingId).Select(b => (Guid?)b.SiteId).FirstOrDefaultAsync(cancellationToken);
        if (siteId is not { } site || !scope.CanSeeSite(site))
        {
            problems.Add(new("BuildingId", "Choose a building from the list."));
            return (null, Guid.Empty);
        }

        var (levels, rooms) = await places.RefsAsync(wanted.BuildingId, cancellationToken);
        var (place, problem) = EquipmentRules.Resolve(wanted, levels, rooms);
        if (problem is not null)
        {
            problems.Add(problem);
        }

        return (place, site);
    }

    internal static Point? PositionOf(Point? given, string? text, List<RuleProblem> problems)
    {
        if (given is null && string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var read = given is not null
            ? GeometryInput.Check(given, GeometryKind.Point, 0)
            : GeometryInput.Read(text, GeometryKind.Point, 0);
        if (read.Problem("Position") is { } problem)
        {
            problems.Add(problem);
        }

        return read.Geometry as Point;
    }

    internal void CheckFields(EquipmentInput input, List<RuleProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            problems.Add(new("Name", "Give the equipment a name (at most 200 characters)."));
        }

        if (!Enum.IsDefined(input.Kind))
        {
            problems.Add(new("Kind", "Choose a kind of equipment from the list."));
        }

        if (input.RegulatoryCategory is { } category && !Enum.IsDefined(category))
        {
            problems.Add(new("RegulatoryCategory", "Choose a regulatory category from the list."));
        }

        foreach (var (field, value) in new[] { ("Brand", input.Brand), ("Model", input.Model), ("SerialNumber", input.SerialNumber) })
        {
            if (value is { Length: > 100 })
            {
                problems.Add(new(field, "At most 100 characters."));
            }
        }

        if (EquipmentRules.InstallationRefusal(input.InstalledOn, Today) is { } refusal)
        {
            problems.Add(refusal);
        }
    }

    internal static void Apply(EquipmentItem item, EquipmentInput input)
    {
        item.Kind = input.Kind;
        item.Name = input.Name!.Trim();
        item.Brand = Blank(input.Brand);
        item.Model = Blank(input.Model);
        item.SerialNumber = Blank(input.SerialNumber);
        item.InstalledOn = input.InstalledOn;
        item.RegulatoryCategory = input.RegulatoryCategory ?? RegulatoryCategories.UsualFor(input.Kind);
        item.Notes = Blank(input.Notes);
        item.Index();
    }

    private static Dictionary<string, string?> Snapshot(EquipmentItem e) => new()
    {
        ["Kind"] = e.Kind.ToString(), ["Name"] = e.Name, ["Brand"] = e.Brand, ["Model"] = e.Model, ["SerialNumber"] = e.SerialNumber,
        ["InstalledOn"] = e.InstalledOn?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), ["RegulatoryCategory"] = e.RegulatoryCategory.ToString(),
        ["Position"] = e.Position?.AsText(), ["Notes"] = e.Notes,
    };

    internal EquipmentEvent Event(
        EquipmentItem item, EquipmentEventKind kind, DateOnly on, string? reason, string? from = null, string? to = null,
        Guid? fromBuilding = null, Guid? toBuilding = null, string? changes = null) => new()
    {
        OrganisationId = item.OrganisationId, EquipmentId = item.Id, Kind = kind, On = on, AtUtc = clock.UtcNow, ByName = user.DisplayName,
        From = from, To = to, FromBuildingId = fromBuilding, ToBuildingId = toBuilding, Reason = Blank(reason), Changes = changes,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
