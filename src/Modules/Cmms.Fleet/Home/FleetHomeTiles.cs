using Cmms.Directory.Contracts;
using Cmms.Fleet.Vehicles;
using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Fleet.Home;

/// <summary>The fleet's figures on the home page of those who run it: vehicles in the workshop, vehicles out of service.</summary>
internal sealed class FleetHomeTiles(DbContext db, IUserScopeProvider scopes) : IHomeTileProvider
{
    public async Task<IReadOnlyList<HomeTile>> GetTilesAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!(user.IsInRole(Roles.Mechanic) || user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.Administrator)))
        {
            return [];
        }

        var vehicles = (await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken)).Where(v => v.RetiredOn == null);
        var counts = await vehicles.GroupBy(v => v.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        long Count(VehicleStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        return
        [
            new HomeTile("Vehicles in the workshop", Count(VehicleStatus.InWorkshop), "/fleet/workshop", 40),
            new HomeTile("Vehicles out of service", Count(VehicleStatus.OutOfService), "/fleet/vehicles?status=OutOfService", 41),
        ];
    }
}
