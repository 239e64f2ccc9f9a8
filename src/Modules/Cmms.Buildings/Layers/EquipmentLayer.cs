using System.Runtime.CompilerServices;
using Cmms.Buildings.Access;
using Cmms.Buildings.Equipment;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Layers;

/// <summary>
/// Equipment on the map: only the pieces in service that someone placed (playground items, boilers, lifts…).
/// Equipment without a position is not drawn at its building's point: a building would carry dozens of
/// overlapping pins (every extinguisher), and the building layer already says where it is. Points need no
/// exact test: a point whose box meets the window is in it.
/// </summary>
internal sealed class EquipmentLayer(DbContext db, BuildingsAccess access, IDirectory directory, IStringLocalizer<Text> text) : IFeatureLayer
{
    private const int Batch = 2_000;

    private Dictionary<Guid, string>? siteNames;

    public string Id => BuildingsCatalogNames.EquipmentLayer;

    public string ModuleName => BuildingsCatalogNames.Module;

    public string Title => text["Building equipment"];

    public string Description => text["Equipment in service placed on the map: kind, regulatory category, brand, model, installation date and building."];

    public GeometryKind Kind => GeometryKind.Point;

    public IReadOnlyList<FeatureField> Fields { get; } =
    [
        new("label", "Name", FieldType.Text),
        new("kind", "Kind of equipment", FieldType.Text),
        new("regulatoryCategory", "Regulatory category", FieldType.Text),
        new("brand", "Brand", FieldType.Text),
        new("model", "Model", FieldType.Text),
        new("serialNumber", "Serial number", FieldType.Text),
        new("installedOn", "Installation date", FieldType.Date),
        new("building", "Building", FieldType.Text),
        new("site", "Site", FieldType.Text),
    ];

    /// <summary>Placed equipment whose point is in the window (the box columns are null for the others).</summary>
    public static IQueryable<EquipmentItem> InWindow(IQueryable<EquipmentItem> equipment, GeoBox box)
    {
        var (west, south, east, north) = (box.MinLon, box.MinLat, box.MaxLon, box.MaxLat);
        return equipment.Where(e => e.MinLat <= north && e.MinLat >= south && e.MaxLat >= south && e.MinLon <= east && e.MaxLon >= west);
    }

    private async Task<IQueryable<EquipmentItem>> PlacedAsync(CancellationToken cancellationToken) =>
        (await access.EquipmentAsync(cancellationToken)).Where(e => e.Status == EquipmentStatus.InService && e.MinLat != null);

    public async Task<GeoBox?> ExtentAsync(CancellationToken cancellationToken)
    {
        var extent = await (await PlacedAsync(cancellationToken)).GroupBy(_ => 1)
            .Select(g => new { MinLon = g.Min(e => e.MinLon), MinLat = g.Min(e => e.MinLat), MaxLon = g.Max(e => e.MaxLon), MaxLat = g.Max(e => e.MaxLat) })
            .FirstOrDefaultAsync(cancellationToken);
        return extent is { MinLon: { } w, MinLat: { } s, MaxLon: { } e, MaxLat: { } n } ? new GeoBox(w, s, e, n) : null;
    }

    public async Task<FeaturePage> QueryAsync(FeatureQuery query, CancellationToken cancellationToken)
    {
        var equipment = await PlacedAsync(cancellationToken);
        if (query.Box is { } box)
        {
            equipment = InWindow(equipment, box);
        }

        var page = await RowsAsync(equipment, query.Offset, query.Limit, !query.LabelsOnly, cancellationToken);
        long? total = query.Count ? query.MatchedFrom(page.Count) ?? await equipment.LongCountAsync(cancellationToken) : null;
        return new FeaturePage(await FeaturesAsync(page, cancellationToken), total);
    }

    public async IAsyncEnumerable<Feature> StreamAsync(GeoBox? box, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var equipment = await PlacedAsync(cancellationToken);
        if (box is { } b)
        {
            equipment = InWindow(equipment, b);
        }

        Guid? last = null;
        while (true)
        {
            var after = last;
            var batch = await RowsAsync(after is { } a ? equipment.Where(x => x.Id.CompareTo(a) > 0) : equipment, 0, Batch, true, cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var feature in await FeaturesAsync(batch, cancellationToken))
            {
                yield return feature;
            }

            last = batch[^1].Id;
        }
    }

    public async Task<Feature?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync((await PlacedAsync(cancellationToken)).Where(e => e.Id == id), 0, 1, true, cancellationToken);
        return rows.Count == 0 ? null : (await FeaturesAsync(rows, cancellationToken))[0];
    }

    private sealed record Row(Guid Id, Point Position, string Name, EquipmentAttributes? Attributes);

    private sealed record EquipmentAttributes(
        EquipmentKind Kind, RegulatoryCategory RegulatoryCategory, string? Brand, string? Model, string? SerialNumber, DateOnly? InstalledOn,
        string Building, Guid SiteId);

    /// <summary>
    /// A page of the equipment with its building's name, in id order (the order keyset reading relies on): the columns
    /// its features show, or only id, name and point for the map's window (<paramref name="attributes"/> false).
    /// </summary>
    private async Task<List<Row>> RowsAsync(IQueryable<EquipmentItem> equipment, int skip, int take, bool attributes, CancellationToken cancellationToken)
    {
        var buildings = db.Buildings;
        var page = equipment.Join(buildings, e => e.BuildingId, b => b.Id, (e, b) => new { Item = e, Building = b.Name })
            .OrderBy(r => r.Item.Id).Skip(skip).Take(take);
        return attributes
            ? await page.Select(r => new Row(r.Item.Id, r.Item.Position!, r.Item.Name, new EquipmentAttributes(
                r.Item.Kind, r.Item.RegulatoryCategory, r.Item.Brand, r.Item.Model, r.Item.SerialNumber, r.Item.InstalledOn, r.Building, r.Item.SiteId)))
                .ToListAsync(cancellationToken)
            : await page.Select(r => new Row(r.Item.Id, r.Item.Position!, r.Item.Name, null)).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<Feature>> FeaturesAsync(IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        if (rows.Any(r => r.Attributes is not null))
        {
            siteNames ??= (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        }

        return [.. rows.Select(r => r.Attributes is not { } a
            ? new Feature(r.Id, r.Position, r.Name, BuildingsUrls.Equipment(r.Id), Feature.NoProperties)
            : new Feature(r.Id, r.Position, r.Name, BuildingsUrls.Equipment(r.Id), new Dictionary<string, object?>
            {
                ["label"] = r.Name,
                ["kind"] = text["EquipmentKind." + a.Kind].Value,
                ["regulatoryCategory"] = a.RegulatoryCategory.Code(),
                ["brand"] = a.Brand,
                ["model"] = a.Model,
                ["serialNumber"] = a.SerialNumber,
                ["installedOn"] = a.InstalledOn,
                ["building"] = a.Building,
                ["site"] = siteNames!.GetValueOrDefault(a.SiteId),
            }))];
    }
}
