using Cmms.Kernel.Registers;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.StreetLights;

/// <summary>The lamp of a light point. Mercury vapour lamps have been off the market since 2015 and are replaced as they fail.</summary>
public enum LampType
{
    Led,
    HighPressureSodium,
    MetalHalide,
    LowPressureSodium,
    CompactFluorescent,
    MercuryVapour,
}

/// <summary>
/// A light point (point lumineux) of the public lighting: its lamp, power, mast and the cabinet (armoire)
/// that feeds and switches it. The cabinet is a code ("ARM-07"): lights are listed and switched by cabinet.
/// </summary>
internal sealed class StreetLight : RegisterAsset
{
    public string? StreetName { get; set; }

    public LampType Lamp { get; set; }

    public int? PowerW { get; set; }

    /// <summary>The code of the lighting cabinet (armoire de commande) the light hangs on.</summary>
    public string? Cabinet { get; set; }

    public decimal? MastHeightM { get; set; }

    public DateOnly? InstalledOn { get; set; }

    public Point Position { get; private set; } = null!;

    public override string Label => LabelOf(Reference, StreetName);

    /// <summary>The label from its columns, for queries that read them without the entity (the map layer).</summary>
    public static string LabelOf(string reference, string? streetName) => streetName is null ? reference : $"{reference} — {streetName}";

    public override Geometry Shape => Position;

    public void Place(Point position)
    {
        Position = position;
        Bound(position);
    }

    protected override IEnumerable<string?> SearchableWords() => [StreetName, Cabinet];
}

internal sealed class StreetLightConfiguration : IEntityTypeConfiguration<StreetLight>
{
    public void Configure(EntityTypeBuilder<StreetLight> builder)
    {
        RegisterAssetColumns.Configure(builder, "rd_street_lights");

        // Declared, or EF would take the geometry for a navigation (the database layer maps geometry columns).
        builder.Property(l => l.Position);
        builder.Property(l => l.StreetName).HasMaxLength(200);
        builder.Property(l => l.Lamp).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Cabinet).HasMaxLength(20);
        builder.HasIndex(l => new { l.OrganisationId, l.Cabinet });
    }
}
