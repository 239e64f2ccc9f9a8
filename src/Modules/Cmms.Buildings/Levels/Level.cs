using Cmms.Kernel.Domain;

namespace Cmms.Buildings.Levels;

/// <summary>A floor of a building ("Rez-de-chaussée", "1er étage", "Sous-sol"), ordered by its elevation.</summary>
internal sealed class Level : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public Guid BuildingId { get; set; }

    public required string Name { get; set; }

    /// <summary>0 for the ground floor, 1 for the first floor, -1 for the basement: the order floors are listed in.</summary>
    public int Elevation { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>The usual name of a floor at this elevation, offered when a level is added.</summary>
    public static string UsualName(int elevation, Microsoft.Extensions.Localization.IStringLocalizer text) => elevation switch
    {
        0 => text["Ground floor"],
        1 => text["First floor"],
        > 1 => text["Floor {0}", elevation],
        -1 => text["Basement"],
        _ => text["Basement {0}", -elevation],
    };
}
