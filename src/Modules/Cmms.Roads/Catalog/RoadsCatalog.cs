using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Cmms.Roads.Common;
using Cmms.Roads.Segments;
using Cmms.Roads.Signs;
using Cmms.Roads.StreetLights;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Roads.Catalog;

/// <summary>
/// The module's answer to the asset catalog: road segments, signs and light points, found by words of their
/// street, code, meaning, cabinet or reference (an index seek, see <see cref="SearchIndex"/>), by id, or by place.
/// </summary>
internal sealed class RoadsCatalog(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IStringLocalizer<Text> text) : IAssetCatalog
{
    public string ModuleName => RoadsModule.Name;

    public async Task<IReadOnlyList<AssetSummary>> SearchAsync(string? query, Guid? siteId, int take, CancellationToken cancellationToken)
    {
        var words = SearchText.QueryWords(query);
        if (take <= 0 || (!string.IsNullOrWhiteSpace(query) && words.Count == 0))
        {
            return [];
        }

        var scope = await scopes.GetAsync(user, cancellationToken);
        var found = new List<AssetSummary>();
        found.AddRange((await FindAsync(db.RoadSegments, scope, siteId, words, take, cancellationToken)).Select(Summary));
        found.AddRange((await FindAsync(db.Signs, scope, siteId, words, take - found.Count, cancellationToken)).Select(Summary));
        found.AddRange((await FindAsync(db.StreetLights, scope, siteId, words, take - found.Count, cancellationToken)).Select(Summary));
        return found;
    }

    public async Task<AssetSummary?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        if (await db.StreetLights.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } light)
        {
            return Summary(light);
        }

        if (await db.Signs.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } sign)
        {
            return Summary(sign);
        }

        return await db.RoadSegments.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } segment
            ? Summary(segment)
            : null;
    }

    public async Task<IReadOnlyList<AssetSummary>> WithinAsync(GeoBox box, int take, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var found = new List<AssetSummary>();
        var segments = await db.RoadSegments.AsNoTracking().InService().VisibleTo(scope).InWindow(box, RoadSegment.MaxSpan).OrderBy(s => s.MinLat).ThenBy(s => s.MinLon).Take(take).ToListAsync(cancellationToken);
        found.AddRange(segments.Where(s => RoadLayer<RoadSegment>.Meets(s.Line, box)).Select(Summary));
        found.AddRange((await db.Signs.AsNoTracking().InService().VisibleTo(scope).InWindow(box, 0).OrderBy(s => s.MinLat).ThenBy(s => s.MinLon)
            .Take(Math.Max(0, take - found.Count)).ToListAsync(cancellationToken)).Select(Summary));
        found.AddRange((await db.StreetLights.AsNoTracking().InService().VisibleTo(scope).InWindow(box, 0).OrderBy(l => l.MinLat).ThenBy(l => l.MinLon)
            .Take(Math.Max(0, take - found.Count)).ToListAsync(cancellationToken)).Select(Summary));
        return found;
    }

    /// <summary>Assets in service matching the words, the term index driving (see <see cref="SearchIndex.FirstMatchesAsync"/>).</summary>
    private async Task<List<T>> FindAsync<T>(IQueryable<T> set, UserScope scope, Guid? siteId, IReadOnlyList<string> words, int take, CancellationToken cancellationToken)
        where T : RoadAsset
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

    private AssetSummary Summary(RoadAsset asset)
    {
        var (kind, url) = asset switch
        {
            RoadSegment s => (text["Road segment"].Value, RoadsUrls.Segment(s.Id)),
            Sign s => (text["Road sign"].Value, RoadsUrls.Sign(s.Id)),
            StreetLight l => (text["Light point"].Value, RoadsUrls.StreetLight(l.Id)),
            _ => throw new InvalidOperationException(asset.GetType().Name),
        };
        var spot = asset.Spot;
        return new AssetSummary(new AssetRef(ModuleName, asset.Id), asset.Label, kind, asset.SiteId, spot.Y, spot.X, url);
    }
}
