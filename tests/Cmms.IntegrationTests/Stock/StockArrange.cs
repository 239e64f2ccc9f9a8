using Cmms.Kernel.Security;
using Cmms.Stock;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Cmms.Stock.Stores;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Stock;

/// <summary>Arranges the stock tests in the demo city: its stores, fresh items of their own, receipts through the ledger; and checks the ledger.</summary>
internal static class StockArrange
{
    public sealed record CityStock(Guid Organisation, Guid Central, Guid Workshop);

    public static Task<T> AsCityAsync<T>(CmmsFactory app, Func<IServiceProvider, DbContext, Task<T>> work) => app.InScopeAsync(async sp =>
    {
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Organisation);
        return await work(sp, sp.GetRequiredService<DbContext>());
    });

    public static Task<CityStock> StoresAsync(CmmsFactory app) => AsCityAsync(app, async (_, db) =>
    {
        var stores = await db.Set<Store>().AsNoTracking().ToListAsync();
        return new CityStock(stores[0].OrganisationId, stores.Single(s => s.Code == "MAG").Id, stores.Single(s => s.Code == "ATL").Id);
    });

    /// <summary>A new item of the city that no other test touches, kept in <paramref name="store"/> with these reorder settings.</summary>
    public static Task<(Guid Id, string Reference)> ItemAsync(
        CmmsFactory app, Guid store, string unit = Units.Piece, decimal reorderPoint = 0, decimal reorderQuantity = 0, string? label = null, string? location = null) =>
        AsCityAsync(app, async (_, db) =>
        {
            var reference = $"TST-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";
            var item = new Item { Reference = reference, Label = label ?? $"Article d'essai {reference}", Unit = unit, Category = ItemCategory.Plumbing };
            db.Add(item);
            db.Add(new Balance { StoreId = store, ItemId = item.Id, ReorderPoint = reorderPoint, ReorderQuantity = reorderQuantity, Location = location });
            await db.SaveChangesAsync();
            return (item.Id, reference);
        });

    public static Task<LedgerResult> PostAsync(CmmsFactory app, params Posting[] postings) =>
        AsCityAsync(app, (sp, _) => sp.GetRequiredService<StockLedger>().PostAsync(postings, default, new Poster(null, "Test")));

    public static async Task ReceiveAsync(CmmsFactory app, Guid store, Guid item, decimal quantity, decimal price)
    {
        var result = await PostAsync(app, Posting.Receipt(store, item, quantity, price));
        Assert.True(result.Succeeded, result.Refusal?.Key);
    }

    public static Task<Balance> BalanceAsync(CmmsFactory app, Guid store, Guid item) =>
        AsCityAsync(app, (_, db) => db.Set<Balance>().AsNoTracking().SingleAsync(b => b.StoreId == store && b.ItemId == item));

    public static Task<List<Movement>> MovementsAsync(CmmsFactory app, Guid item) =>
        AsCityAsync(app, (_, db) => db.Set<Movement>().AsNoTracking().Where(m => m.ItemId == item).OrderBy(m => m.StoreId).ThenBy(m => m.Sequence).ToListAsync());

    /// <summary>
    /// The ledger is the truth and each balance its running total: for every store and item of the city the
    /// sums of the ledger (in SQL) are the balance, its sequence has no gap and its last line says the same.
    /// </summary>
    public static Task AssertLedgerMatchesBalancesAsync(CmmsFactory app) => AsCityAsync(app, async (_, db) =>
    {
        var sums = await db.Set<Movement>().AsNoTracking().GroupBy(m => new { m.StoreId, m.ItemId })
            .Select(g => new { g.Key.StoreId, g.Key.ItemId, Quantity = g.Sum(m => m.Quantity), Value = g.Sum(m => m.Amount), Lines = g.Count(), Last = g.Max(m => m.Sequence) })
            .ToListAsync();
        var balances = await db.Set<Balance>().AsNoTracking().ToDictionaryAsync(b => (b.StoreId, b.ItemId));
        Assert.NotEmpty(sums);
        foreach (var sum in sums)
        {
            var balance = balances[(sum.StoreId, sum.ItemId)];
            Assert.Equal((sum.Quantity, sum.Value, (long)sum.Lines), (balance.Quantity, balance.Value, balance.Sequence));
            Assert.Equal(sum.Last, balance.Sequence);
            Assert.True(balance.Quantity >= 0 && balance.Value >= 0, $"negative stock {balance.Quantity} / {balance.Value}");
        }

        var lastLines = await db.Set<Movement>().AsNoTracking()
            .Where(m => db.Set<Balance>().Any(b => b.StoreId == m.StoreId && b.ItemId == m.ItemId && b.Sequence == m.Sequence))
            .Select(m => new { m.StoreId, m.ItemId, m.QuantityAfter, m.ValueAfter }).ToListAsync();
        Assert.Equal(sums.Count, lastLines.Count);
        Assert.All(lastLines, l => Assert.Equal((balances[(l.StoreId, l.ItemId)].Quantity, balances[(l.StoreId, l.ItemId)].Value), (l.QuantityAfter, l.ValueAfter)));
        return true;
    });
}
