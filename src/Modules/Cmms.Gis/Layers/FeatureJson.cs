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
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText FeatureType = JsonEncodedText.Encode("Feature");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText GeometryName = JsonEncodedText.Encode("geometry");
    private static readonly JsonEncodedText PropertiesName = JsonEncodedText.Encode("properties");
    private static readonly JsonEncodedText LabelName = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText CoordinatesName = JsonEncodedText.Encode("coordinates");
    private static readonly JsonEncodedText GeometriesName = JsonEncodedText.Encode("geometries");

    /// <summary>
    /// A feature with every attribute of its layer, in the layer's order, so each feature carries the same
    /// properties (GDAL and QGIS read a layer's schema from its first features); <c>label</c> comes first.
    /// </summary>
    /// <param name="more">Members written after the properties (an OGC feature's links).</param>
    public static void Write(Utf8JsonWriter writer, Feature feature, FeatureSchema schema, Action<Utf8JsonWriter>? more = null)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, FeatureType);
        writer.WriteString(IdName, feature.Id);
        writer.WritePropertyName(GeometryName);
        WriteGeometry(writer, feature.Geometry);
        writer.WritePropertyName(PropertiesName);
        writer.WriteStartObject();
        if (!schema.HasLabel)
        {
            writer.WriteString(LabelName, feature.Label);
        }

        var properties = feature.Properties;
        var found = 0;
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            writer.WritePropertyName(schema.Names[i]);
            if (properties.TryGetValue(schema.Fields[i].Name, out var value))
            {
                found++;
                WriteValue(writer, value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        // Properties the layer does not declare (rare) follow, in the feature's order.
        if (found < properties.Count)
        {
            foreach (var (name, value) in properties)
            {
                if (name != "label" && !schema.Declares(name))
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, value);
                }
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
        writer.WriteString(TypeName, FeatureType);
        writer.WriteString(IdName, feature.Id);
        writer.WritePropertyName(GeometryName);
        WriteGeometry(writer, geometry);
        writer.WritePropertyName(PropertiesName);
        writer.WriteStartObject();
        writer.WriteString(LabelName, feature.Label);
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
        writer.WriteString(TypeName, geometry.GeometryType);
        if (geometry is GeometryCollection collection and not (MultiPoint or MultiLineString or MultiPolygon))
        {
            writer.WriteStartArray(GeometriesName);
            foreach (var part in collection.Geometries)
            {
                WriteGeometry(writer, part);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WritePropertyName(CoordinatesName);
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

/// <summary>
/// A layer's attributes made ready for writing many features: their names encoded once, and looked up without
/// scanning the list for every property of every feature (2,500 trees of 15 attributes per OGC page).
/// </summary>
internal sealed class FeatureSchema
{
    private readonly HashSet<string> declared;

    public FeatureSchema(IReadOnlyList<FeatureField> fields)
    {
        Fields = fields;
        Names = [.. fields.Select(f => JsonEncodedText.Encode(f.Name))];
        declared = [.. fields.Select(f => f.Name)];
        HasLabel = declared.Contains("label");
    }

    public IReadOnlyList<FeatureField> Fields { get; }

    public IReadOnlyList<JsonEncodedText> Names { get; }

    public bool HasLabel { get; }

    public bool Declares(string name) => declared.Contains(name);
}
