using Cmms.Directory.Contracts;

namespace Cmms.GreenSpaces.Common;

/// <summary>
/// A referent sees only their sites' assets; an asset tied to no site (a street tree) only those whose roles
/// reach every site see. Applied alike in pages, API, catalog and map layers.
/// </summary>
internal static class AssetScope
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> assets, UserScope scope)
        where T : GreenAsset
    {
        if (scope.AllSites)
        {
            return assets;
        }

        var sites = scope.SiteIds.ToList();
        return assets.Where(a => a.SiteId != null && sites.Contains(a.SiteId.Value));
    }

    public static bool CanSee(this UserScope scope, Guid? siteId) => scope.AllSites || (siteId is { } id && scope.SiteIds.Contains(id));

    public static IQueryable<T> InService<T>(this IQueryable<T> assets)
        where T : GreenAsset => assets.Where(a => a.RetiredOn == null);
}
