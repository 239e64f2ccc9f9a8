using System.Diagnostics;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Cmms.Stock.Items;
using Cmms.Stock.Stores;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Demo;

/// <summary>
/// The large city's stock (<c>seed --scale large</c>): 20,000 articles in four stores (the demo's two, a
/// green-spaces depot and a van) and 1,000,000 movements over two years, generated like the demo's
/// (every line valued by the CUMP rule, the balances their running totals) and written by prepared
/// inserts, a slice of articles at a time, each slice in its own transaction. <c>--scale stock</c> makes
/// the same stock without the other modules' large datasets (the stock benchmark needs only it).
/// </summary>
internal sealed class StockScaleSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, StockDemoSeeder demo, IClock clock) : IScaleSeeder
{
    public const int LargeItems = 20_000;
    public const int LargeMovements = 1_000_000;

    public int Order => 20;

    public async Task SeedAsync(string scale, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (scale is not ("large" or "stock"))
        {
            return;
        }

        var city = (await organisations.AllAsync(cancellationToken)).FirstOrDefault(o => o.Code == StockDemoSeeder.City)
            ?? throw new InvalidOperationException("The demo city is not loaded: run the demo seed first.");
        using var _ = organisation.Use(city.Id);
        var (items, movements, stores) = (db.Items, db.Movements, db.Stores);
        var existingItems = await items.CountAsync(cancellationToken);
        var existingMovements = await movements.LongCountAsync(cancellationToken);
        if (existingItems >= LargeItems && existingMovements >= LargeMovements)
        {
            progress.Report($"Stock: {existingItems:N0} items and {existingMovements:N0} movements already there, nothing to add.");
            return;
        }

        if (!await stores.AnyAsync(s => s.Kind == StoreKind.Depot, cancellationToken))
        {
            var site = await stores.Select(s => s.SiteId).FirstOrDefaultAsync(cancellationToken);
            stores.AddRange(
                new Store { Code = "DEP-EV", Name = "Dépôt des espaces verts", Kind = StoreKind.Depot, SiteId = site },
                new Store { Code = "VAN-01", Name = "Fourgon de l'équipe plomberie", Kind = StoreKind.Van });
            await db.SaveChangesAsync(cancellationToken);
        }

        var reference = await demo.PrepareAsync(city.Id, city: true, cancellationToken);
        var depot = reference.Stores.First(s => s.Code == "DEP-EV");
        var van = reference.Stores.First(s => s.Code == "VAN-01");
        var now = clock.UtcNow;
        var toAdd = LargeItems - existingItems;
        const int slice = 500;
        var slices = (toAdd + slice - 1) / slice;

        var random = new Random(2154);
        var generator = new LedgerGenerator(random, city.Id, StockDemoSeeder.Storekeeper);
        var watch = Stopwatch.StartNew();
        var written = 0L;
        var pairs = 0;
        for (var s = 0; s < slices; s++)
        {
            var count = Math.Min(slice, toAdd - (s * slice));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var made = demo.AddItems(reference, Catalogue.Items(existingItems + (s * slice), count), city.Id, random);

            // Not through the change tracker: prepared inserts for the articles and their suppliers too.
            db.ChangeTracker.Clear();
            await db.InsertAsync([.. made.Select(m => m.Item)], cancellationToken);
            await db.InsertAsync([.. made.SelectMany(m => m.Item.Suppliers)], cancellationToken);
            // Lines per store and item so that the articles still to come bring the ledger to a million (and a little more):
            // what is left to write, shared among the store/item pairs still to come at the rate seen so far.
            var stocked = StockLarge(reference, made, depot, van).ToList();
            var pairsPerItem = pairs == 0 ? (double)stocked.Count / count : (double)pairs / (s * slice);
            var perPair = Math.Max(4, (int)Math.Ceiling((LargeMovements * 1.005 - existingMovements - written) / (pairsPerItem * (toAdd - (s * slice)))));
            foreach (var pair in stocked)
            {
                generator.Generate(pair, now.AddYears(-2), now.AddHours(-3), perPair + random.Next(-perPair / 3, (perPair / 3) + 1));
            }

            pairs += stocked.Count;

            await db.InsertAsync(generator.Balances, cancellationToken);
            await db.InsertAsync(generator.Movements, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            written += generator.Movements.Count;
            generator.Flush();
            if (s % 8 == 7 || s == slices - 1)
            {
                progress.Report($"Stock: {existingItems + (s * slice) + count:N0} items, {existingMovements + written:N0} movements written ({watch.Elapsed.TotalSeconds:N0} s)");
            }
        }
    }

    /// <summary>As in the demo, and green-spaces supplies in the depot too, a plumber's van with plumbing parts.</summary>
    private static IEnumerable<StockedItem> StockLarge(StockReference reference, List<(Item Item, CatalogueItem Source, ItemSupplier? Offer)> made, Store depot, Store van)
    {
        foreach (var stocked in StockDemoSeeder.Stock(reference, made))
        {
            yield return stocked;
        }

        foreach (var (item, source, offer) in made.Where((m, i) => i % 4 == 0))
        {
            if (item.Category == ItemCategory.GreenSpaces)
            {
                yield return new StockedItem(depot.Id, item.Id, item.Unit, item.Category, offer?.UnitPrice ?? source.Price, offer?.SupplierId, $"D-{source.Aisle}");
            }
            else if (item.Category == ItemCategory.Plumbing)
            {
                yield return new StockedItem(van.Id, item.Id, item.Unit, item.Category, offer?.UnitPrice ?? source.Price, offer?.SupplierId, "VAN");
            }
        }
    }
}
