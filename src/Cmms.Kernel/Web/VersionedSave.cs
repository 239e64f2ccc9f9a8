using Cmms.Kernel.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Kernel.Web;

public static class VersionedSave
{
    /// <summary>
    /// Saves <paramref name="entity"/> only if it is still at the version the editor read. On a
    /// conflict the entity is reloaded with the other person's values and the conflict returned.
    /// </summary>
    public static async Task<ConcurrencyConflictException?> TrySaveAsync<TEntity>(
        this DbContext db, TEntity entity, int versionRead, CancellationToken cancellationToken)
        where TEntity : class, IVersioned
    {
        var entry = db.Entry(entity);
        entry.Property(e => e.Version).OriginalValue = versionRead;

        // An edit that only touched child rows (or a related row) still makes a new version of this one,
        // so a second editor is told even when the columns of this row did not change.
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (ConcurrencyConflictException conflict)
        {
            await db.Entry(entity).ReloadAsync(cancellationToken);
            return conflict;
        }
    }
}
