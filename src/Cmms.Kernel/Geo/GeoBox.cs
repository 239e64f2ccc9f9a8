using System.Globalization;
using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Geo;

/// <summary>
/// A longitude/latitude rectangle: the map's window, an OGC <c>bbox</c>, a geometry's bounds. Asset
/// tables keep their geometry's box in four indexed columns so a window query runs in plain SQL on
/// every provider; the exact geometry test is then made in memory on the few rows it returns.
/// </summary>
public readonly record struct GeoBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    public static GeoBox Of(Geometry geometry)
    {
        var e = geometry.EnvelopeInternal;
        return new GeoBox(e.MinX, e.MinY, e.MaxX, e.MaxY);
    }

    public bool Intersects(GeoBox other) =>
        MinLon <= other.MaxLon && other.MinLon <= MaxLon && MinLat <= other.MaxLat && other.MinLat <= MaxLat;

    public GeoBox Union(GeoBox other) =>
        new(Math.Min(MinLon, other.MinLon), Math.Min(MinLat, other.MinLat), Math.Max(MaxLon, other.MaxLon), Math.Max(MaxLat, other.MaxLat));

    public Polygon ToPolygon() => (Polygon)Wgs84.Factory.ToGeometry(new Envelope(MinLon, MaxLon, MinLat, MaxLat));

    /// <summary>"minLon,minLat,maxLon,maxLat" as OGC API – Features and Leaflet's toBBoxString() write it.</summary>
    public static bool TryParse(string? text, out GeoBox box)
    {
        box = default;
        var parts = text?.Split(',');
        if (parts is not { Length: 4 })
        {
            return false;
        }

        var values = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return false;
            }
        }

        // A box is valid when its corners are real coordinates; a west edge east of the east edge would
        // cross the antimeridian, which no French municipality needs.
        if (values[0] < -180 || values[2] > 180 || values[1] < -90 || values[3] > 90 || values[0] > values[2] || values[1] > values[3])
        {
            return false;
        }

        box = new GeoBox(values[0], values[1], values[2], values[3]);
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MinLon},{MinLat},{MaxLon},{MaxLat}");
}
