using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Cmms.Kernel.Geo;

/// <summary>The kind of geometry a layer holds: a tree is a point, a road segment a line, a lawn a polygon.</summary>
public enum GeometryKind
{
    Point,
    Line,
    Polygon,

    /// <summary>A building or site drawn as a footprint or, when nobody drew it, placed as a point.</summary>
    PointOrPolygon,
}

/// <summary>
/// Why a geometry is refused, before anything is written: wrong kind for the layer, coordinates that are
/// not longitude/latitude, a polygon that crosses itself. Reasons are English text keys that each module
/// shows through its localiser (French in CommonText.fr.resx).
/// </summary>
public static class GeometryCheck
{
    public const string Missing = "The geometry is missing.";
    public const string WrongKind = "The geometry is of the wrong kind for this layer (expected {0}).";
    public const string OutOfRange = "A coordinate is out of range: longitude must be between -180 and 180 and latitude between -90 and 90.";
    public const string SelfIntersection = "The shape crosses itself.";
    public const string Invalid = "The shape is not valid: {0}.";
    public const string TooFewPoints = "The shape has too few points.";

    /// <summary>Null when the geometry may be stored in a layer of <paramref name="kind"/>; else the reason and its argument.</summary>
    public static (string Reason, string? Argument)? Refusal(Geometry? geometry, GeometryKind kind)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            return (Missing, null);
        }

        if (!Accepts(kind, geometry))
        {
            return (WrongKind, kind.ToString());
        }

        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90)
            {
                return (OutOfRange, null);
            }
        }

        var error = new IsValidOp(geometry).ValidationError;
        return error?.ErrorType switch
        {
            null => null,
            TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection => (SelfIntersection, null),
            TopologyValidationErrors.TooFewPoints => (TooFewPoints, null),
            _ => (Invalid, error.Message),
        };
    }

    private static bool Accepts(GeometryKind kind, Geometry geometry) => kind switch
    {
        GeometryKind.Point => geometry is Point,
        GeometryKind.Line => geometry is LineString or MultiLineString,
        GeometryKind.Polygon => geometry is Polygon or MultiPolygon,
        GeometryKind.PointOrPolygon => geometry is Point or Polygon or MultiPolygon,
        _ => false,
    };
}
