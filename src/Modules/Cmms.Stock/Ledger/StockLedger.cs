using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Stock.Items;
using Cmms.Stock.Reservations;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Ledger;

/// <summary>
/// The one writer of the stock ledger. Every posting reads the balance of its store and item, checks it
/// (stock there, not frozen by a count, the item's unit, a real price), values it at CUMP
/// (<see cref="Position"/>), appends the movement and moves the balance on, all in one transaction: the
/// balance is updated only if it is still at the version read (else the attempt is redone on fresh
/// reads), so two issues of the last units cannot both succeed and the balance is always the ledger's
/// running total.
/// </summary>
internal sealed class StockLedger(DbContext db, LedgerWrites writes, IClock clock, ICurrentUser user)
{
    /// <summary>
    /// Posts the lines together or not at all. <paramref name="alongside"/> adds what goes with them (a
    /// purchase order's received quantities, a count's closing) to the same save.
    /// </summary>
    public Task<LedgerResult> PostAsync(
        IReadOnlyList<Posting> postings, CancellationToken cancellationToken, Poster? by = null,
        Func<IReadOnlyList<Movement>, List<object>, Task<LedgerRefusal?>>? alongside = null) =>
        writes.RunAsync(touched => AttemptAsync(postings, by ?? new Poster(user.UserId, user.DisplayName), alongside, touched, cancellationToken), r => r.Succeeded, cancellationToken);

    private sealed class Line(Balance row)
    {
        public Balance Row { get; } = row;

        public Position Position { get; set; } = new(row.Quantity, row.Value, row.Cump);

        public decimal Reserved { get; set; } = row.Reserved;

        public long Sequence { get; set; } = row.Sequence;

        public DateTime? LastPostedAtUtc { get; set; } = row.LastPostedAtUtc;

        public bool Changed { get; set; }
    }

    private async Task<LedgerResult> AttemptAsync(
        IReadOnlyList<Posting> postings, Poster by, Func<IReadOnlyList<Movement>, List<object>, Task<LedgerRefusal?>>? alongside,
        List<object> touched, CancellationToken cancellationToken)
    {
        var lines = await BalancesAsync(postings, touched, cancellationToken);
        var units = await UnitsAsync(postings, cancellationToken);
        var now = clock.UtcNow;
        var movements = new List<Movement>();
        for (var index = 0; index < postings.Count; index++)
        {
            var posting = postings[index];
            var refusal = Check(index, posting, lines, units);
            if (refusal is not null)
            {
                return new LedgerResult([], refusal);
            }

            var line = lines[(posting.StoreId, posting.ItemId)]!;
            Movement movement;
            if (posting.IsOutbound)
            {
                var (ownReserved, consumed) = posting is { Kind: MovementKind.Issue, WorkOrderId: { } workOrder }
                    ? await ConsumeReservationsAsync(posting.StoreId, posting.ItemId, workOrder, posting.Quantity, touched, now, cancellationToken)
                    : (0, 0);
                var available = Availability.ForIssue(line.Position.Quantity, line.Reserved, ownReserved);
                if (posting.Kind != MovementKind.CountCorrection && posting.Quantity > available)
                {
                    var left = Math.Max(0, available);
                    return new LedgerResult([], new LedgerRefusal(
                        index, "Quantity", "Only {0} {1} available in this store.", [Units.Show(left), units[posting.ItemId].Unit], left, units[posting.ItemId].Unit));
                }

                if (posting.Quantity > line.Position.Quantity)
                {
                    return new LedgerResult([], new LedgerRefusal(
                        index, "Quantity", "Only {0} {1} on hand in this store.", [Units.Show(line.Position.Quantity), units[posting.ItemId].Unit], line.Position.Quantity, units[posting.ItemId].Unit));
                }

                line.Reserved -= consumed;
                var (after, unitCost, amount) = line.Position.Out(posting.Quantity);
                movement = NewMovement(posting, line, -posting.Quantity, unitCost, -amount, after, by, now);
            }
            else
            {
                var unitCost = posting.AtPreviousUnitCost ? movements[^1].UnitCost
                    : posting.UnitCost ?? (line.Position.Quantity > 0 || line.Position.Cump > 0 ? line.Position.Cump : 0);
                var (after, amount) = line.Position.In(posting.Quantity, unitCost);
                movement = NewMovement(posting, line, posting.Quantity, Position.Cost(unitCost), amount, after, by, now);
            }

            if (posting.AtPreviousUnitCost)
            {
                // The two halves of a transfer point at each other.
                movement.RelatedMovementId = movements[^1].Id;
                movements[^1].RelatedMovementId = movement.Id;
            }

            movements.Add(movement);
        }

        if (alongside is not null && await alongside(movements, touched) is { } refused)
        {
            return new LedgerResult([], refused);
        }

        // Balances in a stable order: two writers touching the same pair never wait on each other crosswise.
        var balances = db.Balances;
        foreach (var line in lines.Values.OfType<Line>().Where(l => l.Changed).OrderBy(l => l.Row.StoreId).ThenBy(l => l.Row.ItemId))
        {
            var (id, version) = (line.Row.Id, line.Row.LedgerVersion);
            var (quantity, value, cump, reserved, sequence, last) = (line.Position.Quantity, line.Position.Value, line.Position.Cump, line.Reserved, line.Sequence, line.LastPostedAtUtc);
            var updated = await balances.Where(b => b.Id == id && b.LedgerVersion == version).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Quantity, quantity).SetProperty(b => b.Value, value).SetProperty(b => b.Cump, cump)
                .SetProperty(b => b.Reserved, reserved).SetProperty(b => b.Sequence, sequence).SetProperty(b => b.LastPostedAtUtc, last)
                .SetProperty(b => b.LedgerVersion, version + 1), cancellationToken);
            if (updated != 1)
            {
                throw new LostRaceException();
            }
        }

        db.Movements.AddRange(movements);
        touched.AddRange(movements);
        await db.SaveChangesAsync(cancellationToken);
        return new LedgerResult(movements, null);
    }

    private static LedgerRefusal? Check(int index, Posting posting, Dictionary<(Guid, Guid), Line?> lines, Dictionary<Guid, ItemFacts> units)
    {
        if (!units.TryGetValue(posting.ItemId, out var item))
        {
            return new LedgerRefusal(index, "ItemId", "This item does not exist.", []);
        }

        if (posting.Unit is { } unit && unit != item.Unit)
        {
            return new LedgerRefusal(index, "Unit", "Units cannot be mixed: this item is counted in {0}.", [item.Unit], Unit: item.Unit);
        }

        if (Units.Problem(posting.Quantity, item.Unit) is { } problem)
        {
            return new LedgerRefusal(index, "Quantity", problem, []);
        }

        if (!item.StoreActive(posting.StoreId))
        {
            return new LedgerRefusal(index, "StoreId", "This store is closed or does not exist.", []);
        }

        var line = lines[(posting.StoreId, posting.ItemId)];
        if (line is null)
        {
            return new LedgerRefusal(index, "Quantity", "Only {0} {1} available in this store.", [Units.Show(0), item.Unit], 0, item.Unit);
        }

        if (posting.Kind == MovementKind.Receipt)
        {
            if (posting.UnitCost is not > 0)
            {
                return new LedgerRefusal(index, "UnitPrice", "The unit price must be more than 0.", []);
            }

            if (!item.Active)
            {
                return new LedgerRefusal(index, "ItemId", "This item is no longer stocked: reactivate it before receiving it.", []);
            }
        }

        if (posting.UnitCost is < 0)
        {
            return new LedgerRefusal(index, "UnitPrice", "The unit price must be more than 0.", []);
        }

        if (posting.IsOutbound && line.Row.FrozenByCountId is { } count && count != posting.CountId)
        {
            return new LedgerRefusal(index, "ItemId", "This item is being counted in this store: nothing can be taken out until the count is validated.", []);
        }

        if (posting.Kind is MovementKind.Adjustment && string.IsNullOrWhiteSpace(posting.Reason))
        {
            return new LedgerRefusal(index, "Reason", "Give the reason for the adjustment.", []);
        }

        return null;
    }

    private static Movement NewMovement(Posting posting, Line line, decimal quantity, decimal unitCost, decimal amount, Position after, Poster by, DateTime now)
    {
        // Never before the previous line of this store and item: date order and sequence agree.
        var at = line.LastPostedAtUtc is { } last && last > now ? last : now;
        line.Position = after;
        line.Sequence++;
        line.LastPostedAtUtc = at;
        line.Changed = true;
        return new Movement
        {
            OrganisationId = line.Row.OrganisationId, StoreId = posting.StoreId, ItemId = posting.ItemId, Sequence = line.Sequence, Kind = posting.Kind,
            PostedAtUtc = at, Quantity = quantity, UnitCost = unitCost, Amount = amount,
            QuantityAfter = after.Quantity, ValueAfter = after.Value, CumpAfter = after.Cump,
            WorkOrderId = posting.WorkOrderId, WorkOrderNumber = posting.WorkOrderNumber, CostCentre = Trim(posting.CostCentre),
            SupplierId = posting.SupplierId, DeliveryNote = Trim(posting.DeliveryNote), PurchaseOrderLineId = posting.PurchaseOrderLineId,
            RelatedMovementId = posting.RelatedMovementId, OtherStoreId = posting.OtherStoreId, CountId = posting.CountId, Reason = Trim(posting.Reason),
            ByUserId = by.UserId, ByName = by.Name,
        };
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// The balances the postings touch. A store that receives an item for the first time gets its balance
    /// row now (a concurrent first receipt makes the same row: the unique index lets one win, the other redoes).
    /// </summary>
    private async Task<Dictionary<(Guid, Guid), Line?>> BalancesAsync(IReadOnlyList<Posting> postings, List<object> touched, CancellationToken cancellationToken)
    {
        var balances = db.Balances;
        if (writes.LocksRows)
        {
            // The rows' locks first, always in the same order (no two writers wait on each other crosswise); a
            // no-op update takes them, and the read below then sees the last committed running total.
            foreach (var (store, item) in postings.Select(p => (p.StoreId, p.ItemId)).Distinct().OrderBy(k => k.StoreId).ThenBy(k => k.ItemId))
            {
                await balances.Where(b => b.StoreId == store && b.ItemId == item)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.LedgerVersion, b => b.LedgerVersion), cancellationToken);
            }
        }

        List<Balance> rows;
        if (postings.Count == 1)
        {
            var (store, item) = (postings[0].StoreId, postings[0].ItemId);
            rows = await balances.AsNoTracking().Where(b => b.StoreId == store && b.ItemId == item).ToListAsync(cancellationToken);
        }
        else
        {
            var stores = postings.Select(p => p.StoreId).Distinct().ToList();
            var items = postings.Select(p => p.ItemId).Distinct().ToList();
            rows = await balances.AsNoTracking().Where(b => stores.Contains(b.StoreId) && items.Contains(b.ItemId)).ToListAsync(cancellationToken);
        }

        var lines = new Dictionary<(Guid, Guid), Line?>();
        foreach (var posting in postings)
        {
            lines[(posting.StoreId, posting.ItemId)] = rows.FirstOrDefault(b => b.StoreId == posting.StoreId && b.ItemId == posting.ItemId) is { } row ? new Line(row) : null;
        }

        var missing = postings.Where(p => !p.IsOutbound && lines[(p.StoreId, p.ItemId)] is null).Select(p => (p.StoreId, p.ItemId)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var stores = db.Stores;
            var items = db.Items;
            var storeIds = missing.Select(m => m.StoreId).Distinct().ToList();
            var itemIds = missing.Select(m => m.ItemId).Distinct().ToList();
            var knownStores = await stores.Where(s => storeIds.Contains(s.Id) && s.IsActive).Select(s => s.Id).ToListAsync(cancellationToken);
            var knownItems = await items.Where(i => itemIds.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken);
            var created = missing.Where(m => knownStores.Contains(m.StoreId) && knownItems.Contains(m.ItemId))
                .Select(m => new Balance { StoreId = m.StoreId, ItemId = m.ItemId }).ToList();
            if (created.Count > 0)
            {
                db.Balances.AddRange(created);
                touched.AddRange(created);
                await db.SaveChangesAsync(cancellationToken);
                foreach (var row in created)
                {
                    db.Entry(row).State = EntityState.Detached;
                    lines[(row.StoreId, row.ItemId)] = new Line(row);
                }
            }
        }

        return lines;
    }

    private sealed record ItemFacts(string Unit, bool Active, IReadOnlySet<Guid> ActiveStores)
    {
        public bool StoreActive(Guid store) => ActiveStores.Contains(store);
    }

    private async Task<Dictionary<Guid, ItemFacts>> UnitsAsync(IReadOnlyList<Posting> postings, CancellationToken cancellationToken)
    {
        var items = db.Items;
        var stores = db.Stores;
        var itemIds = postings.Select(p => p.ItemId).Distinct().ToList();
        var storeIds = postings.Select(p => p.StoreId).Distinct().ToList();
        List<(Guid Id, string Unit, bool Active)> facts;
        List<Guid> activeStores;
        if (postings.Count == 1)
        {
            var (itemId, storeId) = (itemIds[0], storeIds[0]);
            var row = await items.AsNoTracking().Where(i => i.Id == itemId)
                .Select(i => new { i.Id, i.Unit, i.IsActive, StoreActive = stores.Any(s => s.Id == storeId && s.IsActive) })
                .FirstOrDefaultAsync(cancellationToken);
            facts = row is null ? [] : [(row.Id, row.Unit, row.IsActive)];
            activeStores = row is { StoreActive: true } ? [storeId] : [];
        }
        else
        {
            facts = [.. (await items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).Select(i => new { i.Id, i.Unit, i.IsActive }).ToListAsync(cancellationToken))
                .Select(i => (i.Id, i.Unit, i.IsActive))];
            activeStores = await stores.AsNoTracking().Where(s => storeIds.Contains(s.Id) && s.IsActive).Select(s => s.Id).ToListAsync(cancellationToken);
        }

        var active = activeStores.ToHashSet();
        return facts.ToDictionary(f => f.Id, f => new ItemFacts(f.Unit, f.Active, active));
    }

    /// <summary>
    /// The work order's open reservations of the item in the store absorb the issue first. Returns what they
    /// held for it before, and how much of the issue they absorbed.
    /// </summary>
    private async Task<(decimal Reserved, decimal Consumed)> ConsumeReservationsAsync(
        Guid store, Guid item, Guid workOrder, decimal quantity, List<object> touched, DateTime now, CancellationToken cancellationToken)
    {
        var reservations = db.Reservations;
        var open = await reservations
            .Where(r => r.StoreId == store && r.ItemId == item && r.WorkOrderId == workOrder && r.State == ReservationState.Open)
            .OrderBy(r => r.CreatedAtUtc).ToListAsync(cancellationToken);
        touched.AddRange(open);
        var taken = Availability.Consume([.. open.Select(r => r.Quantity - r.Issued)], quantity);
        for (var i = 0; i < open.Count; i++)
        {
            open[i].Issued += taken[i];
            if (open[i].Issued >= open[i].Quantity)
            {
                open[i].State = ReservationState.Fulfilled;
                open[i].ClosedAtUtc = now;
            }
        }

        return (open.Sum(r => r.Quantity) - open.Sum(r => r.Issued) + taken.Sum(), taken.Sum());
    }
}
