using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Stock.Ledger;
using Cmms.Stock.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Counts;

/// <summary>A count's outcome: what it did, or why it could not (English key and arguments).</summary>
internal sealed record CountOutcome(InventoryCount? Count, string? Refusal, object[]? Args = null)
{
    public static CountOutcome No(string refusal, params object[] args) => new(null, refusal, args);
}

/// <summary>
/// Opens, fills, validates and cancels inventory counts. Opening freezes the counted items for issue in
/// that store (each balance row names the count); validating posts each variance as a count correction
/// at the CUMP, in the same transaction as the count's closing and the thaw.
/// </summary>
internal sealed class CountBook(DbContext db, LedgerWrites writes, StockLedger ledger, IClock clock, ICurrentUser user)
{
    public Task<CountOutcome> OpenAsync(Guid storeId, string? zone, CancellationToken cancellationToken, Poster? by = null) =>
        writes.RunAsync(async touched =>
        {
            var (stores, balances, items) = (db.Stores, db.Balances, db.Items);
            var store = await stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId && s.IsActive, cancellationToken);
            if (store is null)
            {
                return CountOutcome.No("This store is closed or does not exist.");
            }

            var prefix = string.IsNullOrWhiteSpace(zone) ? null : zone.Trim().ToUpperInvariant();
            var scope = balances.Where(b => b.StoreId == storeId)
                .Where(b => items.Any(i => i.Id == b.ItemId && i.IsActive) || b.Quantity != 0);
            if (prefix is not null)
            {
                scope = scope.Where(b => b.Location != null && b.Location.StartsWith(prefix));
            }

            var lines = await scope.AsNoTracking().Select(b => new { b.ItemId, b.Location, b.FrozenByCountId }).ToListAsync(cancellationToken);
            if (lines.Count == 0)
            {
                return CountOutcome.No("Nothing to count there: no item is kept at these locations.");
            }

            if (lines.Any(l => l.FrozenByCountId is not null))
            {
                return CountOutcome.No("Some of these items are already being counted: validate or cancel that count first.");
            }

            var now = clock.UtcNow;
            var count = new InventoryCount
            {
                Number = await Numbers.NextAsync(db, store.OrganisationId, Numbers.Counts, YearlyNumbers.YearOf(now), cancellationToken),
                StoreId = storeId, Zone = prefix, Status = CountStatus.Open, OpenedAtUtc = now, OpenedBy = (by?.Name ?? user.DisplayName),
            };
            count.Lines.AddRange(lines.Select(l => new CountLine { CountId = count.Id, ItemId = l.ItemId, Location = l.Location }));
            db.Counts.Add(count);
            touched.Add(count);
            touched.AddRange(count.Lines);
            await db.SaveChangesAsync(cancellationToken);

            // Freezing bumps each row's ledger version: an issue that read the row before sees it changed and reads it again, frozen.
            var countId = count.Id;
            var frozen = await scope.Where(b => b.FrozenByCountId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.FrozenByCountId, countId).SetProperty(b => b.LedgerVersion, b => b.LedgerVersion + 1), cancellationToken);
            if (frozen != lines.Count)
            {
                throw new LostRaceException();
            }

            return new CountOutcome(count, null);
        }, o => o.Refusal is null, cancellationToken);

    /// <summary>Records what the counter found; the book quantity of that moment is kept beside it, out of the counter's sight.</summary>
    public async Task<CountOutcome> EnterAsync(Guid countId, IReadOnlyDictionary<Guid, decimal> counted, CancellationToken cancellationToken, Poster? by = null)
    {
        var count = await db.Counts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == countId, cancellationToken);
        if (count is null || count.Status != CountStatus.Open)
        {
            return CountOutcome.No("This count is closed: nothing more can be entered.");
        }

        var balances = db.Balances;
        var storeId = count.StoreId;
        var entered = count.Lines.Where(l => counted.ContainsKey(l.Id)).ToList();
        var itemIds = entered.Select(l => l.ItemId).ToList();
        var book = await balances.AsNoTracking().Where(b => b.StoreId == storeId && itemIds.Contains(b.ItemId))
            .ToDictionaryAsync(b => b.ItemId, b => b.Quantity, cancellationToken);
        var now = clock.UtcNow;
        foreach (var line in entered)
        {
            line.Counted = counted[line.Id];
            line.BookAtCount = book.GetValueOrDefault(line.ItemId);
            line.CountedBy = by?.Name ?? user.DisplayName;
            line.CountedAtUtc = now;
        }

        // Only the lines change: counters on other tablets, in other aisles of the same count, do not get in each other's way.
        await db.SaveChangesAsync(cancellationToken);
        return new CountOutcome(count, null);
    }

    /// <summary>
    /// Posts the variances of the counted lines (lines left blank change nothing), closes the count and thaws
    /// its items. <paramref name="lastEntrySeen"/> is the latest entry the storekeeper had before them: a count
    /// entered since is shown first, never validated unseen.
    /// </summary>
    public async Task<CountOutcome> ValidateAsync(Guid countId, DateTime? lastEntrySeen, CancellationToken cancellationToken, Poster? by = null)
    {
        var counts = db.Counts;
        var count = await counts.AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == countId, cancellationToken);
        if (count is null || count.Status != CountStatus.Open)
        {
            return CountOutcome.No("This count is closed: nothing more can be entered.");
        }

        if (LastEntry(count) > lastEntrySeen)
        {
            return CountOutcome.No("Someone entered counts meanwhile: check the variances again before validating.");
        }

        var postings = count.Lines.Where(l => l.Variance is { } v && v != 0)
            .Select(l => new Posting(count.StoreId, l.ItemId, MovementKind.CountCorrection, Math.Abs(l.Variance!.Value))
            {
                Outbound = l.Variance < 0, CountId = count.Id, Reason = count.Number,
            })
            .ToList();
        var result = await ledger.PostAsync(postings, cancellationToken, by, alongside: async (_, touched) =>
        {
            var tracked = await counts.Include(c => c.Lines).FirstAsync(c => c.Id == countId, cancellationToken);
            touched.Add(tracked);
            touched.AddRange(tracked.Lines);
            if (tracked.Status != CountStatus.Open || LastEntry(tracked) > lastEntrySeen)
            {
                return new LedgerRefusal(0, "Version", "Someone entered counts meanwhile: check the variances again before validating.", []);
            }

            tracked.Status = CountStatus.Validated;
            tracked.ClosedAtUtc = clock.UtcNow;
            tracked.ClosedBy = by?.Name ?? user.DisplayName;
            await ThawAsync(countId, cancellationToken);
            return null;
        });
        return result.Refusal is { } refusal ? CountOutcome.No(refusal.Key, refusal.Args) : new CountOutcome(count, null);
    }

    /// <summary>The moment of the latest entry (null before any), to the tick, as the page carries it.</summary>
    public static DateTime? LastEntry(InventoryCount count) => count.Lines.Max(l => l.CountedAtUtc);

    public Task<CountOutcome> CancelAsync(Guid countId, CancellationToken cancellationToken) =>
        writes.RunAsync(async touched =>
        {
            var count = await db.Counts.FirstOrDefaultAsync(c => c.Id == countId, cancellationToken);
            if (count is null || count.Status != CountStatus.Open)
            {
                return CountOutcome.No("This count is closed: nothing more can be entered.");
            }

            touched.Add(count);
            count.Status = CountStatus.Cancelled;
            count.ClosedAtUtc = clock.UtcNow;
            count.ClosedBy = user.DisplayName;
            await ThawAsync(countId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new CountOutcome(count, null);
        }, o => o.Refusal is null, cancellationToken);

    /// <summary>
    /// Thawing leaves the ledger version alone: it only allows what was refused, so no writer can have read
    /// anything it now gets wrong, and the count's own corrections (checked against the version they read) go through.
    /// </summary>
    private Task<int> ThawAsync(Guid countId, CancellationToken cancellationToken)
    {
        var balances = db.Balances;
        return balances.Where(b => b.FrozenByCountId == countId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.FrozenByCountId, (Guid?)null), cancellationToken);
    }
}
