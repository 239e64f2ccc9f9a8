using System.Data.Common;
using Cmms.Kernel.Data;
using Cmms.Kernel.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cmms.Stock.Ledger;

/// <summary>Another writer changed a balance between our read and our write: read again and redo.</summary>
internal sealed class LostRaceException() : Exception("A balance changed since it was read.");

/// <summary>
/// Runs a stock write in one transaction: the caller's when one is open on the request's DbContext (behind
/// a savepoint, so a refusal or a lost race undoes only the stock's part), else its own, opened after the
/// write gate (SQLite's one writer at a time). An attempt that loses a race to another writer is undone and
/// run again on fresh reads; a refusal is undone and returned.
/// </summary>
internal sealed class LedgerWrites(DbContext db, IWriteGate gate)
{
    private const int Attempts = 30;
    private const string Savepoint = "stock_write";

    /// <summary>
    /// Server databases lock rows: a writer takes the lock of the balances it will move before reading them,
    /// so concurrent writers of one balance queue up instead of racing and retrying. SQLite writers already
    /// queue at the write gate.
    /// </summary>
    public bool LocksRows { get; } = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true;

    public async Task<T> RunAsync<T>(Func<List<object>, Task<T>> attempt, Func<T, bool> keep, CancellationToken cancellationToken)
    {
        var outer = db.Database.CurrentTransaction;
        using var turn = outer is null ? await gate.EnterAsync(cancellationToken) : null;
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            // Entities the attempt tracks: detached when it is undone, so a retry starts clean and the caller's own stay.
            var touched = new List<object>();
            await using var own = outer is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            if (outer is not null)
            {
                await outer.CreateSavepointAsync(Savepoint, cancellationToken);
            }

            try
            {
                var result = await attempt(touched);
                if (!keep(result))
                {
                    await UndoAsync(outer, own, touched, cancellationToken);
                    return result;
                }

                if (own is not null)
                {
                    await own.CommitAsync(cancellationToken);
                }
                else
                {
                    await outer!.ReleaseSavepointAsync(Savepoint, cancellationToken);
                }

                return result;
            }
            catch (Exception e) when (IsLostRace(e) && attemptNumber < Attempts)
            {
                await UndoAsync(outer, own, touched, cancellationToken);
                await Task.Delay(Random.Shared.Next(1, 4 * attemptNumber), cancellationToken);
            }
            catch
            {
                await UndoAsync(outer, own, touched, CancellationToken.None);
                throw;
            }
        }
    }

    private async Task UndoAsync(IDbContextTransaction? outer, IDbContextTransaction? own, List<object> touched, CancellationToken cancellationToken)
    {
        if (own is not null)
        {
            await own.RollbackAsync(cancellationToken);
        }
        else
        {
            await outer!.RollbackToSavepointAsync(Savepoint, cancellationToken);
        }

        foreach (var entity in touched)
        {
            db.Entry(entity).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// A balance updated meanwhile, a ledger line or balance row inserted by another writer first (unique
    /// index), a versioned row saved meanwhile, a deadlock or serialisation failure of the server.
    /// </summary>
    private static bool IsLostRace(Exception e) => e switch
    {
        LostRaceException or ConcurrencyConflictException or DbUpdateException => true,
        DbException { SqlState: "40001" or "40P01" } => true,
        _ => e.InnerException is { } inner && IsLostRace(inner),
    };
}
