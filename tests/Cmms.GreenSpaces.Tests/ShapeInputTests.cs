using Cmms.GreenSpaces.Zones;
using Cmms.Kernel.Geo;

namespace Cmms.GreenSpaces.Tests;

public sealed class ShapeInputTests
{
    [Fact]
    public void A_polygon_crossing_itself_is_refused_with_the_kernels_reason()
    {
        var (shape, problem) = ShapeInput.Read("""{"type":"Polygon","coordinates":[[[4.44,46.80],[4.441,46.801],[4.441,46.80],[4.44,46.801],[4.44,46.80]]]}""", GeometryKind.Polygon, Zone.MaxSpan);

        Assert.Null(shape);
        Assert.Equal(GeometryCheck.SelfIntersection, problem!.Key);
    }

    [Fact]
    public void A_zone_taller_than_the_layer_allows_is_refused_so_window_queries_stay_one_seek()
    {
        var (_, problem) = ShapeInput.Read("""{"type":"Polygon","coordinates":[[[4.44,46.70],[4.45,46.70],[4.45,46.80],[4.44,46.80],[4.44,46.70]]]}""", GeometryKind.Polygon, Zone.MaxSpan);

        Assert.Equal(ShapeProblem.TooTall, problem!.Key);
        Assert.Equal("The shape is too large for this layer: at most 5550 m from north to south.", problem.English);
    }

    [Fact]
    public void Text_that_is_not_geojson_is_refused_and_a_good_point_is_read()
    {
        Assert.Equal(ShapeProblem.NotGeoJson, ShapeInput.Read("{ pas du json", GeometryKind.Point, 0).Problem!.Key);
        Assert.Equal(GeometryCheck.Missing, ShapeInput.Read(" ", GeometryKind.Point, 0).Problem!.Key);
        Assert.NotNull(ShapeInput.Read("""{"type":"Point"}""", GeometryKind.Point, 0).Problem);
        Assert.NotNull(ShapeInput.Read("""{"type":"Point","coordinates":[4.44,46.8]}""", GeometryKind.Point, 0).Geometry);
    }
}
