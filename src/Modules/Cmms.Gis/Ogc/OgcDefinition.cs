using System.Text.Json;
using Cmms.Kernel.Geo;

namespace Cmms.Gis.Ogc;

/// <summary>
/// The OpenAPI 3.0 document of <c>/ogc</c> (the landing page's <c>service-desc</c>): the six resources of
/// OGC API – Features Part 1, their parameters as the standard defines them, and the API key header.
/// Written by hand because these paths are not under /api and the standard fixes their shape.
/// </summary>
internal static class OgcDefinition
{
    public static void Write(Utf8JsonWriter w, string root, IReadOnlyList<IFeatureLayer> layers)
    {
        w.WriteStartObject();
        w.WriteString("openapi", "3.0.3");
        w.WriteStartObject("info");
        w.WriteString("title", "Cmms – OGC API – Features");
        w.WriteString("version", "1.0.0");
        w.WriteString("description", "The organisation's assets as OGC API – Features collections (GeoJSON, CRS84). Authenticate with an organisation's API key in the X-Api-Key header, or a signed-in session.");
        w.WriteEndObject();
        w.WriteStartArray("servers");
        w.WriteStartObject();
        w.WriteString("url", root);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("security");
        w.WriteStartObject();
        w.WriteStartArray("ApiKey");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("paths");
        Operation(w, "/", "getLandingPage", "The landing page", "application/json", [Ref("f")]);
        Operation(w, "/conformance", "getConformanceDeclaration", "The conformance classes implemented", "application/json", [Ref("f")]);
        Operation(w, "/collections", "getCollections", "The feature collections", "application/json", [Ref("f")]);
        Operation(w, "/collections/{collectionId}", "describeCollection", "One feature collection", "application/json", [Ref("collectionId"), Ref("f")]);
        Operation(w, "/collections/{collectionId}/items", "getFeatures", "The features of a collection, paged", "application/geo+json",
            [Ref("collectionId"), Ref("limit"), Ref("offset"), Ref("bbox"), Ref("bbox-crs"), Ref("datetime"), Ref("f")]);
        Operation(w, "/collections/{collectionId}/items/{featureId}", "getFeature", "One feature", "application/geo+json",
            [Ref("collectionId"), Ref("featureId"), Ref("f")]);
        w.WriteEndObject();

        w.WriteStartObject("components");
        w.WriteStartObject("securitySchemes");
        w.WriteStartObject("ApiKey");
        w.WriteString("type", "apiKey");
        w.WriteString("in", "header");
        w.WriteString("name", "X-Api-Key");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("parameters");
        Parameter(w, "collectionId", "path", "The collection: one of the asset layers.", s =>
        {
            s.WriteString("type", "string");
            s.WriteStartArray("enum");
            foreach (var layer in layers)
            {
                s.WriteStringValue(layer.Id);
            }

            s.WriteEndArray();
        });
        Parameter(w, "featureId", "path", "The feature's id (a UUID).", s => s.WriteString("type", "string"));
        Parameter(w, "limit", "query", $"At most this many features per page; a larger value is taken as {OgcParameters.MaxLimit}.", s =>
        {
            s.WriteString("type", "integer");
            s.WriteNumber("minimum", 1);
            s.WriteNumber("maximum", OgcParameters.MaxLimit);
            s.WriteNumber("default", OgcParameters.DefaultLimit);
        });
        Parameter(w, "offset", "query", "How many features to skip (the next links carry it).", s =>
        {
            s.WriteString("type", "integer");
            s.WriteNumber("minimum", 0);
            s.WriteNumber("default", 0);
        });
        Parameter(w, "bbox", "query", "Only features that intersect the box: minLon,minLat,maxLon,maxLat in CRS84 (six numbers for a 3D box).", s =>
        {
            s.WriteString("type", "array");
            s.WriteNumber("minItems", 4);
            s.WriteNumber("maxItems", 6);
            s.WriteStartObject("items");
            s.WriteString("type", "number");
            s.WriteEndObject();
        }, form: true);
        Parameter(w, "bbox-crs", "query", "The CRS of bbox: only CRS84.", s =>
        {
            s.WriteString("type", "string");
            s.WriteString("format", "uri");
            s.WriteString("default", OgcParameters.Crs84);
        });
        Parameter(w, "datetime", "query", "An RFC 3339 date-time or interval. The assets carry no time of validity, so every feature matches (requirement /req/core/fc-time-response C).", s =>
            s.WriteString("type", "string"), form: true);
        Parameter(w, "f", "query", "The format: JSON (GeoJSON for features), the only one served.", s =>
        {
            s.WriteString("type", "string");
            s.WriteStartArray("enum");
            s.WriteStringValue("json");
            s.WriteEndArray();
        });
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Ref(string parameter) => $"#/components/parameters/{parameter}";

    private static void Operation(Utf8JsonWriter w, string path, string id, string summary, string type, string[] parameters)
    {
        w.WriteStartObject(path);
        w.WriteStartObject("get");
        w.WriteString("operationId", id);
        w.WriteString("summary", summary);
        w.WriteStartArray("parameters");
        foreach (var parameter in parameters)
        {
            w.WriteStartObject();
            w.WriteString("$ref", parameter);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("responses");
        w.WriteStartObject("200");
        w.WriteString("description", summary);
        w.WriteStartObject("content");
        w.WriteStartObject(type);
        w.WriteStartObject("schema");
        w.WriteString("type", "object");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        foreach (var (status, description) in new[] { ("400", "A parameter is not valid (problem details)."), ("401", "No API key or session."), ("404", "No such collection or feature (problem details).") })
        {
            w.WriteStartObject(status);
            w.WriteString("description", description);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Parameter(Utf8JsonWriter w, string name, string place, string description, Action<Utf8JsonWriter> schema, bool form = false)
    {
        w.WriteStartObject(name);
        w.WriteString("name", name);
        w.WriteString("in", place);
        w.WriteBoolean("required", place == "path");
        w.WriteString("description", description);
        if (form)
        {
            w.WriteString("style", "form");
            w.WriteBoolean("explode", false);
        }

        w.WriteStartObject("schema");
        schema(w);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
