namespace Cmms.Kernel.Assets;

/// <summary>
/// Points at an asset of any module (a building's boiler, a vehicle, a tree) without knowing its
/// type: the module's name and the asset's id. The module that owns it answers for it through
/// <see cref="IAssetCatalog"/>.
/// </summary>
public sealed record AssetRef(string Module, Guid Id)
{
    public override string ToString() => $"{Module}:{Id}";

    public static bool TryParse(string? value, out AssetRef? asset)
    {
        asset = null;
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || !Guid.TryParse(value.AsSpan(colon + 1), out var id))
        {
            return false;
        }

        asset = new AssetRef(value![..colon], id);
        return true;
    }
}

/// <summary>
/// What any module says of one of its assets: enough to show it, place it and link to it. Latitude and
/// longitude are the asset's point (a polygon's interior point); the catalog applies the organisation
/// filter and the user's site scope.
/// </summary>
public sealed record AssetSummary(AssetRef Ref, string Label, string Kind, Guid? SiteId, double? Latitude, double? Longitude, string PageUrl);

/// <summary>
/// Each asset module answers for its own assets. Works, the map and the cost analysis ask all the
/// catalogs the host registered, and never reach into an asset module's tables.
/// </summary>
public interface IAssetCatalog
{
    /// <summary>The module name carried by <see cref="AssetRef.Module"/>.</summary>
    string ModuleName { get; }

    /// <summary>Assets whose label or reference contains <paramref name="text"/> (all when empty), optionally on one site.</summary>
    Task<IReadOnlyList<AssetSummary>> SearchAsync(string? text, Guid? siteId, int take, CancellationToken cancellationToken);

    Task<AssetSummary?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Assets whose place falls in the box (a group of assets drawn on the map), at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<AssetSummary>> WithinAsync(Geo.GeoBox box, int take, CancellationToken cancellationToken);
}

/// <summary>Finding an asset by its "module:id" reference among every registered catalog.</summary>
public static class AssetCatalogs
{
    /// <summary>The asset <paramref name="reference"/> names, or null when it is malformed, of no registered module, or unknown to it.</summary>
    public static async Task<AssetSummary?> FindAsync(this IEnumerable<IAssetCatalog> catalogs, string? reference, CancellationToken cancellationToken) =>
        AssetRef.TryParse(reference, out var asset) ? await catalogs.FindAsync(asset!.Module, asset.Id, cancellationToken) : null;

    /// <summary>The asset of <paramref name="module"/> with this id, or null when no registered module has that name or the module does not know it.</summary>
    public static async Task<AssetSummary?> FindAsync(this IEnumerable<IAssetCatalog> catalogs, string? module, Guid id, CancellationToken cancellationToken) =>
        catalogs.FirstOrDefault(c => c.ModuleName == module) is { } catalog ? await catalog.FindAsync(id, cancellationToken) : null;
}
