namespace Cmms.GreenSpaces.PlayEquipment;

/// <summary>
/// NF EN 1176 has a general part (-1: safety requirements and test methods, for every item) and a part per
/// kind of equipment: -2 swings, -3 slides, -4 cableways, -5 carousels, -6 rocking equipment, -11 spatial
/// networks. Part -7 (installation, inspection, maintenance) applies to every item's upkeep, not its design.
/// </summary>
public static class PlayStandards
{
    /// <summary>The parts an item of <paramref name="type"/> complies with, written as French inventories write them.</summary>
    public static string For(PlayType type) => SpecificPart(type) is { } part ? $"NF EN 1176-1/-{part}" : "NF EN 1176-1";

    private static int? SpecificPart(PlayType type) => type switch
    {
        PlayType.Swing => 2,
        PlayType.Slide => 3,
        PlayType.Cableway => 4,
        PlayType.Carousel => 5,
        PlayType.Rocking => 6,
        PlayType.SpaceNet => 11,
        _ => null,
    };
}
