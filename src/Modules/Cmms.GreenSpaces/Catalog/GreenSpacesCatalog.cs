using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.GreenSpaces.PlayEquipment;
using Cmms.GreenSpaces.Trees;
using Cmms.GreenSpaces.Zones;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.GreenSpaces.Catalog;

/// <summary>
/// The module's answer to the asset catalog: zones, play equipment and trees, found by words of their name,
/// species, street or reference (an index seek, see <see cref="SearchIndex"/>), by id, or by place. Zones and
/// play equipment come before trees: a park has hundreds of trees, and the park is more often what is meant.
/// </summary>
internal sealed class GreenSpacesCatalog(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IStringLocalizer<Text> text) : IAssetCatalog
{
    public string ModuleName => GreenSpacesModule.Name;

    public async Task<IReadOnlyList<AssetSummary>> SearchAsync(string? query, Guid? siteId, int take, CancellationToken cancellationToken)
    {
        var words = SearchText.QueryWords(query);
        if (take <= 0 || (!string.IsNullOrWhiteSpace(query) && words.Count == 0))
        {
            return [];
        }

        var scope = await scopes.GetAsync(user, cancellationToken);
        var found = new List<AssetSummary>();
        found.AddRange((await FindAsync(db.Zones, scope, siteId, words, take, cancellationToken)).Select(Summary));
        found.AddRange((await FindAsync(db.PlayItems, scope, siteId, words, take - found.Count, cancellationToken)).Select(Summary));
        found.AddRange((await FindAsync(db.Trees, scope, siteId, words, take - found.Count, cancellationToken)).Select(Summary));
        return found;
    }

    public async Task<AssetSummary?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        if (await db.Trees.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is { } tree)
        {
            return Summary(tree);
        }

        if (await db.Zones.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(z => z.Id == id, cancellationToken) is { } zone)
        {
            return Summary(zone);
        }

        return await db.PlayItems.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } item
            ? Summary(item)
            : null;
    }

    public async Task<IReadOnlyList<AssetSummary>> WithinAsync(GeoBox box, int take, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var found = new List<AssetSummary>();
        var zones = await db.Zones.AsNoTracking().InService().VisibleTo(scope).InWindow(box, Zone.MaxSpan).OrderBy(z => z.MinLat).ThenBy(z => z.MinLon).Take(take).ToListAsync(cancellationToken);
        found.AddRange(zones.Where(z => GreenLayer<Zone>.Meets(z.Outline, box)).Select(Summary));
        found.AddRange((await db.PlayItems.AsNoTracking().InService().VisibleTo(scope).InWindow(box, 0).OrderBy(p => p.MinLat).ThenBy(p => p.MinLon)
            .Take(Math.Max(0, take - found.Count)).ToListAsync(cancellationToken)).Select(Summary));
        found.AddRange((await db.Trees.AsNoTracking().InService().VisibleTo(scope).InWindow(box, 0).OrderBy(t => t.MinLat).ThenBy(t => t.MinLon)
            .Take(Math.Max(0, take - found.Count)).ToListAsync(cancellationToken)).Select(Summary));
        return found;
    }

    /// <summary>Assets in service matching the words, the term index driving (see <see cref="SearchIndex.FirstMatchesAsync"/>).</summary>
    private async Task<List<T>> FindAsync<T>(IQueryable<T> set, Directory.Contracts.UserScope scope, Guid? siteId, IReadOnlyList<string> words, int take, CancellationToken cancellationToken)
        where T : GreenAsset
    {
        if (take <= 0)
        {
            return [];
        }

        var assets = set.AsNoTracking().InService().VisibleTo(scope);
        if (siteId is { } site)
        {
            assets = assets.Where(a => a.SiteId == site);
        }

        if (words.Count == 0)
        {
            return await assets.OrderBy(a => a.Reference).Take(take).ToListAsync(cancellationToken);
        }

        return await SearchIndex.FirstMatchesAsync(assets, db, words, take, cancellationToken);
    }

    private AssetSummary Summary(GreenAsset asset)
    {
        var (kind, url) = asset switch
        {
            Tree t => (text["Tree"].Value, GreenSpacesUrls.Tree(t.Id)),
            Zone z => (text[$"ZoneKind.{z.Kind}"].Value, GreenSpacesUrls.Zone(z.Id)),
            PlayItem p => (text["Play equipment"].Value, GreenSpacesUrls.PlayItem(p.Id)),
            _ => throw new InvalidOperationException(asset.GetType().Name),
        };
        var point = asset.Shape.InteriorPoint;
        return new AssetSummary(new AssetRef(ModuleName, asset.Id), asset.Label, kind, asset.SiteId, point.Y, point.X, url);
    }
}
