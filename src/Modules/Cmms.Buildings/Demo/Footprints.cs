using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Demo;

/// <summary>
/// Draws a building's footprint in metres around a point and turns it into longitude/latitude: a rectangle, or an
/// L (a main wing and a shorter one), turned by an angle as streets are. Good to a few centimetres at a town's scale.
/// </summary>
internal static class Footprints
{
    private const double MetresPerDegreeLatitude = 111_132;

    public static Polygon Draw(double longitude, double latitude, double width, double depth, bool l, double angleDegrees)
    {
        var (w, d) = (width / 2, depth / 2);
        (double X, double Y)[] corners = l
            ? [(-w, -d), (w, -d), (w, -d + (depth * 0.45)), (-w + (width * 0.45), -d + (depth * 0.45)), (-w + (width * 0.45), d), (-w, d)]
            : [(-w, -d), (w, -d), (w, d), (-w, d)];
        var angle = angleDegrees * Math.PI / 180;
        var metresPerDegreeLongitude = MetresPerDegreeLatitude * Math.Cos(latitude * Math.PI / 180);
        var ring = corners
            .Select(c => (X: (c.X * Math.Cos(angle)) - (c.Y * Math.Sin(angle)), Y: (c.X * Math.Sin(angle)) + (c.Y * Math.Cos(angle))))
            .Select(c => new Coordinate(Math.Round(longitude + (c.X / metresPerDegreeLongitude), 7), Math.Round(latitude + (c.Y / MetresPerDegreeLatitude), 7)))
            .ToList();
        ring.Add(ring[0].Copy());
        return Wgs84.Factory.CreatePolygon([.. ring]);
    }

    /// <summary>A point <paramref name="east"/> and <paramref name="north"/> metres from another.</summary>
    public static Point Offset(Point from, double east, double north)
    {
        var metresPerDegreeLongitude = MetresPerDegreeLatitude * Math.Cos(from.Y * Math.PI / 180);
        return Wgs84.Point(Math.Round(from.X + (east / metresPerDegreeLongitude), 7), Math.Round(from.Y + (north / MetresPerDegreeLatitude), 7));
    }
}
