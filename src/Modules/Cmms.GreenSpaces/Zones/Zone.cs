using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Zones;

/// <summary>What a green area is: how it is maintained follows from it (mowing a lawn, planting a bed).</summary>
public enum ZoneKind
{
    Park,
    Lawn,
    FlowerBed,
    Meadow,
    Hedge,
    SportsGround,
}

/// <summary>
/// The "classes d'entretien" of differentiated management (gestion différenciée): how often and how finely a
/// space is kept, from the town hall's flower beds (1, prestige) to meadows mown once a year (4, natural).
/// Numbered 1–4 here; many towns write them A–D.
/// </summary>
public enum MaintenanceClass
{
    Prestige = 1,
    Tended = 2,
    Rustic = 3,
    Natural = 4,
}

/// <summary>A green space drawn as a polygon (or several, for a park cut by a path), its area measured in Lambert-93.</summary>
internal sealed class Zone : RegisterAsset
{
    /// <summary>Parks span a few hundred metres; nothing a town draws is 5 km tall (see <see cref="GeoWindow.InWindow"/>).</summary>
    public const double MaxSpan = 0.05;

    public required string Name { get; set; }

    public ZoneKind Kind { get; set; }

    public MaintenanceClass MaintenanceClass { get; set; } = MaintenanceClass.Tended;

    /// <summary>Polygon or MultiPolygon, WGS84.</summary>
    public Geometry Outline { get; private set; } = null!;

    /// <summary>Square metres, in Lambert-93, computed when the outline is drawn.</summary>
    public double AreaM2 { get; private set; }

    public string? Notes { get; set; }

    public override string Label => Name;

    public override Geometry Shape => Outline;

    public void Draw(Geometry outline)
    {
        Outline = outline;
        AreaM2 = Lambert93.AreaSquareMetres(outline);
        Bound(outline);
    }

    protected override IEnumerable<string?> SearchableWords() => [Name];
}

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> builder)
    {
        RegisterAssetColumns.Configure(builder, "gs_zones");

        // Declared, or EF would take the geometry for a navigation (the database layer maps geometry columns).
        builder.Property(z => z.Outline);
        builder.Property(z => z.Name).HasMaxLength(200);
        builder.Property(z => z.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(z => z.MaintenanceClass).HasConversion<string>().HasMaxLength(20);
        builder.Property(z => z.Notes).HasMaxLength(2000);
    }
}
