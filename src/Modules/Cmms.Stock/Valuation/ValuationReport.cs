using Cmms.Kernel.Time;
using Cmms.Stock.Items;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Valuation;

/// <summary>What one store held of one item at the end of a day, and what it was worth.</summary>
public sealed record ValuationRow(Guid StoreId, string StoreCode, string Store, Guid ItemId, string Reference, string Label, ItemCategory Category, string Unit, decimal Quantity, decimal Value)
{
    /// <summary>The CUMP the value stands for (the value is the truth: a sum of cents).</summary>
    public decimal UnitCost => Quantity == 0 ? 0 : decimal.Round(Value / Quantity, 4, MidpointRounding.AwayFromZero);
}

public sealed record ValuationTotal(string Key, decimal Value, int Lines);

public sealed record Valuation(DateOnly Date, IReadOnlyList<ValuationRow> Rows)
{
    public decimal Total => Rows.Sum(r => r.Value);

    public IReadOnlyList<ValuationTotal> ByStore => [.. Rows.GroupBy(r => r.Store).OrderBy(g => g.Key, StringComparer.CurrentCulture).Select(g => new ValuationTotal(g.Key, g.Sum(r => r.Value), g.Count()))];

    public IReadOnlyList<(ItemCategory Category, decimal Value, int Lines)> ByCategory =>
        [.. Rows.GroupBy(r => r.Category).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(r => r.Value), g.Count()))];
}

/// <summary>
/// The stock at the end of any day: for each store and item, the last ledger line posted before the next
/// day began (Paris time) carries the quantity and value then. One index seek per store and item on
/// (organisation, store, item, posted at), however long the ledger; today's stock is the balances.
/// </summary>
internal static class ValuationReport
{
    public static async Task<Valuation> AtAsync(DbContext db, DateOnly date, Guid? storeId, ItemCategory? category, IClock clock, CancellationToken cancellationToken)
    {
        var endUtc = TimeZoneInfo.ConvertTimeToUtc(date.AddDays(1).ToDateTime(TimeOnly.MinValue), ParisTime.Zone);
        var (balances, items, stores, movements) = (db.Balances, db.Items, db.Stores, db.Movements);
        var pairs = balances.AsNoTracking();
        if (storeId is { } only)
        {
            pairs = pairs.Where(b => b.StoreId == only);
        }

        var itemsQuery = items.AsNoTracking();
        if (category is { } wanted)
        {
            itemsQuery = itemsQuery.Where(i => i.Category == wanted);
        }

        var joined = pairs.Join(itemsQuery, b => b.ItemId, i => i.Id, (b, i) => new { b, i })
            .Join(stores, x => x.b.StoreId, s => s.Id, (x, s) => new { x.b, x.i, s });
        List<ValuationRow> rows;
        if (endUtc > clock.UtcNow)
        {
            rows = await joined.Where(x => x.b.Quantity != 0)
                .Select(x => new ValuationRow(x.s.Id, x.s.Code, x.s.Name, x.i.Id, x.i.Reference, x.i.Label, x.i.Category, x.i.Unit, x.b.Quantity, x.b.Value))
                .ToListAsync(cancellationToken);
        }
        else
        {
            // Two scalar subqueries, each a seek to the last line before the end of the day on (organisation, store,
            // item, posted at, sequence). A row-valued FirstOrDefault here would be translated as a window over the
            // whole ledger on SQLite.
            var lines = await joined
                .Select(x => new
                {
                    x.s.Id, x.s.Code, x.s.Name, ItemId = x.i.Id, x.i.Reference, x.i.Label, x.i.Category, x.i.Unit,
                    Quantity = movements.Where(m => m.StoreId == x.b.StoreId && m.ItemId == x.b.ItemId && m.PostedAtUtc < endUtc)
                        .OrderByDescending(m => m.PostedAtUtc).ThenByDescending(m => m.Sequence).Select(m => (decimal?)m.QuantityAfter).FirstOrDefault(),
                    Value = movements.Where(m => m.StoreId == x.b.StoreId && m.ItemId == x.b.ItemId && m.PostedAtUtc < endUtc)
                        .OrderByDescending(m => m.PostedAtUtc).ThenByDescending(m => m.Sequence).Select(m => (decimal?)m.ValueAfter).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            rows = [.. lines.Where(l => l.Quantity is not null and not 0)
                .Select(l => new ValuationRow(l.Id, l.Code, l.Name, l.ItemId, l.Reference, l.Label, l.Category, l.Unit, l.Quantity!.Value, l.Value ?? 0))];
        }

        return new Valuation(date, [.. rows.OrderBy(r => r.StoreCode, StringComparer.Ordinal).ThenBy(r => r.Reference, StringComparer.Ordinal)]);
    }
}
