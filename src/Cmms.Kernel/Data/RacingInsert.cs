using Microsoft.EntityFrameworkCore;

namespace Cmms.Kernel.Data;

/// <summary>Inserting a row that a concurrent request may insert first (a counter's first row): either row will do.</summary>
public static class RacingInsert
{
    /// <summary>
    /// Saves <paramref name="row"/> alone; when another writer's row won the unique key, says so instead of failing.
    /// EF wraps the insert in a savepoint, so losing the race leaves the caller's transaction usable. The row is never
    /// left tracked: the caller reads the winner's values from the database.
    /// </summary>
    public static async Task<bool> TryAddAsync(this DbContext db, object row, CancellationToken cancellationToken)
    {
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
