using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Field;

/// <summary>The agent's (or mechanic's) figure on their home page: the work orders of "my work today".</summary>
internal sealed class FieldHomeTiles(DbContext db, IDirectory directory, IClock clock) : IHomeTileProvider
{
    public async Task<IReadOnlyList<HomeTile>> GetTilesAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!(user.IsInRole(Roles.FieldAgent) || user.IsInRole(Roles.Mechanic)) || user.UserId is not { } userId
            || await directory.AgentOfUserAsync(userId, cancellationToken) is not { } agent)
        {
            return [];
        }

        return [new HomeTile("My work today", await MyWork.CountAsync(db, agent, clock, cancellationToken), "/my-work", 5)];
    }
}
