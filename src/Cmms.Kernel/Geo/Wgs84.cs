using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Geo;

/// <summary>
/// Every geometry Cmms stores or serves is WGS84 longitude/latitude (EPSG:4326), the CRS of GeoJSON,
/// OGC API – Features (as CRS84) and Leaflet. Lengths and areas are computed in <see cref="Lambert93"/>.
/// </summary>
public static class Wgs84
{
    public const int Srid = 4326;

    public static GeometryFactory Factory { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), Srid);

    public static Point Point(double longitude, double latitude) => Factory.CreatePoint(new Coordinate(longitude, latitude));
}
