using Cmms.Kernel.Domain;

namespace Cmms.Buildings.Rooms;

/// <summary>A room of a level: its number on the plans, its name, its area and what it is used for.</summary>
internal sealed class Room : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>Kept beside the level so a building's rooms are read in one indexed query.</summary>
    public Guid BuildingId { get; set; }

    public Guid LevelId { get; set; }

    /// <summary>As on the plans ("R12", "104"); unique within the level.</summary>
    public required string Number { get; set; }

    public required string Name { get; set; }

    public double? AreaSquareMetres { get; set; }

    public RoomUse Use { get; set; } = RoomUse.Other;

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>What a room is used for (labels are "RoomUse.X" texts).</summary>
public enum RoomUse
{
    Office,
    Classroom,
    Meeting,
    Reception,
    Hall,
    Sports,
    Changing,
    Sanitary,
    Kitchen,
    Dining,
    Sleeping,
    Storage,
    Technical,
    Workshop,
    Circulation,
    Other,
}
