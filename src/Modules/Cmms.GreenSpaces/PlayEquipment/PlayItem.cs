using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.PlayEquipment;

/// <summary>Kinds of playground equipment, each covered by its part of the NF EN 1176 standard.</summary>
public enum PlayType
{
    Swing,
    Slide,
    Cableway,
    Carousel,
    Rocking,
    SpaceNet,
    ClimbingFrame,
    MultiPlay,
    Sandpit,
    Other,
}

/// <summary>A piece of playground equipment at its point: what it is, to which standard, since when, for whom.</summary>
internal sealed class PlayItem : RegisterAsset
{
    public required string Name { get; set; }

    public PlayType Type { get; set; }

    /// <summary>The parts of NF EN 1176 it complies with ("NF EN 1176-1/-2").</summary>
    public required string Standard { get; set; }

    public DateOnly? InstalledOn { get; set; }

    public string? Manufacturer { get; set; }

    /// <summary>The age group the maker states, in years (from 1 to 12, say).</summary>
    public int? MinAge { get; set; }

    public int? MaxAge { get; set; }

    /// <summary>The yearly main inspection (NF EN 1176-7), the last one done.</summary>
    public DateOnly? LastMainInspectionOn { get; set; }

    public Guid? ZoneId { get; set; }

    public Point Position { get; private set; } = null!;

    public override string Label => LabelOf(Name, Reference);

    /// <summary>The label from its columns, for queries that read them without the entity (the map layer).</summary>
    public static string LabelOf(string name, string reference) => $"{name} — {reference}";

    public override Geometry Shape => Position;

    public void Place(Point position)
    {
        Position = position;
        Bound(position);
    }

    protected override IEnumerable<string?> SearchableWords() => [Name, Manufacturer];
}

internal sealed class PlayItemConfiguration : IEntityTypeConfiguration<PlayItem>
{
    public void Configure(EntityTypeBuilder<PlayItem> builder)
    {
        RegisterAssetColumns.Configure(builder, "gs_play_equipment");

        // Declared, or EF would take the geometry for a navigation (the database layer maps geometry columns).
        builder.Property(p => p.Position);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Standard).HasMaxLength(100);
        builder.Property(p => p.Manufacturer).HasMaxLength(100);
        builder.HasIndex(p => new { p.OrganisationId, p.ZoneId });
    }
}
