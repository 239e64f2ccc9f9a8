using Cmms.Kernel.Registers;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Signs;

/// <summary>
/// The families of the French road sign code (instruction interministérielle sur la signalisation routière),
/// named by the letters a sign's code starts with: A danger, AB intersection and priority, B prescription
/// (prohibitions, obligations, their ends), C indication, CE services, D direction, E location, EB town
/// entry and exit, G level crossing, J marking posts, K temporary (roadworks), M additional plates.
/// </summary>
public enum SignFamily
{
    Danger,
    Intersection,
    Prescription,
    Indication,
    Services,
    Direction,
    Location,
    TownLimit,
    LevelCrossing,
    Marker,
    Temporary,
    Plate,
}

public enum SignCondition
{
    Good,
    Worn,
    Damaged,
    Missing,
}

/// <summary>A road sign at its point: its code ("B14"), what it says, since when, and how it looks now.</summary>
internal sealed class Sign : RegisterAsset
{
    /// <summary>The code as the regulation writes it ("AB3a", "B21-1").</summary>
    public required string Code { get; set; }

    public SignFamily Family { get; set; }

    /// <summary>What the sign means ("Limitation de vitesse"), and its value where it has one ("30 km/h").</summary>
    public required string Caption { get; set; }

    public DateOnly? InstalledOn { get; set; }

    public SignCondition Condition { get; set; }

    public string? StreetName { get; set; }

    public Point Position { get; private set; } = null!;

    public override string Label => LabelOf(Code, Caption, Reference);

    /// <summary>The label from its columns, for queries that read them without the entity (the map layer).</summary>
    public static string LabelOf(string code, string caption, string reference) => $"{code} {caption} — {reference}";

    public override Geometry Shape => Position;

    public void Place(Point position)
    {
        Position = position;
        Bound(position);
    }

    protected override IEnumerable<string?> SearchableWords() => [Code, Caption, StreetName];
}

internal sealed class SignConfiguration : IEntityTypeConfiguration<Sign>
{
    public void Configure(EntityTypeBuilder<Sign> builder)
    {
        RegisterAssetColumns.Configure(builder, "rd_signs");

        // Declared, or EF would take the geometry for a navigation (the database layer maps geometry columns).
        builder.Property(s => s.Position);
        builder.Property(s => s.Code).HasMaxLength(10);
        builder.Property(s => s.Family).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Caption).HasMaxLength(200);
        builder.Property(s => s.Condition).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.StreetName).HasMaxLength(200);
    }
}
