using Cmms.Buildings.Buildings;
using Cmms.Buildings.Demo;
using Cmms.Buildings.Shapes;
using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Tests;

public sealed class GeometryTests
{
    private const string Square =
        """{"type":"Polygon","coordinates":[[[4.430,46.800],[4.431,46.800],[4.431,46.801],[4.430,46.801],[4.430,46.800]]]}""";

    private static Building Placed(Geometry geometry, double? entered = null)
    {
        var building = new Building { Code = "T", Name = "Test" };
        building.Place(geometry, entered);
        return building;
    }

    [Fact]
    public void A_drawn_footprint_gives_its_surface_in_lambert_93_whatever_was_entered()
    {
        var read = GeometryInput.Read(Square, GeometryKind.PointOrPolygon, Building.MaxSpan);
        var building = Placed(read.Geometry!, entered: 12);

        // 0.001° of longitude at 46.8° N is 76.3 m, 0.001° of latitude 111.2 m.
        Assert.InRange(building.SurfaceSquareMetres!.Value, 8_440, 8_520);
        Assert.True(building.HasFootprint);
    }

    [Fact]
    public void A_rectangle_and_an_l_drawn_in_metres_measure_what_they_should()
    {
        var rectangle = Placed(Footprints.Draw(4.43, 46.80, 40, 20, l: false, angleDegrees: 25));
        var l = Placed(Footprints.Draw(4.43, 46.80, 40, 20, l: true, angleDegrees: -10));

        Assert.InRange(rectangle.SurfaceSquareMetres!.Value, 796, 804);
        Assert.InRange(l.SurfaceSquareMetres!.Value, 800 - (22 * 11) - 4, 800 - (22 * 11) + 4);
        Assert.Null(GeometryCheck.Refusal(l.Geometry, GeometryKind.Polygon));
        Assert.True(l.Geometry.Contains(l.PinPoint));
    }

    [Fact]
    public void A_building_placed_by_a_point_keeps_the_surface_entered_and_its_box_is_the_point()
    {
        var building = Placed(Wgs84.Point(4.43, 46.8), entered: 250);

        Assert.Equal(250, building.SurfaceSquareMetres);
        Assert.False(building.HasFootprint);
        Assert.Equal((4.43, 46.8, 4.43, 46.8), (building.MinLon, building.MinLat, building.MaxLon, building.MaxLat));
    }

    [Fact]
    public void The_box_columns_follow_the_footprint()
    {
        var building = Placed(GeometryInput.Read(Square, GeometryKind.PointOrPolygon, Building.MaxSpan).Geometry!);

        Assert.Equal((4.430, 46.800, 4.431, 46.801), (building.MinLon, building.MinLat, building.MaxLon, building.MaxLat));
    }

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[4.43,46.80],[4.431,46.801],[4.431,46.80],[4.43,46.801],[4.43,46.80]]]}""", GeometryCheck.SelfIntersection)]
    [InlineData("""{"type":"Point","coordinates":[184.2,46.8]}""", GeometryCheck.OutOfRange)]
    [InlineData("""{"type":"Polygon","coordinates":[[[4.43,96.80],[4.431,96.80],[4.431,96.801],[4.43,96.80]]]}""", GeometryCheck.OutOfRange)]
    [InlineData("""{"type":"LineString","coordinates":[[4.43,46.8],[4.44,46.81]]}""", GeometryCheck.WrongKind)]
    [InlineData("""{"type":"Polygon","coordinates":[[[4.43,46.80],[4.431,46.80],[4.431,46.801],[4.43,46.801]]]}""", GeometryCheck.Invalid)]
    [InlineData("""{"type":"Polygon","coordinates":[[[4.43,46.70],[4.44,46.70],[4.44,46.80],[4.43,46.80],[4.43,46.70]]]}""", GeometryInput.TooLarge)]
    [InlineData("""not json""", GeometryInput.NotGeoJson)]
    [InlineData("""{"type":"Circle","radius":5}""", GeometryInput.NotGeoJson)]
    [InlineData("""  """, GeometryCheck.Missing)]
    public void A_footprint_that_cannot_be_stored_is_refused_with_its_reason(string json, string reason)
    {
        var read = GeometryInput.Read(json, GeometryKind.PointOrPolygon, Building.MaxSpan);

        Assert.Null(read.Geometry);
        Assert.Equal(reason, read.Reason);
    }

    [Fact]
    public void A_wrong_kind_names_the_kind_expected()
    {
        var read = GeometryInput.Read("""{"type":"Polygon","coordinates":[[[4.43,46.80],[4.431,46.80],[4.431,46.801],[4.43,46.80]]]}""", GeometryKind.Point, 0);

        Assert.Equal(GeometryCheck.WrongKind, read.Reason);
        Assert.Equal("Point", read.Argument);
    }

    [Fact]
    public void A_feature_pasted_from_another_tool_gives_its_geometry()
    {
        var read = GeometryInput.Read("""{"type":"Feature","properties":{"nom":"École"},"geometry":{"type":"Point","coordinates":[4.43,46.8]}}""", GeometryKind.PointOrPolygon, Building.MaxSpan);

        var point = Assert.IsType<Point>(read.Geometry);
        Assert.Equal(Wgs84.Srid, point.SRID);
    }

    [Fact]
    public void A_geometry_written_for_a_form_reads_back_the_same()
    {
        var footprint = Footprints.Draw(4.43, 46.80, 30, 12, l: true, angleDegrees: 12);

        var read = GeometryInput.Read(GeometryInput.Write(footprint), GeometryKind.PointOrPolygon, Building.MaxSpan);

        Assert.True(footprint.EqualsExact(read.Geometry));
    }
}
