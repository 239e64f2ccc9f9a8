using System.Text.Json;
using NetTopologySuite.IO.Converters;

namespace Cmms.Kernel.Geo;

/// <summary>One way to read and write GeoJSON (RFC 7946) for the map, OGC API – Features, imports and exports.</summary>
public static class GeoJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new GeoJsonConverterFactory(Wgs84.Factory, writeGeometryBBox: false, idPropertyName: "id"));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
