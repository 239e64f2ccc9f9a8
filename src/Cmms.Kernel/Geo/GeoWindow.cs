using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Geo;

/// <summary>
/// An asset row that keeps its geometry's bounds in four columns, set whenever its geometry is set and
/// indexed as (OrganisationId, MinLat, MinLon, MaxLat, MaxLon). SQLite and SQL Server cannot translate
/// spatial predicates, so the map's window and OGC's <c>bbox</c> are answered on these columns in plain SQL.
/// </summary>
public interface IGeoBoxed
{
    double MinLon { get; }

    double MinLat { get; }

    double MaxLon { get; }

    double MaxLat { get; }
}

public static class GeoWindow
{
    /// <summary>
    /// The rows whose bounds meet <paramref name="box"/>. <paramref name="maxSpan"/> is the tallest latitude
    /// extent a row of this layer may have (0 for points): bounding <c>MinLat</c> on both sides turns the
    /// test into one range seek on the index instead of a scan of every row south of the window's top.
    /// </summary>
    public static IQueryable<T> InWindow<T>(this IQueryable<T> rows, GeoBox box, double maxSpan)
        where T : IGeoBoxed
    {
        var (south, north, west, east) = (box.MinLat, box.MaxLat, box.MinLon, box.MaxLon);
        var lowest = south - maxSpan;
        return rows.Where(r => r.MinLat <= north && r.MinLat >= lowest && r.MaxLat >= south && r.MinLon <= east && r.MaxLon >= west);
    }

    /// <summary>True when a row's geometry is no taller than its layer allows (see <see cref="InWindow"/>).</summary>
    public static bool FitsSpan(GeoBox bounds, double maxSpan) => bounds.MaxLat - bounds.MinLat <= maxSpan;

    /// <summary>True when the shape meets the window; shapes whose bounds lie inside it need no geometry test.</summary>
    public static bool Meets(Geometry shape, GeoBox box)
    {
        var bounds = GeoBox.Of(shape);
        var inside = bounds.MinLon >= box.MinLon && bounds.MaxLon <= box.MaxLon && bounds.MinLat >= box.MinLat && bounds.MaxLat <= box.MaxLat;
        return inside || (bounds.Intersects(box) && shape.Intersects(box.ToPolygon()));
    }
}
