using Cmms.Buildings.Access;
using Cmms.Buildings.Equipment;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Buildings.Catalog;

/// <summary>
/// The module's answer to the asset catalog, for buildings and their equipment alike (module "buildings": ids are
/// unique across both, so a lookup tries one then the other). Search reads the folded text column of each; a
/// referent finds only their sites' assets; retired equipment is no longer offered but is still found by id, as
/// work orders keep pointing at it.
/// </summary>
internal sealed class BuildingsCatalog(DbContext db, BuildingsAccess access, IStringLocalizer<Text> text) : IAssetCatalog
{
    public string ModuleName => BuildingsCatalogNames.Module;

    public async Task<IReadOnlyList<AssetSummary>> SearchAsync(string? text, Guid? siteId, int take, CancellationToken cancellationToken)
    {
        if (take <= 0)
        {
            return [];
        }

        var term = SearchText.Fold(text);
        var buildings = await access.BuildingsAsync(cancellationToken);
        var equipment = (await access.EquipmentAsync(cancellationToken)).Where(e => e.Status == EquipmentStatus.InService);
        if (term.Length > 0)
        {
            buildings = buildings.Where(b => b.SearchKey.Contains(term));
            equipment = equipment.Where(e => e.SearchKey.Contains(term));
        }

        if (siteId is { } site)
        {
            buildings = buildings.Where(b => b.SiteId == site);
            equipment = equipment.Where(e => e.SiteId == site);
        }

        var found = await BuildingSummariesAsync(buildings.OrderBy(b => b.Name).Take(take), cancellationToken);
        if (found.Count < take)
        {
            found.AddRange(await EquipmentSummariesAsync(equipment.OrderBy(e => e.Name).Take(take - found.Count), cancellationToken));
        }

        return found;
    }

    public async Task<AssetSummary?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var building = await BuildingSummariesAsync((await access.BuildingsAsync(cancellationToken)).Where(b => b.Id == id), cancellationToken);
        if (building.Count > 0)
        {
            return building[0];
        }

        var equipment = await EquipmentSummariesAsync((await access.EquipmentAsync(cancellationToken)).Where(e => e.Id == id), cancellationToken);
        return equipment.FirstOrDefault();
    }

    public async Task<IReadOnlyList<AssetSummary>> WithinAsync(GeoBox box, int take, CancellationToken cancellationToken)
    {
        if (take <= 0)
        {
            return [];
        }

        // Buildings whose box meets the window, then the exact shape test on those few rows.
        var window = box.ToPolygon();
        var candidates = await Layers.BuildingsLayer.InWindow(await access.BuildingsAsync(cancellationToken), box)
            .OrderBy(b => b.Id).ToListAsync(cancellationToken);
        var found = candidates.Where(b => b.Geometry.Intersects(window)).Take(take).Select(Summary).ToList();
        if (found.Count < take)
        {
            var equipment = Layers.EquipmentLayer.InWindow((await access.EquipmentAsync(cancellationToken)).Where(e => e.Status == EquipmentStatus.InService), box);
            found.AddRange(await EquipmentSummariesAsync(equipment.OrderBy(e => e.Id).Take(take - found.Count), cancellationToken));
        }

        return found;
    }

    private async Task<List<AssetSummary>> BuildingSummariesAsync(IQueryable<Buildings.Building> buildings, CancellationToken cancellationToken) =>
        [.. (await buildings.ToListAsync(cancellationToken)).Select(Summary)];

    private AssetSummary Summary(Buildings.Building b)
    {
        var pin = b.PinPoint;
        return new AssetSummary(new AssetRef(ModuleName, b.Id), b.Name, text["Building"], b.SiteId, pin.Y, pin.X, BuildingsUrls.Building(b.Id));
    }

    /// <summary>Equipment is labelled with its building ("Chaudière gaz — École Jules-Ferry") and placed at its position, else its building's.</summary>
    private async Task<List<AssetSummary>> EquipmentSummariesAsync(IQueryable<EquipmentItem> equipment, CancellationToken cancellationToken)
    {
        var buildings = db.Buildings;
        var rows = await equipment
            .Join(buildings, e => e.BuildingId, b => b.Id, (e, b) => new
            {
                e.Id, e.Name, e.Kind, e.SiteId, e.MinLat, e.MinLon, Building = b.Name,
                BuildingLat = (b.MinLat + b.MaxLat) / 2, BuildingLon = (b.MinLon + b.MaxLon) / 2,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            // Equipment nobody placed is located at the middle of its building's box: near enough to find it.
            var (lat, lon) = r.MinLat is { } y && r.MinLon is { } x ? (y, x) : (r.BuildingLat, r.BuildingLon);
            var label = $"{r.Name} — {r.Building}";
            return new AssetSummary(
                new AssetRef(ModuleName, r.Id), label.Length > 200 ? label[..200] : label, text["EquipmentKind." + r.Kind], r.SiteId, lat, lon, BuildingsUrls.Equipment(r.Id));
        })];
    }
}
