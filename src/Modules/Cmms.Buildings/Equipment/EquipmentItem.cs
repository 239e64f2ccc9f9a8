using Cmms.Kernel.Domain;
using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Equipment;

/// <summary>
/// A piece of equipment of a building (a boiler, a lift, an extinguisher, a slide in the school yard): what it
/// is, where it stands in the building's tree, and whether it is still in service. It is never deleted: work
/// orders and statutory checks refer to it after it is retired.
/// </summary>
internal sealed class EquipmentItem : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>The site of its building, kept here so a referent's scope and the catalog filter without a join.</summary>
    public Guid SiteId { get; private set; }

    public Guid BuildingId { get; private set; }

    public Guid? LevelId { get; private set; }

    public Guid? RoomId { get; private set; }

    public EquipmentKind Kind { get; set; }

    /// <summary>What people call it ("Chaudière gaz chaufferie", "Extincteur CO2 2 kg cuisine").</summary>
    public required string Name { get; set; }

    public string? Brand { get; set; }

    public string? Model { get; set; }

    public string? SerialNumber { get; set; }

    public DateOnly? InstalledOn { get; set; }

    public RegulatoryCategory RegulatoryCategory { get; set; }

    /// <summary>Where it stands, when someone placed it (playground items, boilers); the map shows only these.</summary>
    public Point? Position { get; private set; }

    public double? MinLon { get; private set; }

    public double? MinLat { get; private set; }

    public double? MaxLon { get; private set; }

    public double? MaxLat { get; private set; }

    public EquipmentStatus Status { get; private set; } = EquipmentStatus.InService;

    public DateOnly? RetiredOn { get; private set; }

    public string? RetirementReason { get; private set; }

    public string? Notes { get; set; }

    /// <summary>Name, brand, model and serial number without accents, in capitals: what the text search reads.</summary>
    public string SearchKey { get; private set; } = string.Empty;

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public Place Place => new(BuildingId, LevelId, RoomId);

    /// <summary>Puts a new piece of equipment in its place (no history: the caller records its installation).</summary>
    public void Install(Place place, Guid siteId, Point? position)
    {
        (BuildingId, LevelId, RoomId, SiteId) = (place.BuildingId, place.LevelId, place.RoomId, siteId);
        Locate(position);
    }

    /// <summary>
    /// Moves it (the rules of <see cref="EquipmentRules.MoveRefusal"/> already checked). In another building its
    /// old position would be wrong, so it is dropped unless a new one is given.
    /// </summary>
    public void MoveTo(Place to, Guid siteId, Point? position)
    {
        var otherBuilding = to.BuildingId != BuildingId;
        (BuildingId, LevelId, RoomId, SiteId) = (to.BuildingId, to.LevelId, to.RoomId, siteId);
        if (position is not null || otherBuilding)
        {
            Locate(position);
        }
    }

    public void Retire(DateOnly on, string reason)
    {
        Status = EquipmentStatus.Retired;
        RetiredOn = on;
        RetirementReason = reason.Trim();
    }

    /// <summary>Sets or clears the position; its box follows (a point's box is the point itself).</summary>
    public void Locate(Point? position)
    {
        Position = position;
        if (position is null)
        {
            (MinLon, MinLat, MaxLon, MaxLat) = ((double?)null, (double?)null, (double?)null, (double?)null);
        }
        else
        {
            var box = GeoBox.Of(position);
            (MinLon, MinLat, MaxLon, MaxLat) = (box.MinLon, box.MinLat, box.MaxLon, box.MaxLat);
        }
    }

    /// <summary>Keeps <see cref="SearchKey"/> in step with the texts; called before every save.</summary>
    public void Index() => SearchKey = Catalog.SearchText.Key(Name, Brand, Model, SerialNumber);
}

public enum EquipmentStatus
{
    InService,
    Retired,
}

/// <summary>A place in a building's tree: the building, and optionally its level and a room of that level.</summary>
internal sealed record Place(Guid BuildingId, Guid? LevelId, Guid? RoomId);
