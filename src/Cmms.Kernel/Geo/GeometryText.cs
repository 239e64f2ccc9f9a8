using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Geo;

/// <summary>
/// A geometry typed or pasted into a form (or drawn by the map editor into a hidden input) as GeoJSON. A
/// whole Feature, as QGIS copies one, is accepted for its geometry. Reading checks the JSON only: the
/// layer's rules are <see cref="GeometryCheck.Refusal"/>'s.
/// </summary>
public static class GeometryText
{
    public static bool TryRead(string? text, out Geometry? geometry)
    {
        geometry = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Feature")
            {
                if (!root.TryGetProperty("geometry", out var inner) || inner.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }

                root = inner;
            }

            geometry = root.Deserialize<Geometry>(GeoJson.Options);
            if (geometry is not null)
            {
                geometry.SRID = Wgs84.Srid;
            }

            return geometry is not null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return false;
        }
    }

    public static string Write(Geometry geometry) => JsonSerializer.Serialize(geometry, GeoJson.Options);
}
