using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Kernel.Registers;

/// <summary>
/// A module's answer to the asset catalog when its assets are registers on a map: found by words (an index seek in
/// the module's term table, see <see cref="SearchIndex.FirstMatchesAsync"/>), by id, or by place, among the assets
/// the person may see. The module lists its registers in the order a search shows them and names each asset's kind
/// and page.
/// </summary>
public abstract class RegisterCatalog<TTerm>(DbContext db) : IAssetCatalog
    where TTerm : AssetSearchTerm
{
    public abstract string ModuleName { get; }

    protected DbContext Db => db;

    /// <summary>The module's registers, in the order searches list them.</summary>
    protected abstract IReadOnlyList<CatalogRegister> Registers { get; }

    /// <summary>The sites the person asking reaches.</summary>
    protected abstract Task<ISiteScope> ScopeAsync(CancellationToken cancellationToken);

    /// <summary>What the asset is called in a list of assets of every kind ("Tree", "Park"), and its page.</summary>
    protected abstract (string Kind, string PageUrl) Describe(RegisterAsset asset);

    public async Task<IReadOnlyList<AssetSummary>> SearchAsync(string? text, Guid? siteId, int take, CancellationToken cancellationToken)
    {
        var words = SearchText.QueryWords(text);
        if (take <= 0 || (!string.IsNullOrWhiteSpace(text) && words.Count == 0))
        {
            return [];
        }

        var scope = await ScopeAsync(cancellationToken);
        var found = new List<AssetSummary>();
        foreach (var register in Registers)
        {
            found.AddRange((await register.SearchAsync(db.Set<TTerm>(), scope, siteId, words, take - found.Count, cancellationToken)).Select(Summary));
        }

        return found;
    }

    public async Task<AssetSummary?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        foreach (var register in Registers)
        {
            if (await register.FindAsync(scope, id, cancellationToken) is { } asset)
            {
                return Summary(asset);
            }
        }

        return null;
    }

    public async Task<IReadOnlyList<AssetSummary>> WithinAsync(GeoBox box, int take, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var found = new List<AssetSummary>();
        foreach (var register in Registers)
        {
            found.AddRange((await register.WithinAsync(scope, box, Math.Max(0, take - found.Count), cancellationToken)).Select(Summary));
        }

        return found;
    }

    private AssetSummary Summary(RegisterAsset asset)
    {
        var (kind, url) = Describe(asset);
        var spot = asset.Spot;
        return new AssetSummary(new AssetRef(ModuleName, asset.Id), asset.Label, kind, asset.SiteId, spot.Y, spot.X, url);
    }
}

/// <summary>One register as the catalog reads it: its table and the tallest shape of its layer (0 for points).</summary>
public abstract class CatalogRegister
{
    /// <param name="small">
    /// A register of hundreds of rows that shares its module's term table with one of tens of thousands (zones and
    /// play equipment beside 100,000 trees): it is searched on its own rows' words, since seeking the shared index
    /// would test every matching tree's term against it ("til" is 16,000 terms) to find that none is its own.
    /// </param>
    public static CatalogRegister Of<T>(IQueryable<T> set, double maxSpan, bool small = false)
        where T : RegisterAsset => new Register<T>(set, maxSpan, small);

    internal abstract Task<IEnumerable<RegisterAsset>> SearchAsync<TTerm>(
        DbSet<TTerm> terms, ISiteScope scope, Guid? siteId, IReadOnlyList<string> words, int take, CancellationToken cancellationToken)
        where TTerm : AssetSearchTerm;

    internal abstract Task<RegisterAsset?> FindAsync(ISiteScope scope, Guid id, CancellationToken cancellationToken);

    internal abstract Task<IEnumerable<RegisterAsset>> WithinAsync(ISiteScope scope, GeoBox box, int take, CancellationToken cancellationToken);

    private sealed class Register<T>(IQueryable<T> set, double maxSpan, bool small) : CatalogRegister
        where T : RegisterAsset
    {
        /// <summary>Assets in service matching the words, the term index driving; the first by reference when there is no word.</summary>
        internal override async Task<IEnumerable<RegisterAsset>> SearchAsync<TTerm>(
            DbSet<TTerm> terms, ISiteScope scope, Guid? siteId, IReadOnlyList<string> words, int take, CancellationToken cancellationToken)
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

            return small
                ? await SearchIndex.FirstMatchesInTextAsync(assets, words, take, cancellationToken)
                : await SearchIndex.FirstMatchesAsync(assets, terms, words, take, cancellationToken);
        }

        internal override async Task<RegisterAsset?> FindAsync(ISiteScope scope, Guid id, CancellationToken cancellationToken) =>
            await set.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

        /// <summary>The assets in service whose bounds meet the box, then (lines and outlines) tested exactly.</summary>
        internal override async Task<IEnumerable<RegisterAsset>> WithinAsync(ISiteScope scope, GeoBox box, int take, CancellationToken cancellationToken)
        {
            var near = await set.AsNoTracking().InService().VisibleTo(scope).InWindow(box, maxSpan)
                .OrderBy(a => a.MinLat).ThenBy(a => a.MinLon).Take(take).ToListAsync(cancellationToken);
            return maxSpan == 0 ? near : near.Where(a => GeoWindow.Meets(a.Shape, box));
        }
    }
}
