using Cmms.Directory.Contracts;
using Cmms.Fleet.Vehicles;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet.Catalog;

/// <summary>
/// The fleet in the cross-module asset catalog: a request or a work order can target a vehicle found by its
/// fleet number, plate or label. Retired vehicles are left out; a referent sees only their sites' vehicles.
/// </summary>
internal sealed class VehicleCatalog(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IStringLocalizer<Text> names) : IAssetCatalog
{
    public string ModuleName => FleetUrls.ModuleName;

    public async Task<IReadOnlyList<AssetSummary>> SearchAsync(string? text, Guid? siteId, int take, CancellationToken cancellationToken)
    {
        var vehicles = (await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken)).Where(v => v.RetiredOn == null).Matching(text);
        if (siteId is { } site)
        {
            vehicles = vehicles.Where(v => v.SiteId == site);
        }

        var rows = await vehicles.AsNoTracking().OrderBy(v => v.InternalNumber).Take(Math.Clamp(take, 0, 500))
            .Select(v => new Row(v.Id, v.InternalNumber, v.Label, v.Registration, v.Category, v.SiteId)).ToListAsync(cancellationToken);
        return [.. rows.Select(Summary)];
    }

    public async Task<AssetSummary?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await (await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken)).AsNoTracking().Where(v => v.Id == id)
            .Select(v => new Row(v.Id, v.InternalNumber, v.Label, v.Registration, v.Category, v.SiteId)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : Summary(row);
    }

    /// <summary>Vehicles move and the register keeps no position for them: none is ever inside a box of the map.</summary>
    public Task<IReadOnlyList<AssetSummary>> WithinAsync(GeoBox box, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AssetSummary>>([]);

    private AssetSummary Summary(Row v) => new(
        new AssetRef(FleetUrls.ModuleName, v.Id),
        v.Registration is null ? $"{v.InternalNumber} · {v.Label}" : $"{v.InternalNumber} · {v.Label} ({v.Registration})",
        names["VehicleCategory." + v.Category], v.SiteId, null, null, FleetUrls.Vehicle(v.Id));

    private sealed record Row(Guid Id, string InternalNumber, string Label, string? Registration, VehicleCategory Category, Guid SiteId);
}
