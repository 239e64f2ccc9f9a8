using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Segments;

/// <summary>Who owns and keeps a road: most of a town's network is "voirie communale".</summary>
public enum RoadClass
{
    MunicipalRoad,
    RuralPath,
    DepartmentalRoad,
    CommunityRoad,
    PrivateRoad,
}

/// <summary>The wearing course of a segment.</summary>
public enum RoadSurface
{
    Asphalt,
    Concrete,
    Pavers,
    SurfaceDressing,
    Stabilised,
    Gravel,
}

/// <summary>A stretch of street between two intersections, drawn as a line, its length measured in Lambert-93.</summary>
internal sealed class RoadSegment : RegisterAsset
{
    /// <summary>A segment runs between two crossings; nothing a town draws as one is 5 km tall.</summary>
    public const double MaxSpan = 0.05;

    public required string StreetName { get; set; }

    public RoadClass Class { get; set; }

    public RoadSurface Surface { get; set; }

    public decimal? WidthM { get; set; }

    /// <summary>0 (ruined) to 100 (new), as last surveyed; see <see cref="ConditionScale"/>.</summary>
    public int? ConditionIndex { get; set; }

    public DateOnly? SurveyedOn { get; set; }

    public LineString Line { get; private set; } = null!;

    /// <summary>Metres, in Lambert-93, computed when the line is drawn.</summary>
    public double LengthM { get; private set; }

    public override string Label => LabelOf(StreetName, Reference);

    /// <summary>The label from its columns, for queries that read them without the entity (the map layer).</summary>
    public static string LabelOf(string streetName, string reference) => $"{streetName} — {reference}";

    public override Geometry Shape => Line;

    public override Point Spot => Wgs84.Factory.CreatePoint(new NetTopologySuite.LinearReferencing.LengthIndexedLine(Line).ExtractPoint(Line.Length / 2));

    public void Draw(LineString line)
    {
        Line = line;
        LengthM = Lambert93.LengthMetres(line);
        Bound(line);
    }

    protected override IEnumerable<string?> SearchableWords() => [StreetName];
}

internal sealed class RoadSegmentConfiguration : IEntityTypeConfiguration<RoadSegment>
{
    public void Configure(EntityTypeBuilder<RoadSegment> builder)
    {
        RegisterAssetColumns.Configure(builder, "rd_segments");

        // Declared, or EF would take the geometry for a navigation (the database layer maps geometry columns).
        builder.Property(s => s.Line);
        builder.Property(s => s.StreetName).HasMaxLength(200);
        builder.Property(s => s.Class).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Surface).HasConversion<string>().HasMaxLength(20);
    }
}
