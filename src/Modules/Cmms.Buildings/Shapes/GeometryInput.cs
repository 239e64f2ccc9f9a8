using System.Text.Json;
using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Shapes;

/// <summary>
/// A geometry typed or drawn on a form, or sent in the API's JSON, read and checked before anything is written:
/// GeoJSON that can be read (a bare geometry, or a Feature pasted from another tool), of the right kind for the
/// layer, with longitudes and latitudes in range, not crossing itself, and not taller than the layer allows.
/// </summary>
internal static class GeometryInput
{
    public const string NotGeoJson = "This is not a GeoJSON geometry: draw it on the map, or paste a GeoJSON Point or Polygon.";
    private static readonly HashSet<string> GeoJsonTypes =
        ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

    public const string TooLarge = "The shape is too large for this layer: at most {0} m from north to south.";

    /// <summary>The geometry of <paramref name="text"/>, or why it is refused (an English key and its argument).</summary>
    public static GeometryRead Read(string? text, GeometryKind kind, double maxSpan)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null, GeometryCheck.Missing, null);
        }

        Geometry? geometry;
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && type.GetString() == "Feature" && root.TryGetProperty("geometry", out var inner))
            {
                root = inner;
            }

            geometry = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var geoType) && geoType.ValueKind == JsonValueKind.String
                && GeoJsonTypes.Contains(geoType.GetString()!)
                ? root.Deserialize<Geometry>(GeoJson.Options)
                : null;
        }
        catch (JsonException)
        {
            return new(null, NotGeoJson, null);
        }
        catch (ArgumentException ex)
        {
            // NetTopologySuite refuses some shapes while reading them (a ring that does not close).
            return new(null, GeometryCheck.Invalid, ex.Message);
        }

        return Check(geometry, kind, maxSpan);
    }

    /// <summary>The checks every geometry passes before it is stored, whatever brought it (a form, the API, an import).</summary>
    public static GeometryRead Check(Geometry? geometry, GeometryKind kind, double maxSpan)
    {
        if (geometry is null)
        {
            return new(null, NotGeoJson, null);
        }

        geometry.SRID = Wgs84.Srid;
        if (GeometryCheck.Refusal(geometry, kind) is { } refusal)
        {
            return new(null, refusal.Reason, refusal.Argument);
        }

        var box = GeoBox.Of(geometry);
        if (box.MaxLat - box.MinLat > maxSpan)
        {
            return new(null, TooLarge, Math.Round(maxSpan * 111_320).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new(geometry, null, null);
    }

    public static Point? AsPoint(double? latitude, double? longitude) =>
        latitude is { } lat && longitude is { } lon ? Wgs84.Point(lon, lat) : null;

    /// <summary>GeoJSON text of a geometry, for a form's field.</summary>
    public static string Write(Geometry geometry) => JsonSerializer.Serialize(geometry, GeoJson.Options);

    public static JsonElement ToJson(Geometry geometry) => JsonSerializer.SerializeToElement(geometry, GeoJson.Options);
}

/// <summary>A geometry read from input, or the reason it was refused (English key, argument).</summary>
internal sealed record GeometryRead(Geometry? Geometry, string? Reason, string? Argument)
{
    /// <summary>The refusal as a problem of <paramref name="field"/>; null when the geometry was accepted.</summary>
    public RuleProblem? Problem(string field) =>
        Reason is null ? null : new RuleProblem(field, Reason, Argument is null ? [] : [Argument]);
}
