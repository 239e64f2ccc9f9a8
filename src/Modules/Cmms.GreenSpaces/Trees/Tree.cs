using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Trees;

public enum TreeHealth
{
    Good,
    Fair,
    Poor,
    Dead,
}

public enum TreeRisk
{
    Low,
    Medium,
    High,
}

/// <summary>A tree of the town's inventory, at its point, as the last inspection left it.</summary>
internal sealed class Tree : RegisterAsset
{
    public required string LatinName { get; set; }

    public required string FrenchName { get; set; }

    public int? PlantingYear { get; set; }

    public decimal? HeightM { get; set; }

    /// <summary>Measured at 1.30 m above the ground, as foresters do.</summary>
    public int? TrunkCircumferenceCm { get; set; }

    public TreeHealth Health { get; set; }

    /// <summary>Over or beside a path, a road, a car park or a play area: a "target" if the tree or a branch falls.</summary>
    public bool NearTraffic { get; set; }

    /// <summary>As assessed, raised by <see cref="TreeRiskRule"/> when the tree's health and targets demand it.</summary>
    public TreeRisk Risk { get; set; }

    public DateOnly? LastInspectedOn { get; set; }

    /// <summary>The zone the tree stands in, found from its point when it is placed.</summary>
    public Guid? ZoneId { get; set; }

    /// <summary>The street or place ("Avenue de la République, côté pair").</summary>
    public string? Location { get; set; }

    public Point Position { get; private set; } = null!;

    public override string Label => LabelOf(FrenchName, Reference);

    /// <summary>The label from its columns, for queries that read them without the entity (the map layer).</summary>
    public static string LabelOf(string frenchName, string reference) => $"{frenchName} — {reference}";

    public override Geometry Shape => Position;

    public void Place(Point position)
    {
        Position = position;
        Bound(position);
    }

    protected override IEnumerable<string?> SearchableWords() => [FrenchName, LatinName, Location];
}

internal sealed class TreeConfiguration : IEntityTypeConfiguration<Tree>
{
    public void Configure(EntityTypeBuilder<Tree> builder)
    {
        RegisterAssetColumns.Configure(builder, "gs_trees");

        // Declared, or EF would take the geometry for a navigation (the database layer maps geometry columns).
        builder.Property(t => t.Position);
        builder.Property(t => t.LatinName).HasMaxLength(100);
        builder.Property(t => t.FrenchName).HasMaxLength(100);
        builder.Property(t => t.Health).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.Risk).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.Location).HasMaxLength(200);
        builder.HasIndex(t => new { t.OrganisationId, t.ZoneId });
    }
}
