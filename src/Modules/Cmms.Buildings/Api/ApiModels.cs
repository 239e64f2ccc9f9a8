using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Cmms.Buildings.Equipment;
using Cmms.Buildings.Rooms;

namespace Cmms.Buildings.Api;

/// <param name="Geometry">GeoJSON (WGS84): the footprint polygon, or a point for a building nobody drew.</param>
/// <param name="SurfaceFromFootprint">True when the surface was measured on the footprint (Lambert-93).</param>
public sealed record BuildingDto(
    Guid Id, string Code, string Name, Guid SiteId, string? Address, JsonElement Geometry, double? SurfaceM2, bool SurfaceFromFootprint,
    int? YearBuilt, string? ErpType, int? ErpCategory, int? ErpCapacity, int Version);

public sealed record RoomDto(Guid Id, string Number, string Name, double? AreaM2, RoomUse Use);

public sealed record LevelDto(Guid Id, string Name, int Elevation, IReadOnlyList<RoomDto> Rooms);

public sealed record BuildingDetailDto(BuildingDto Building, IReadOnlyList<LevelDto> Levels, IReadOnlyList<string> Referents);

/// <summary>A building as another system creates it (a GIS, a property-management tool).</summary>
public sealed record BuildingBody
{
    [Required(ErrorMessage = "Choose the site.")]
    public Guid? SiteId { get; init; }

    [Required(ErrorMessage = "Give the building a code.")]
    public string? Code { get; init; }

    [Required(ErrorMessage = "Give the building a name.")]
    public string? Name { get; init; }

    public string? Address { get; init; }

    /// <summary>GeoJSON Polygon/MultiPolygon (footprint) or Point; absent: the site's position.</summary>
    public JsonElement? Geometry { get; init; }

    /// <summary>Used only when the geometry is a point: a footprint's surface is measured.</summary>
    public double? SurfaceM2 { get; init; }

    public int? YearBuilt { get; init; }

    /// <summary>ERP type letter (J, L, M, N, O, P, R, S, T, U, V, W, X, Y, PA, CTS, SG, PS, GA, OA, EF, REF), with the category, or neither.</summary>
    public string? ErpType { get; init; }

    public int? ErpCategory { get; init; }

    public int? ErpCapacity { get; init; }
}

/// <param name="RegulatoryCategory">The statutory-inspection code: electrical, fire-alarm, extinguishers, emergency-lighting, lifts, gas, heating-ventilation, playground, none.</param>
/// <param name="Position">GeoJSON point, when the equipment was placed on the map.</param>
public sealed record EquipmentDto(
    Guid Id, string Name, EquipmentKind Kind, string RegulatoryCategory, Guid SiteId, Guid BuildingId, Guid? LevelId, Guid? RoomId,
    string? Brand, string? Model, string? SerialNumber, DateOnly? InstalledOn, JsonElement? Position, EquipmentStatus Status,
    DateOnly? RetiredOn, string? RetirementReason, int Version);

public sealed record EquipmentEventDto(EquipmentEventKind Kind, DateOnly On, DateTime At, string By, string? From, string? To, string? Reason, string? Changes);

/// <param name="Place">The place in words ("École Jules-Ferry — 1er étage — 104 Classe").</param>
public sealed record EquipmentDetailDto(EquipmentDto Equipment, string Place, IReadOnlyList<EquipmentEventDto> History);

public sealed record EquipmentBody
{
    [Required(ErrorMessage = "Choose the building.")]
    public Guid? BuildingId { get; init; }

    public Guid? LevelId { get; init; }

    public Guid? RoomId { get; init; }

    [Required(ErrorMessage = "Choose a kind of equipment.")]
    public EquipmentKind? Kind { get; init; }

    [Required(ErrorMessage = "Give the equipment a name.")]
    public string? Name { get; init; }

    public string? Brand { get; init; }

    public string? Model { get; init; }

    public string? SerialNumber { get; init; }

    public DateOnly? InstalledOn { get; init; }

    /// <summary>Code of the statutory-inspection family; absent: the kind's usual one.</summary>
    public string? RegulatoryCategory { get; init; }

    /// <summary>GeoJSON point, optional.</summary>
    public JsonElement? Position { get; init; }

    public string? Notes { get; init; }
}

public sealed record MoveBody
{
    [Required(ErrorMessage = "Choose the building.")]
    public Guid? BuildingId { get; init; }

    public Guid? LevelId { get; init; }

    public Guid? RoomId { get; init; }

    /// <summary>GeoJSON point; absent keeps the position in the same building and drops it in another.</summary>
    public JsonElement? Position { get; init; }

    /// <summary>The day of the move; today when absent.</summary>
    public DateOnly? On { get; init; }

    [Required(ErrorMessage = "Say why the equipment is moved.")]
    public string? Reason { get; init; }

    /// <summary>The version read; when given, a move made meanwhile by someone else is a 409.</summary>
    public int? Version { get; init; }
}
