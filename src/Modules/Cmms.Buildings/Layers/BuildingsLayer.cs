using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Cmms.Buildings.Access;
using Cmms.Buildings.Buildings;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Layers;

/// <summary>
/// The buildings on the map, in OGC API – Features and in the exports: footprints (or points for buildings nobody
/// drew). A window is read in SQL on the box columns, then each footprint is tested against the window exactly,
/// so a building whose box only grazes the window is left out, and paging counts only what truly intersects.
/// </summary>
internal sealed class BuildingsLayer(BuildingsAccess access, IDirectory directory, IStringLocalizer<Text> text) : IFeatureLayer
{
    private const int Batch = 2_000;

    private Dictionary<Guid, string>? siteNames;

    public string Id => BuildingsCatalogNames.BuildingsLayer;

    public string ModuleName => BuildingsCatalogNames.Module;

    public string Title => text["Buildings"];

    public string Description => text["The organisation's buildings: footprint, site, surface, year built and ERP classification."];

    public GeometryKind Kind => GeometryKind.PointOrPolygon;

    public IReadOnlyList<FeatureField> Fields { get; } =
    [
        new("label", "Name", FieldType.Text),
        new("kind", "Kind", FieldType.Text),
        new("code", "Code", FieldType.Text),
        new("site", "Site", FieldType.Text),
        new("address", "Address", FieldType.Text),
        new("surfaceM2", "Surface (m²)", FieldType.Number),
        new("yearBuilt", "Year built", FieldType.WholeNumber),
        new("erpType", "ERP type", FieldType.Text),
        new("erpCategory", "ERP category", FieldType.WholeNumber),
        new("erpCapacity", "Capacity (people)", FieldType.WholeNumber),
    ];

    /// <summary>The buildings whose box meets the window: plain SQL on the indexed box columns, on every provider.</summary>
    public static IQueryable<Building> InWindow(IQueryable<Building> buildings, GeoBox box)
    {
        var (west, south, east, north) = (box.MinLon, box.MinLat, box.MaxLon, box.MaxLat);
        var lowest = south - Building.MaxSpan;
        return buildings.Where(b => b.MinLat <= north && b.MinLat >= lowest && b.MaxLat >= south && b.MinLon <= east && b.MaxLon >= west);
    }

    public async Task<GeoBox?> ExtentAsync(CancellationToken cancellationToken)
    {
        var extent = await (await access.BuildingsAsync(cancellationToken)).GroupBy(_ => 1)
            .Select(g => new { MinLon = g.Min(b => b.MinLon), MinLat = g.Min(b => b.MinLat), MaxLon = g.Max(b => b.MaxLon), MaxLat = g.Max(b => b.MaxLat) })
            .FirstOrDefaultAsync(cancellationToken);
        return extent is null ? null : new GeoBox(extent.MinLon, extent.MinLat, extent.MaxLon, extent.MaxLat);
    }

    public async Task<FeaturePage> QueryAsync(FeatureQuery query, CancellationToken cancellationToken)
    {
        var buildings = await access.BuildingsAsync(cancellationToken);
        var columns = query.LabelsOnly ? Labels : Columns;
        if (query.Box is not { } box)
        {
            var page = await buildings.OrderBy(b => b.Id).Skip(query.Offset).Take(query.Limit).Select(columns).ToListAsync(cancellationToken);
            long? total = query.Count ? query.MatchedFrom(page.Count) ?? await buildings.LongCountAsync(cancellationToken) : null;
            return new FeaturePage(await FeaturesAsync(page, cancellationToken), total);
        }

        // The exact test needs the shapes: the window's candidates are read once, in id order, and paged after the test.
        // A window holds few buildings (a town has a few thousand), so this stays one small query.
        var window = box.ToPolygon();
        var matching = (await InWindow(buildings, box).OrderBy(b => b.Id).Select(columns).ToListAsync(cancellationToken))
            .Where(b => b.Geometry.Intersects(window)).ToList();
        var rows = matching.Skip(query.Offset).Take(query.Limit).ToList();
        return new FeaturePage(await FeaturesAsync(rows, cancellationToken), query.Count ? matching.Count : null);
    }

    public async IAsyncEnumerable<Feature> StreamAsync(GeoBox? box, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buildings = await access.BuildingsAsync(cancellationToken);
        var window = box?.ToPolygon();
        if (box is { } b)
        {
            buildings = InWindow(buildings, b);
        }

        Guid? last = null;
        while (true)
        {
            var after = last;
            var batch = await (after is { } a ? buildings.Where(x => x.Id.CompareTo(a) > 0) : buildings)
                .OrderBy(x => x.Id).Take(Batch).Select(Columns).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var feature in await FeaturesAsync([.. batch.Where(x => window is null || x.Geometry.Intersects(window))], cancellationToken))
            {
                yield return feature;
            }

            last = batch[^1].Id;
        }
    }

    public async Task<Feature?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var rows = await (await access.BuildingsAsync(cancellationToken)).Where(b => b.Id == id).Select(Columns).Take(1).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : (await FeaturesAsync(rows, cancellationToken))[0];
    }

    /// <summary>The columns a building's feature shows: never the whole row (its search key is long).</summary>
    private static readonly Expression<Func<Building, BuildingRow>> Columns = b => new BuildingRow(
        b.Id, b.Geometry, b.Name, new BuildingAttributes(b.Code, b.SiteId, b.Address, b.SurfaceSquareMetres, b.YearBuilt, b.ErpType, b.ErpCategory, b.ErpCapacity));

    /// <summary>What the map's window draws: id, name and shape.</summary>
    private static readonly Expression<Func<Building, BuildingRow>> Labels = b => new BuildingRow(b.Id, b.Geometry, b.Name, null);

    private sealed record BuildingRow(Guid Id, Geometry Geometry, string Name, BuildingAttributes? Attributes);

    private sealed record BuildingAttributes(
        string Code, Guid SiteId, string? Address, double? SurfaceSquareMetres, int? YearBuilt, ErpType? ErpType, int? ErpCategory, int? ErpCapacity);

    private async Task<IReadOnlyList<Feature>> FeaturesAsync(List<BuildingRow> buildings, CancellationToken cancellationToken)
    {
        if (buildings.Count == 0)
        {
            return [];
        }

        if (buildings.Any(b => b.Attributes is not null))
        {
            siteNames ??= (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        }

        var kind = text["Building"].Value;
        return [.. buildings.Select(b => b.Attributes is not { } a
            ? new Feature(b.Id, b.Geometry, b.Name, BuildingsUrls.Building(b.Id), Feature.NoProperties)
            : new Feature(b.Id, b.Geometry, b.Name, BuildingsUrls.Building(b.Id), new Dictionary<string, object?>
            {
                ["label"] = b.Name,
                ["kind"] = kind,
                ["code"] = a.Code,
                ["site"] = siteNames!.GetValueOrDefault(a.SiteId),
                ["address"] = a.Address,
                ["surfaceM2"] = a.SurfaceSquareMetres,
                ["yearBuilt"] = a.YearBuilt is { } year ? (long)year : null,
                ["erpType"] = a.ErpType?.ToString(),
                ["erpCategory"] = a.ErpCategory is { } category ? (long)category : null,
                ["erpCapacity"] = a.ErpCapacity is { } capacity ? (long)capacity : null,
            }))];
    }
}
