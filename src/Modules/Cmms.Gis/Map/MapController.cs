using System.Globalization;
using Cmms.Directory.Contracts;
using Cmms.Gis.Layers;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Cmms.Gis.Map;

/// <summary>
/// The map of the organisation's assets: a layer per kind of asset, loaded for the visible window only,
/// and the card of the asset clicked. The layers apply the organisation filter and the person's sites
/// (a referent sees only their sites' assets); this controller adds no data of its own.
/// </summary>
[Authorize]
[Route("map")]
public sealed class MapController(ICurrentUser user, MapTiles tiles, IStringLocalizer<Text> text) : Controller
{
    /// <summary>At most this many features per layer and window; beyond it the map asks to zoom in.</summary>
    public const int MaxFeatures = 5000;


    [HttpGet("")]
    public async Task<IActionResult> Index(string? focus, CancellationToken cancellationToken)
    {
        var layers = Layers;
        string? focusLayer = null;
        Guid? focusId = null;
        if (focus?.Split(':') is [var layerId, var id] && layers.Find(layerId) is not null && Guid.TryParse(id, out var featureId))
        {
            (focusLayer, focusId) = (layerId, featureId);
        }

        var page = new MapPage(
            [.. layers.All.Select(l => new MapLayer(l.Id, l.Title, l.Description, l.Kind, $"/map/layers/{l.Id}", $"/gis/export/{l.Id}.geojson", $"/gis/export/{l.Id}.xlsx"))],
            await OpeningBoundsAsync(layers, cancellationToken),
            focusLayer,
            focusId,
            tiles.Url,
            tiles.Attribution,
            MaxFeatures);
        return View("Index", page);
    }

    /// <summary>
    /// The layer's features in the window, as GeoJSON with only their id and label (the card says the rest).
    /// Lines and polygons are simplified to the zoom's half-pixel: a district seen whole does not need every
    /// vertex of every kerb. <c>truncated</c> tells the map that there is more than it may draw.
    /// </summary>
    [HttpGet("layers/{layerId}")]
    public async Task<IActionResult> Features(string layerId, string? bbox, int? zoom, CancellationToken cancellationToken)
    {
        if (Layers.Find(layerId) is not { } layer)
        {
            return NotFound();
        }

        if (!GeoBox.TryParse(bbox, out var box))
        {
            return Problem(title: text["The map window is not valid."], detail: "bbox=minLon,minLat,maxLon,maxLat", statusCode: 400);
        }

        var page = await layer.QueryAsync(new FeatureQuery(box, 0, MaxFeatures + 1, LabelsOnly: true), cancellationToken);
        var truncated = page.Features.Count > MaxFeatures;
        var tolerance = zoom is { } z and >= 0 and <= 24 ? 180.0 / (256 * Math.Pow(2, z)) : 0;
        return new JsonStreamResult("application/geo+json", async (writer, ct) =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteString("layer", layer.Id);
            writer.WriteBoolean("truncated", truncated);
            writer.WriteNumber("limit", MaxFeatures);
            writer.WriteStartArray("features");
            foreach (var feature in page.Features.Take(MaxFeatures))
            {
                FeatureJson.WriteForMap(writer, feature, Simplified(feature.Geometry, tolerance));
                await JsonStreamResult.FlushIfFullAsync(writer, ct);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The card of one asset: its label, kind, attributes, page and what the person may do from it.</summary>
    [HttpGet("layers/{layerId}/{id:guid}")]
    public async Task<IActionResult> Card(string layerId, Guid id, CancellationToken cancellationToken)
    {
        var layers = Layers;
        if (layers.Find(layerId) is not { } layer || await layer.FindAsync(id, cancellationToken) is not { } feature)
        {
            return NotFound();
        }

        var point = feature.Geometry is Point p ? p : feature.Geometry.InteriorPoint;
        var kind = feature.Properties.GetValueOrDefault("kind") is string k && k.Length > 0 ? k : layer.Title;
        var properties = layer.Fields
            .Where(f => f.Name is not ("label" or "kind"))
            .Select(f => new CardProperty(f.Name, layers.Label(layer, f), Format(feature.Properties.GetValueOrDefault(f.Name))))
            .Where(p => p.Value.Length > 0)
            .ToList();
        var asset = Uri.EscapeDataString(new AssetRef(layer.ModuleName, feature.Id).ToString());
        var canRequest = user.IsInRole(Roles.Referent) || user.IsInRole(Roles.Administrator);
        var canSeeWork = user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Finance);
        return Json(new FeatureCard(
            feature.Id, layer.Id, feature.Label, kind, point.Y, point.X, feature.PageUrl, properties,
            canRequest ? $"/requests/new?asset={asset}" : null,
            canSeeWork ? $"/work-orders?asset={asset}&status=all" : null));
    }

    private LayerDirectory Layers => HttpContext.RequestServices.GetRequiredService<LayerDirectory>();

    /// <summary>The sites the person answers for (every site for others), else every layer's extent.</summary>
    private async Task<GeoBox?> OpeningBoundsAsync(LayerDirectory layers, CancellationToken cancellationToken)
    {
        var services = HttpContext.RequestServices;
        var scope = await services.GetRequiredService<IUserScopeProvider>().GetAsync(user, cancellationToken);
        var sites = await services.GetRequiredService<IDirectory>().SitesAsync(cancellationToken);
        GeoBox? bounds = null;
        foreach (var site in sites.Where(s => s.Latitude is not null && s.Longitude is not null && scope.CanSeeSite(s.Id)))
        {
            var here = new GeoBox(site.Longitude!.Value, site.Latitude!.Value, site.Longitude.Value, site.Latitude.Value);
            bounds = bounds?.Union(here) ?? here;
        }

        if (bounds is null)
        {
            foreach (var layer in layers.All)
            {
                if (await layer.ExtentAsync(cancellationToken) is { } extent)
                {
                    bounds = bounds?.Union(extent) ?? extent;
                }
            }
        }

        return bounds;
    }

    private static Geometry Simplified(Geometry geometry, double tolerance) =>
        tolerance > 0 && geometry is not (Point or MultiPoint) ? TopologyPreservingSimplifier.Simplify(geometry, tolerance) : geometry;

    private string Format(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? text["Yes"] : text["No"],
        DateOnly d => d.ToString("d", CultureInfo.CurrentCulture),
        DateTime t => t.ToString("d", CultureInfo.CurrentCulture),
        double d => d.ToString("#,0.##", CultureInfo.CurrentCulture),
        float f => f.ToString("#,0.##", CultureInfo.CurrentCulture),
        decimal m => m.ToString("#,0.##", CultureInfo.CurrentCulture),
        _ => Convert.ToString(value, CultureInfo.CurrentCulture) ?? string.Empty,
    };
}
