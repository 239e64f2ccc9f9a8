using Cmms.Buildings.Buildings;
using Cmms.Buildings.Equipment;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Buildings.Access;

/// <summary>Who reads and who changes the building register: shared by the pages, the API, the catalog and the layers.</summary>
internal static class BuildingRoles
{
    /// <summary>Everyone who may look at buildings; a referent only at their sites'.</summary>
    public const string Readers = $"{Roles.Administrator},{Roles.ServiceManager},{Roles.FieldAgent},{Roles.Referent}";

    /// <summary>Who creates, edits, moves and retires.</summary>
    public const string Editors = $"{Roles.Administrator},{Roles.ServiceManager}";

    public static readonly string[] ApiReaders = [Roles.ApiClient, Roles.Administrator, Roles.ServiceManager, Roles.FieldAgent, Roles.Referent];

    public static readonly string[] ApiEditors = [Roles.ApiClient, Roles.Administrator, Roles.ServiceManager];

    public static bool CanEdit(ICurrentUser user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.ApiClient);
}

/// <summary>
/// The buildings and equipment the person acting may see: the organisation filter is automatic, and a referent
/// (whose scope is not every site) sees only the buildings of the sites they answer for, and their equipment.
/// </summary>
internal sealed class BuildingsAccess(DbContext db, IUserScopeProvider scopes, ICurrentUser user)
{
    public Task<UserScope> ScopeAsync(CancellationToken cancellationToken) => scopes.GetAsync(user, cancellationToken);

    public async Task<IQueryable<Building>> BuildingsAsync(CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var buildings = db.Buildings.AsNoTracking();
        return scope.AllSites ? buildings : buildings.Where(b => scope.SiteIds.Contains(b.SiteId));
    }

    public async Task<IQueryable<EquipmentItem>> EquipmentAsync(CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var equipment = db.Equipment.AsNoTracking();
        return scope.AllSites ? equipment : equipment.Where(e => scope.SiteIds.Contains(e.SiteId));
    }

    /// <summary>A building to change, tracked, when the person may see it; null otherwise (the page answers 404).</summary>
    public async Task<Building?> TrackedBuildingAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var building = await db.Buildings.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        return building is not null && scope.CanSeeSite(building.SiteId) ? building : null;
    }

    public async Task<EquipmentItem?> TrackedEquipmentAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var item = await db.Equipment.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return item is not null && scope.CanSeeSite(item.SiteId) ? item : null;
    }
}
