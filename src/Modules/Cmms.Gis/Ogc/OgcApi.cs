using System.Globalization;
using System.Text.Json;
using Cmms.Gis.Layers;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Cmms.Gis.Ogc;

/// <summary>
/// OGC API – Features Part 1: Core (17-069r4) at <c>/ogc</c>, so QGIS, GDAL and other GIS read the asset
/// layers as they stand: one collection per registered feature layer, GeoJSON in CRS84, paged by
/// <c>limit</c>/<c>offset</c> with <c>next</c> links. An API key (X-Api-Key) or a signed-in person reads the
/// organisation they act for; the layers apply the organisation filter and a referent's sites.
/// </summary>
internal static class OgcApi
{
    public const string Prefix = ApiEndpoints.OgcPrefix;
    public const string GeoJsonType = "application/geo+json";
    public const string OpenApiType = "application/vnd.oai.openapi+json;version=3.0";

    public static readonly string[] ConformanceClasses =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ];

    /// <summary>Everyone who may read assets: systems by key, people by their session (scoped by the layers).</summary>
    private static readonly string[] Readers = [Roles.ApiClient, .. Roles.All];

    public static void MapOgcApi(this IEndpointRouteBuilder endpoints)
    {
        var ogc = endpoints.MapGroup(Prefix).RequireRoles(Readers).ExcludeFromDescription();
        ogc.MapGet("", Landing);
        ogc.MapGet("api", OpenApi);
        ogc.MapGet("conformance", Conformance);
        ogc.MapGet("collections", Collections);
        ogc.MapGet("collections/{collectionId}", Collection);
        ogc.MapGet("collections/{collectionId}/items", Items);
        ogc.MapGet("collections/{collectionId}/items/{featureId}", Item);
    }

    private static IResult Landing(HttpContext http)
    {
        if (OgcParameters.Refusal(http.Request.Query, OgcParameters.Common) is { } refused)
        {
            return BadRequest(refused);
        }

        var root = Root(http);
        return Json(w =>
        {
            w.WriteString("title", "Cmms – OGC API – Features");
            w.WriteString("description", "The organisation's assets (buildings, green spaces, roads…) as OGC API – Features collections, GeoJSON in CRS84.");
            w.WriteStartArray("links");
            Link(w, root, "self", "application/json", "This document");
            Link(w, $"{root}/api", "service-desc", OpenApiType, "The API definition (OpenAPI 3.0)");
            Link(w, $"{root}/conformance", "conformance", "application/json", "Conformance classes implemented");
            Link(w, $"{root}/collections", "data", "application/json", "The feature collections");
            w.WriteEndArray();
        });
    }

    private static IResult OpenApi(HttpContext http, LayerDirectory layers)
    {
        if (OgcParameters.Refusal(http.Request.Query, OgcParameters.Common) is { } refused)
        {
            return BadRequest(refused);
        }

        return new JsonStreamResult(OpenApiType, (writer, _) =>
        {
            OgcDefinition.Write(writer, Root(http), layers.All);
            return Task.CompletedTask;
        });
    }

    private static IResult Conformance(HttpContext http)
    {
        if (OgcParameters.Refusal(http.Request.Query, OgcParameters.Common) is { } refused)
        {
            return BadRequest(refused);
        }

        return Json(w =>
        {
            w.WriteStartArray("conformsTo");
            foreach (var conformance in ConformanceClasses)
            {
                w.WriteStringValue(conformance);
            }

            w.WriteEndArray();
        });
    }

    private static async Task<IResult> Collections(HttpContext http, LayerDirectory layers, CancellationToken cancellationToken)
    {
        if (OgcParameters.Refusal(http.Request.Query, OgcParameters.Common) is { } refused)
        {
            return BadRequest(refused);
        }

        var root = Root(http);
        var extents = new Dictionary<string, GeoBox?>();
        foreach (var layer in layers.All)
        {
            extents[layer.Id] = await layer.ExtentAsync(cancellationToken);
        }

        return Json(w =>
        {
            w.WriteStartArray("links");
            Link(w, $"{root}/collections", "self", "application/json", "The feature collections");
            w.WriteEndArray();
            w.WriteStartArray("collections");
            foreach (var layer in layers.All)
            {
                w.WriteStartObject();
                WriteCollection(w, root, layer, extents[layer.Id]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static async Task<IResult> Collection(string collectionId, HttpContext http, LayerDirectory layers, CancellationToken cancellationToken)
    {
        if (OgcParameters.Refusal(http.Request.Query, OgcParameters.Common) is { } refused)
        {
            return BadRequest(refused);
        }

        if (layers.Find(collectionId) is not { } layer)
        {
            return NoCollection(collectionId);
        }

        var extent = await layer.ExtentAsync(cancellationToken);
        var root = Root(http);
        return Json(w => WriteCollection(w, root, layer, extent));
    }

    private static async Task<IResult> Items(string collectionId, HttpContext http, LayerDirectory layers, IClock clock, CancellationToken cancellationToken)
    {
        var (parameters, refused) = OgcParameters.ReadItems(http.Request.Query);
        if (parameters is null)
        {
            return BadRequest(refused!);
        }

        if (layers.Find(collectionId) is not { } layer)
        {
            return NoCollection(collectionId);
        }

        var page = await layer.QueryAsync(new FeatureQuery(parameters.Box, parameters.Offset, parameters.Limit, Count: true), cancellationToken);

        // A layer that did not count: a full page may have a next one, and numberMatched is left out.
        var matched = page.NumberMatched;
        var more = matched is { } total ? parameters.Offset + page.Features.Count < total : page.Features.Count == parameters.Limit;
        var items = $"{Root(http)}/collections/{Uri.EscapeDataString(layer.Id)}/items";
        var box = parameters.Box is { } b ? $"&bbox={b}" : string.Empty;
        string PageUrl(int offset) => $"{items}?f=json&limit={parameters.Limit}&offset={offset}{box}";
        var timeStamp = clock.UtcNow;
        var schema = new FeatureSchema(layer.Fields);
        return new JsonStreamResult(GeoJsonType, async (w, ct) =>
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var feature in page.Features)
            {
                FeatureJson.Write(w, feature, schema);
                await JsonStreamResult.FlushIfFullAsync(w, ct);
            }

            w.WriteEndArray();
            w.WriteStartArray("links");
            Link(w, PageUrl(parameters.Offset), "self", GeoJsonType, "This page");
            if (more)
            {
                Link(w, PageUrl(parameters.Offset + parameters.Limit), "next", GeoJsonType, "The next page");
            }

            if (parameters.Offset > 0)
            {
                Link(w, PageUrl(Math.Max(0, parameters.Offset - parameters.Limit)), "prev", GeoJsonType, "The previous page");
            }

            Link(w, $"{Root(http)}/collections/{Uri.EscapeDataString(layer.Id)}", "collection", "application/json", layer.Title);
            w.WriteEndArray();
            w.WriteString("timeStamp", timeStamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            if (matched is { } count)
            {
                w.WriteNumber("numberMatched", count);
            }

            w.WriteNumber("numberReturned", page.Features.Count);
            w.WriteEndObject();
        });
    }

    private static async Task<IResult> Item(string collectionId, string featureId, HttpContext http, LayerDirectory layers, CancellationToken cancellationToken)
    {
        if (OgcParameters.Refusal(http.Request.Query, OgcParameters.Common) is { } refused)
        {
            return BadRequest(refused);
        }

        if (layers.Find(collectionId) is not { } layer)
        {
            return NoCollection(collectionId);
        }

        if (!Guid.TryParse(featureId, out var id) || await layer.FindAsync(id, cancellationToken) is not { } feature)
        {
            return TypedResults.Problem(
                title: "No such feature.", detail: $"The collection '{layer.Id}' has no feature '{featureId}' that you may see.", statusCode: StatusCodes.Status404NotFound);
        }

        var collection = $"{Root(http)}/collections/{Uri.EscapeDataString(layer.Id)}";
        return new JsonStreamResult(GeoJsonType, (w, _) =>
        {
            FeatureJson.Write(w, feature, new FeatureSchema(layer.Fields), links =>
            {
                links.WriteStartArray("links");
                Link(links, $"{collection}/items/{feature.Id}", "self", GeoJsonType, feature.Label);
                Link(links, collection, "collection", "application/json", layer.Title);
                links.WriteEndArray();
            });
            return Task.CompletedTask;
        });
    }

    private static void WriteCollection(Utf8JsonWriter w, string root, IFeatureLayer layer, GeoBox? extent)
    {
        var self = $"{root}/collections/{Uri.EscapeDataString(layer.Id)}";
        w.WriteString("id", layer.Id);
        w.WriteString("title", layer.Title);
        w.WriteString("description", layer.Description);
        w.WriteString("itemType", "feature");
        w.WriteStartArray("crs");
        w.WriteStringValue(OgcParameters.Crs84);
        w.WriteEndArray();
        if (extent is { } e)
        {
            w.WriteStartObject("extent");
            w.WriteStartObject("spatial");
            w.WriteStartArray("bbox");
            w.WriteStartArray();
            w.WriteNumberValue(e.MinLon);
            w.WriteNumberValue(e.MinLat);
            w.WriteNumberValue(e.MaxLon);
            w.WriteNumberValue(e.MaxLat);
            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteString("crs", OgcParameters.Crs84);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteStartArray("links");
        Link(w, self, "self", "application/json", layer.Title);
        Link(w, $"{self}/items", "items", GeoJsonType, layer.Title);
        w.WriteEndArray();
    }

    /// <summary>Links are absolute, from the address the client used (behind a proxy: its forwarded host and scheme).</summary>
    private static string Root(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{Prefix}";

    private static void Link(Utf8JsonWriter w, string href, string rel, string type, string title)
    {
        w.WriteStartObject();
        w.WriteString("href", href);
        w.WriteString("rel", rel);
        w.WriteString("type", type);
        w.WriteString("title", title);
        w.WriteEndObject();
    }

    private static JsonStreamResult Json(Action<Utf8JsonWriter> body) =>
        new("application/json", (w, _) =>
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
            return Task.CompletedTask;
        });

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(title: "The request is not valid.", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static ProblemHttpResult NoCollection(string id) =>
        TypedResults.Problem(title: "No such collection.", detail: $"There is no collection '{id}'. The collections are listed at {Prefix}/collections.", statusCode: StatusCodes.Status404NotFound);
}
