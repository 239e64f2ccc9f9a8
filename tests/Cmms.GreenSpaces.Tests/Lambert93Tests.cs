using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Tests;

/// <summary>
/// Areas and lengths are only as right as the projection. Lambert-93 is checked three ways: at its origin, which
/// the IGN defines (3° E, 46°30′ N ↦ E 700 000 m, N 6 600 000 m); against the IGN's closed formulas of the
/// Lambert conformal conic with the published constants of Lambert-93; and against PROJ (GDAL's gdaltransform
/// from OGC:CRS84 to EPSG:2154), the reference implementation GIS tools use. ProjNet, which Cmms uses,
/// agrees with both to about 5 mm northing (it derives the cone's constants itself): the tests allow a
/// centimetre, a hundred times better than the metre an asset register needs.
/// </summary>
public sealed class Lambert93Tests
{
    // Lambert-93 constants as the IGN publishes them (NTG 71 / Lambert-93 note), on the GRS 80 ellipsoid.
    private const double N = 0.7256077650532670;
    private const double C = 11_754_255.4261;
    private const double Xs = 700_000;
    private const double Ys = 12_655_612.0499;
    private const double E = 0.0818191910428158;

    private static (double X, double Y) IgnFormula(double longitude, double latitude)
    {
        var phi = latitude * Math.PI / 180;
        var isometric = Math.Log(Math.Tan((Math.PI / 4) + (phi / 2)) * Math.Pow((1 - (E * Math.Sin(phi))) / (1 + (E * Math.Sin(phi))), E / 2));
        var radius = C * Math.Exp(-N * isometric);
        var gamma = N * (longitude - 3) * Math.PI / 180;
        return (Xs + (radius * Math.Sin(gamma)), Ys - (radius * Math.Cos(gamma)));
    }

    [Fact]
    public void The_origin_projects_where_the_ign_defines_it()
    {
        var (x, y) = Lambert93.Project(3, 46.5);

        Assert.Equal(700_000, x, 0.01);
        Assert.Equal(6_600_000, y, 0.01);
    }

    [Theory]
    [InlineData(4.44154, 46.80289)] // Parc de la Brune, the demo town
    [InlineData(2.3488, 48.8530)] // Paris, parvis de Notre-Dame
    [InlineData(5.3698, 43.2965)] // Marseille
    [InlineData(-4.4861, 48.3904)] // Brest, far west
    [InlineData(7.7521, 48.5734)] // Strasbourg, far east
    public void A_point_projects_as_the_ign_formulas_give_within_a_centimetre(double longitude, double latitude)
    {
        var (x, y) = Lambert93.Project(longitude, latitude);
        var expected = IgnFormula(longitude, latitude);

        Assert.Equal(expected.X, x, 0.01);
        Assert.Equal(expected.Y, y, 0.01);
    }

    [Theory]
    [InlineData(4.44154, 46.80289, 809_931.131, 6_634_642.132)]
    [InlineData(2.3488, 48.8530, 652_216.259, 6_861_637.024)]
    [InlineData(-4.4861, 48.3904, 146_632.979, 6_836_262.327)]
    [InlineData(7.7521, 48.5734, 1_050_362.695, 6_840_899.647)]
    public void A_point_projects_where_proj_puts_it_within_a_centimetre(double longitude, double latitude, double easting, double northing)
    {
        var (x, y) = Lambert93.Project(longitude, latitude);

        Assert.Equal(easting, x, 0.01);
        Assert.Equal(northing, y, 0.01);
    }

    [Fact]
    public void The_area_of_a_lawn_is_the_one_proj_gives_to_the_square_metre()
    {
        // A quadrilateral lawn by the park; PROJ-projected corners and the shoelace formula give 11,265.17 m².
        var lawn = Wgs84.Factory.CreatePolygon([new(4.4410, 46.8025), new(4.4425, 46.8026), new(4.4427, 46.8035), new(4.4412, 46.8034), new(4.4410, 46.8025)]);

        Assert.Equal(11_265, Lambert93.AreaSquareMetres(lawn));
    }

    [Fact]
    public void An_area_in_lambert_93_is_not_an_area_in_degrees()
    {
        var lawn = Wgs84.Factory.CreatePolygon([new(4.4410, 46.8025), new(4.4425, 46.8026), new(4.4427, 46.8035), new(4.4412, 46.8034), new(4.4410, 46.8025)]);

        Assert.NotEqual(Math.Round(lawn.Area, 0), Lambert93.AreaSquareMetres(lawn));
        Assert.Equal(Wgs84.Srid, lawn.SRID);
        Assert.IsType<Polygon>(Lambert93.Project(lawn));
    }
}
