using Cmms.Kernel.Time;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Reservations;

/// <summary>The reservation made (and how much of it is not on the shelf yet), or why not.</summary>
internal sealed record Reserved(Reservation? Reservation, decimal Shortfall, LedgerRefusal? Refusal);

/// <summary>
/// Sets parts aside for planned work orders and frees them. The balance's reserved total moves in the
/// same transaction as the reservation rows, under the same version check as the ledger's postings, so
/// an issue never counts a reservation that is being made or released at the same moment.
/// </summary>
internal sealed class ReservationBook(DbContext db, LedgerWrites writes, IClock clock)
{
    public Task<Reserved> ReserveAsync(
        Guid storeId, Guid itemId, decimal quantity, Guid workOrderId, string workOrderNumber, Poster by, CancellationToken cancellationToken) =>
        writes.RunAsync(async touched =>
        {
            var items = db.Items;
            var stores = db.Stores;
            var item = await items.AsNoTracking().Where(i => i.Id == itemId).Select(i => new { i.Unit }).FirstOrDefaultAsync(cancellationToken);
            if (item is null)
            {
                return new Reserved(null, 0, new LedgerRefusal(0, "ItemId", "This item does not exist.", []));
            }

            if (!await stores.AnyAsync(s => s.Id == storeId && s.IsActive, cancellationToken))
            {
                return new Reserved(null, 0, new LedgerRefusal(0, "StoreId", "This store is closed or does not exist.", []));
            }

            if (Units.Problem(quantity, item.Unit) is { } problem)
            {
                return new Reserved(null, 0, new LedgerRefusal(0, "Quantity", problem, []));
            }

            var balance = await BalanceAsync(storeId, itemId, touched, cancellationToken);
            var shortfall = Availability.Shortfall(balance.Quantity, balance.Reserved, quantity);
            await MoveReservedAsync(balance, balance.Reserved + quantity, cancellationToken);
            var reservation = new Reservation
            {
                StoreId = storeId, ItemId = itemId, WorkOrderId = workOrderId, WorkOrderNumber = workOrderNumber, Quantity = quantity,
                State = ReservationState.Open, CreatedAtUtc = clock.UtcNow, CreatedBy = by.Name,
            };
            db.Reservations.Add(reservation);
            touched.Add(reservation);
            await db.SaveChangesAsync(cancellationToken);
            return new Reserved(reservation, shortfall, null);
        }, r => r.Refusal is null, cancellationToken);

    /// <summary>Frees what the work order still has reserved; returns how many reservations were released.</summary>
    public Task<int> ReleaseAsync(Guid workOrderId, CancellationToken cancellationToken) =>
        writes.RunAsync(async touched =>
        {
            var reservations = db.Reservations;
            var open = await reservations.Where(r => r.WorkOrderId == workOrderId && r.State == ReservationState.Open).ToListAsync(cancellationToken);
            if (open.Count == 0)
            {
                return 0;
            }

            touched.AddRange(open);
            var now = clock.UtcNow;
            foreach (var group in open.GroupBy(r => (r.StoreId, r.ItemId)).OrderBy(g => g.Key.StoreId).ThenBy(g => g.Key.ItemId))
            {
                var balance = await BalanceAsync(group.Key.StoreId, group.Key.ItemId, touched, cancellationToken);
                await MoveReservedAsync(balance, Math.Max(0, balance.Reserved - group.Sum(r => r.Quantity - r.Issued)), cancellationToken);
            }

            foreach (var reservation in open)
            {
                reservation.State = ReservationState.Released;
                reservation.ClosedAtUtc = now;
            }

            await db.SaveChangesAsync(cancellationToken);
            return open.Count;
        }, _ => true, cancellationToken);

    private async Task<Balance> BalanceAsync(Guid storeId, Guid itemId, List<object> touched, CancellationToken cancellationToken)
    {
        var balances = db.Balances;
        var balance = await balances.AsNoTracking().FirstOrDefaultAsync(b => b.StoreId == storeId && b.ItemId == itemId, cancellationToken);
        if (balance is not null)
        {
            return balance;
        }

        // Reserving an item the store never held makes its balance: the shortfall then shows in the reorder list.
        balance = new Balance { StoreId = storeId, ItemId = itemId };
        db.Balances.Add(balance);
        touched.Add(balance);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(balance).State = EntityState.Detached;
        return balance;
    }

    private async Task MoveReservedAsync(Balance balance, decimal reserved, CancellationToken cancellationToken)
    {
        var balances = db.Balances;
        var (id, version) = (balance.Id, balance.LedgerVersion);
        var updated = await balances.Where(b => b.Id == id && b.LedgerVersion == version)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Reserved, reserved).SetProperty(b => b.LedgerVersion, version + 1), cancellationToken);
        if (updated != 1)
        {
            throw new LostRaceException();
        }
    }
}
