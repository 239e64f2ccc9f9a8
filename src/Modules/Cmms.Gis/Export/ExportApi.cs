using Cmms.Gis.Layers;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Cmms.Gis.Export;

/// <summary>
/// A register downloaded whole: GeoJSON for GIS software (streamed feature by feature, so 100,000 trees take
/// no more memory than ten) and XLSX for a spreadsheet. What the person may see, as on the map: the
/// organisation's assets, a referent's sites only. An API key downloads the organisation's.
/// </summary>
internal static class ExportApi
{
    private static readonly string[] Readers = [Roles.ApiClient, .. Roles.All];

    public static void MapExportApi(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/gis/export").RequireRoles(Readers).ExcludeFromDescription();
        export.MapGet("{layerId}.geojson", GeoJson);
        export.MapGet("{layerId}.xlsx", Xlsx);
    }

    private static IResult GeoJson(string layerId, LayerDirectory layers, IClock clock)
    {
        if (layers.Find(layerId) is not { } layer)
        {
            return NoLayer(layerId);
        }

        var schema = new FeatureSchema(layer.Fields);
        return new JsonStreamResult("application/geo+json", async (w, ct) =>
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteString("name", layer.Id);
            w.WriteStartArray("features");
            await foreach (var feature in layer.StreamAsync(null, ct))
            {
                FeatureJson.Write(w, feature, schema);
                await JsonStreamResult.FlushIfFullAsync(w, ct);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, FileName(layer.Id, clock, "geojson"));
    }

    private static async Task<IResult> Xlsx(
        string layerId, LayerDirectory layers, IClock clock, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        if (layers.Find(layerId) is not { } layer)
        {
            return NoLayer(layerId);
        }

        var file = await XlsxExport.WriteAsync(layer, layers, text, cancellationToken);
        return TypedResults.Stream(file, XlsxExport.ContentType, FileName(layer.Id, clock, "xlsx"));
    }

    private static string FileName(string layer, IClock clock, string extension) =>
        $"{layer}-{ParisTime.Today(clock):yyyy-MM-dd}.{extension}";

    private static ProblemHttpResult NoLayer(string id) =>
        TypedResults.Problem(title: "No such layer.", detail: $"There is no layer '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
