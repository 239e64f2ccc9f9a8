using System.Globalization;
using System.Text.Json;
using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.Gis.Layers;

/// <summary>
/// Writes features as GeoJSON (RFC 7946) straight into a <see cref="Utf8JsonWriter"/>: the map, OGC API –
/// Features and the exports write feature after feature to the response, never a whole collection in memory.
/// </summary>
internal static class FeatureJson
{
    /// <summary>
    /// A feature with every attribute of its layer, in the layer's order, so each feature carries the same
    /// properties (GDAL and QGIS read a layer's schema from its first features); <c>label</c> comes first.
    /// </summary>
    /// <param name="more">Members written after the properties (an OGC feature's links).</param>
    public static void Write(Utf8JsonWriter writer, Feature feature, IReadOnlyList<FeatureField> fields, Action<Utf8JsonWriter>? more = null)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", feature.Id);
        writer.WritePropertyName("geometry");
        WriteGeometry(writer, feature.Geometry);
        writer.WritePropertyName("properties");
        writer.WriteStartObject();
        if (!fields.Any(f => f.Name == "label"))
        {
            writer.WriteString("label", feature.Label);
        }

        foreach (var field in fields)
        {
            writer.WritePropertyName(field.Name);
            WriteValue(writer, feature.Properties.GetValueOrDefault(field.Name));
        }

        foreach (var (name, value) in feature.Properties)
        {
            if (name != "label" && !fields.Any(f => f.Name == name))
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }
        }

        writer.WriteEndObject();
        more?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <summary>What the map draws: the shape, the id and the label; the card asks for the rest on a click.</summary>
    public static void WriteForMap(Utf8JsonWriter writer, Feature feature, Geometry geometry)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", feature.Id);
        writer.WritePropertyName("geometry");
        WriteGeometry(writer, geometry);
        writer.WritePropertyName("properties");
        writer.WriteStartObject();
        writer.WriteString("label", feature.Label);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// An RFC 7946 geometry, written here rather than through the serializer: the serializer flushes the
    /// writer after each value, and a synchronous flush of the response is refused by the server.
    /// </summary>
    public static void WriteGeometry(Utf8JsonWriter writer, Geometry geometry)
    {
        writer.WriteStartObject();
        writer.WriteString("type", geometry.GeometryType);
        if (geometry is GeometryCollection collection and not (MultiPoint or MultiLineString or MultiPolygon))
        {
            writer.WriteStartArray("geometries");
            foreach (var part in collection.Geometries)
            {
                WriteGeometry(writer, part);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WritePropertyName("coordinates");
            WriteCoordinates(writer, geometry);
        }

        writer.WriteEndObject();
    }

    private static void WriteCoordinates(Utf8JsonWriter writer, Geometry geometry)
    {
        switch (geometry)
        {
            case Point point when point.IsEmpty:
                writer.WriteStartArray();
                writer.WriteEndArray();
                break;
            case Point point:
                WritePosition(writer, point.X, point.Y);
                break;
            case LineString line:
                WriteSequence(writer, line.CoordinateSequence);
                break;
            case Polygon polygon:
                writer.WriteStartArray();
                if (!polygon.IsEmpty)
                {
                    WriteSequence(writer, polygon.ExteriorRing.CoordinateSequence);
                    foreach (var hole in polygon.InteriorRings)
                    {
                        WriteSequence(writer, hole.CoordinateSequence);
                    }
                }

                writer.WriteEndArray();
                break;
            case GeometryCollection multi:
                writer.WriteStartArray();
                foreach (var part in multi.Geometries)
                {
                    WriteCoordinates(writer, part);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"No GeoJSON for {geometry.GeometryType}.");
        }
    }

    private static void WriteSequence(Utf8JsonWriter writer, CoordinateSequence sequence)
    {
        writer.WriteStartArray();
        for (var i = 0; i < sequence.Count; i++)
        {
            WritePosition(writer, sequence.GetX(i), sequence.GetY(i));
        }

        writer.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter writer, double x, double y)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(x);
        writer.WriteNumberValue(y);
        writer.WriteEndArray();
    }

    /// <summary>Attribute values as JSON types: numbers stay numbers, dates are ISO 8601 text.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case double or float:
                writer.WriteNullValue();
                break;
            case DateOnly day:
                writer.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTime instant:
                writer.WriteStringValue(DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
