using System.Text.Json;
using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.Gis.Import.Reading;

/// <summary>
/// A GeoJSON FeatureCollection (or one Feature): each feature is a row, its properties the columns (in the
/// order they first appear), its geometry read as WGS84 longitude/latitude as RFC 7946 requires. A legacy
/// <c>crs</c> member naming another system (Lambert-93…) refuses the file rather than misplacing every asset.
/// </summary>
internal static class GeoJsonTable
{
    public static SourceTable Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ImportFileException("The file is not valid JSON: {0}", e.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.GetString() : null;
            var features = type switch
            {
                "FeatureCollection" when root.TryGetProperty("features", out var list) && list.ValueKind == JsonValueKind.Array => [.. list.EnumerateArray()],
                "Feature" => new List<JsonElement> { root },
                _ => throw new ImportFileException("The file is not a GeoJSON FeatureCollection."),
            };
            CheckCrs(root);

            var columns = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var feature in features)
            {
                if (feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        if (seen.Add(property.Name))
                        {
                            columns.Add(property.Name);
                        }
                    }
                }
            }

            var index = columns.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
            var rows = new List<SourceRow>(features.Count);
            for (var n = 0; n < features.Count; n++)
            {
                var feature = features[n];
                var cells = new string?[columns.Count];
                if (feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        cells[index[property.Name]] = Cell(property.Value);
                    }
                }

                var (geometry, error) = Geometry(feature);
                rows.Add(new SourceRow(n + 1, cells, geometry, error));
            }

            return new SourceTable(ImportFormat.GeoJson, columns, rows);
        }
    }

    private static (Geometry? Geometry, string? Error) Geometry(JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        try
        {
            var geometry = element.Deserialize<Geometry>(GeoJson.Options);
            if (geometry is not null)
            {
                geometry.SRID = Wgs84.Srid;
            }

            return (geometry, null);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            return (null, e.Message);
        }
    }

    private static string? Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    /// <summary>RFC 7946 GeoJSON is WGS84; older files may name their CRS, which must then be WGS84 too.</summary>
    private static void CheckCrs(JsonElement root)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind != JsonValueKind.Object
            || !crs.TryGetProperty("properties", out var properties) || !properties.TryGetProperty("name", out var name))
        {
            return;
        }

        var text = name.GetString() ?? string.Empty;
        if (!(text.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase) || text.EndsWith("4326", StringComparison.Ordinal)))
        {
            throw new ImportFileException("The file's coordinates are in {0}, not in WGS84 longitude/latitude: export it again in EPSG:4326 (WGS 84).", text);
        }
    }
}
