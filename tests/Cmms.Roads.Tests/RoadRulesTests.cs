using Cmms.Kernel.Geo;
using Cmms.Roads.Segments;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Tests;

public sealed class RoadRulesTests
{
    [Fact]
    public void The_length_of_a_street_is_the_one_proj_gives_in_lambert_93_to_the_decimetre()
    {
        // Three points across the demo town; PROJ-projected (gdaltransform, EPSG:2154) they are 782.54 m apart end to end.
        var street = Wgs84.Factory.CreateLineString([new(4.4300, 46.8000), new(4.4350, 46.8010), new(4.4400, 46.8005)]);

        Assert.Equal(782.5, Lambert93.LengthMetres(street), 1);
    }

    [Fact]
    public void A_segment_records_its_length_when_drawn()
    {
        var segment = new RoadSegment { StreetName = "Rue Pasteur" };

        segment.Draw(Wgs84.Factory.CreateLineString([new(4.4300, 46.8000), new(4.4350, 46.8010), new(4.4400, 46.8005)]));

        Assert.Equal(782.5, segment.LengthM);
        Assert.Equal((4.4300, 46.8000, 4.4400, 46.8010), (segment.MinLon, segment.MinLat, segment.MaxLon, segment.MaxLat));
    }

    [Theory]
    [InlineData(100, ConditionBand.Good)]
    [InlineData(80, ConditionBand.Good)]
    [InlineData(79, ConditionBand.Fair)]
    [InlineData(60, ConditionBand.Fair)]
    [InlineData(59, ConditionBand.Poor)]
    [InlineData(40, ConditionBand.Poor)]
    [InlineData(39, ConditionBand.Bad)]
    [InlineData(0, ConditionBand.Bad)]
    public void A_condition_index_falls_in_its_band(int index, ConditionBand band) => Assert.Equal(band, ConditionScale.Band(index));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_condition_index_outside_0_to_100_is_no_index(int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConditionScale.Band(index));

    [Fact]
    public void A_segment_is_one_line_and_a_multiline_of_one_part_is_that_line()
    {
        var line = Wgs84.Factory.CreateLineString([new(4.43, 46.80), new(4.44, 46.80)]);
        var other = Wgs84.Factory.CreateLineString([new(4.45, 46.80), new(4.46, 46.80)]);

        Assert.Same(line, SegmentForm.OneLine(line).Line);
        Assert.Equal(line, SegmentForm.OneLine(Wgs84.Factory.CreateMultiLineString([line])).Line);
        Assert.NotNull(SegmentForm.OneLine(Wgs84.Factory.CreateMultiLineString([line, other])).Problem);
        Assert.NotNull(SegmentForm.OneLine(Wgs84.Point(4.43, 46.80)).Problem);
        Assert.IsType<LineString>(SegmentForm.OneLine(line).Line);
    }
}
