using Cmms.Buildings.Access;
using Cmms.Buildings.Equipment;
using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Buildings.Home;

/// <summary>The building register on a manager's or administrator's home page: buildings, and equipment in service.</summary>
internal sealed class BuildingsHomeTiles(BuildingsAccess access) : IHomeTileProvider
{
    public async Task<IReadOnlyList<HomeTile>> GetTilesAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.ServiceManager) && !user.IsInRole(Roles.Administrator))
        {
            return [];
        }

        var buildings = await (await access.BuildingsAsync(cancellationToken)).CountAsync(cancellationToken);
        var equipment = await (await access.EquipmentAsync(cancellationToken)).CountAsync(e => e.Status == EquipmentStatus.InService, cancellationToken);
        return
        [
            new HomeTile("Buildings", buildings, "/buildings", 30),
            new HomeTile("Equipment in service", equipment, "/equipment", 31),
        ];
    }
}
