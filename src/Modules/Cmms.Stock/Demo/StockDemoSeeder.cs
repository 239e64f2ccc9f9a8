using Cmms.Directory.Contracts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Cmms.Stock.Counts;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Cmms.Stock.Purchasing;
using Cmms.Stock.Stores;
using Cmms.Stock.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Cmms.Stock.Demo;

/// <summary>The demo's stores, suppliers and catalogue of one organisation, and the stocked items with the price they are bought at.</summary>
internal sealed record StockReference(IReadOnlyList<Store> Stores, IReadOnlyList<Supplier> Suppliers, IReadOnlyDictionary<ItemCategory, Supplier[]> SuppliersOf);

/// <summary>
/// The demo city's stock: the central store and the fleet workshop's store, 600 articles across plumbing,
/// electricity, fleet parts, green-spaces supplies, hardware and protective equipment, with a year of
/// movements; then, through the live ledger, transfers, purchase orders (one partly received) and a
/// validated count. The intercommunality gets a depot of its own with a few articles.
/// </summary>
internal sealed class StockDemoSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory,
    StockLedger ledger, PurchaseBook purchases, CountBook counts, IClock clock, IConfiguration configuration) : IDemoSeeder
{
    public const string Storekeeper = "Élodie Garnier";
    public const string City = "VALBRUNE";

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var org in await organisations.AllAsync(cancellationToken))
        {
            using (organisation.Use(org.Id))
            {
                // The catalogue is written with its year of movements in one transaction: it marks a loaded demo.
                var items = db.Items;
                if (await items.AnyAsync(cancellationToken))
                {
                    continue;
                }

                var city = org.Code == City;
                var count = city ? configuration.GetValue("Demo:Stock:Items", 600) : Math.Max(10, configuration.GetValue("Demo:Stock:Items", 600) / 15);
                var reference = await PrepareAsync(org.Id, city, cancellationToken);
                var now = clock.UtcNow;
                var generator = new LedgerGenerator(new Random(city ? 600 : 40), org.Id, Storekeeper);
                var lines = new Random(count);
                await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
                {
                    var catalogue = AddItems(reference, Catalogue.Items(0, count), org.Id, new Random(count));
                    await db.SaveChangesAsync(cancellationToken);
                    foreach (var stocked in Stock(reference, catalogue))
                    {
                        generator.Generate(stocked, now.AddDays(-365), now.AddHours(-2), lines.Next(20, 50));
                    }

                    await db.InsertAsync(generator.Balances, cancellationToken);
                    await db.InsertAsync(generator.Movements, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                db.ChangeTracker.Clear();
                if (city)
                {
                    await LiveDayAsync(reference, cancellationToken);
                }
            }
        }
    }

    /// <summary>The organisation's stores and suppliers (made on the first call, read afterwards).</summary>
    internal async Task<StockReference> PrepareAsync(Guid organisationId, bool city, CancellationToken cancellationToken)
    {
        var (stores, suppliers) = (db.Stores, db.Suppliers);
        if (!await stores.AnyAsync(cancellationToken))
        {
            var sites = await directory.SitesAsync(cancellationToken);
            var depot = sites.FirstOrDefault(s => s.Code == "CTM")?.Id;
            Store Make(string code, string name, StoreKind kind) => new() { OrganisationId = organisationId, Code = code, Name = name, Kind = kind, SiteId = depot };
            stores.AddRange(city
                ? [Make("MAG", "Magasin central", StoreKind.Central), Make("ATL", "Magasin de l'atelier mécanique", StoreKind.Workshop)]
                : [Make("DEP", "Dépôt communautaire", StoreKind.Depot)]);
            suppliers.AddRange(SupplierNames.Select(s => new Supplier { OrganisationId = organisationId, Name = s.Name, AccountNumber = s.Account, Email = s.Email }));
            await db.SaveChangesAsync(cancellationToken);
        }

        var storeList = await stores.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.Code).ToListAsync(cancellationToken);
        var supplierList = await suppliers.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var byName = supplierList.ToDictionary(s => s.Name);
        var of = SupplierNames.SelectMany(s => s.Categories.Select(c => (Category: c, s.Name)))
            .GroupBy(x => x.Category).ToDictionary(g => g.Key, g => g.Select(x => byName.GetValueOrDefault(x.Name)).OfType<Supplier>().ToArray());
        return new StockReference(storeList, supplierList, of);
    }

    /// <summary>The articles, each with one or two suppliers' prices (the first preferred).</summary>
    internal List<(Item Item, CatalogueItem Source, ItemSupplier? Offer)> AddItems(StockReference reference, IEnumerable<CatalogueItem> catalogue, Guid organisationId, Random random)
    {
        var made = new List<(Item Item, CatalogueItem Source, ItemSupplier? Offer)>();
        foreach (var source in catalogue)
        {
            var item = new Item
            {
                OrganisationId = organisationId, Reference = source.Reference, Label = source.Label, Unit = source.Unit, Category = source.Category,
                Version = 1, UpdatedAtUtc = clock.UtcNow, UpdatedBy = Storekeeper,
            };
            var sellers = reference.SuppliersOf.GetValueOrDefault(source.Category) ?? [];
            ItemSupplier? first = null;
            for (var i = 0; i < sellers.Length && i < 1 + random.Next(2); i++)
            {
                var offer = new ItemSupplier
                {
                    OrganisationId = organisationId, ItemId = item.Id, SupplierId = sellers[i].Id, Preferred = i == 0,
                    SupplierReference = $"{sellers[i].Name[..3].ToUpperInvariant()}-{random.Next(100000, 999999)}",
                    UnitPrice = Position.Cost(source.Price * (1 + (0.05m * i))),
                };
                item.Suppliers.Add(offer);
                first ??= offer;
            }

            made.Add((item, source, first));
        }

        db.Items.AddRange(made.Select(m => m.Item));
        return made;
    }

    /// <summary>Fleet parts in the workshop's store, the rest in the central store; protective equipment and hardware in both.</summary>
    internal static IEnumerable<StockedItem> Stock(StockReference reference, IEnumerable<(Item Item, CatalogueItem Source, ItemSupplier? Offer)> items)
    {
        var central = reference.Stores.FirstOrDefault(s => s.Kind is StoreKind.Central or StoreKind.Depot) ?? reference.Stores[0];
        var workshop = reference.Stores.FirstOrDefault(s => s.Kind == StoreKind.Workshop);
        var index = 0;
        foreach (var (item, source, offer) in items)
        {
            var price = offer?.UnitPrice ?? source.Price;
            var home = workshop is not null && item.Category == ItemCategory.FleetParts ? workshop : central;
            yield return new StockedItem(home.Id, item.Id, item.Unit, item.Category, price, offer?.SupplierId, source.Aisle);
            if (workshop is not null && home != workshop && item.Category is ItemCategory.Safety or ItemCategory.Hardware && index++ % 3 == 0)
            {
                yield return new StockedItem(workshop.Id, item.Id, item.Unit, item.Category, price, offer?.SupplierId, $"W-{source.Aisle}");
            }
        }
    }

    /// <summary>Today's work, through the live ledger: transfers to the workshop, orders to suppliers (one partly delivered), a count validated.</summary>
    private async Task LiveDayAsync(StockReference reference, CancellationToken cancellationToken)
    {
        var by = new Poster(null, Storekeeper);
        var (balances, items) = (db.Balances, db.Items);
        var central = reference.Stores.First(s => s.Kind == StoreKind.Central);
        var workshop = reference.Stores.First(s => s.Kind == StoreKind.Workshop);
        var shared = await balances.AsNoTracking().Where(b => b.StoreId == workshop.Id && b.Location != null && b.Location.StartsWith("W-"))
            .OrderBy(b => b.Location).Select(b => b.ItemId).Take(3).ToListAsync(cancellationToken);
        foreach (var itemId in shared)
        {
            var onHand = await balances.Where(b => b.StoreId == central.Id && b.ItemId == itemId).Select(b => b.Quantity).FirstAsync(cancellationToken);
            if (onHand >= 2)
            {
                await ledger.PostAsync(
                    [
                        new Posting(central.Id, itemId, MovementKind.TransferOut, 2) { OtherStoreId = workshop.Id },
                        new Posting(workshop.Id, itemId, MovementKind.TransferIn, 2) { OtherStoreId = central.Id, AtPreviousUnitCost = true },
                    ], cancellationToken, by);
            }
        }

        var groups = (await Reorder.ReorderList.ForAsync(db, null, cancellationToken)).Where(g => g.SupplierId is not null).Take(2).ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var (order, _) = await purchases.CreateAsync(
                group.SupplierId!.Value, group.StoreId, [.. group.Rows.Select(r => new OrderLine(r.ItemId, r.Suggested, r.UnitPrice ?? 1m))],
                Storekeeper, "Commande de réassort", cancellationToken);
            if (order is not null && g == 0)
            {
                // The first order came in part: half its lines delivered, the rest still to come.
                var half = order.Lines.Take(Math.Max(1, order.Lines.Count / 2)).ToDictionary(l => l.Id, l => l.Quantity);
                await purchases.ReceiveAsync(order.Id, half, "BL-20417", by, cancellationToken);
            }
        }

        var zone = await balances.AsNoTracking().Where(b => b.StoreId == central.Id && b.Location != null)
            .OrderBy(b => b.Location).Select(b => b.Location!.Substring(0, 4)).FirstOrDefaultAsync(cancellationToken);
        var opened = await counts.OpenAsync(central.Id, zone, cancellationToken, by);
        if (opened.Count is { } count)
        {
            var book = await balances.AsNoTracking().Where(b => b.FrozenByCountId == count.Id).ToDictionaryAsync(b => b.ItemId, b => b.Quantity, cancellationToken);
            var found = count.Lines.Select((l, i) => (l.Id, Counted: Math.Max(0, book.GetValueOrDefault(l.ItemId) + (i % 7 == 3 ? -1 : i % 11 == 5 ? 1 : 0))))
                .ToDictionary(x => x.Id, x => x.Counted);
            await counts.EnterAsync(count.Id, found, cancellationToken, by);
            var entered = await db.Counts.AsNoTracking().Include(c => c.Lines).FirstAsync(c => c.Id == count.Id, cancellationToken);
            await counts.ValidateAsync(count.Id, CountBook.LastEntry(entered), cancellationToken, by);
        }
    }

    private sealed record SupplierName(string Name, string Account, string Email, ItemCategory[] Categories);

    private static readonly SupplierName[] SupplierNames =
    [
        new("Sanitaire Bourgogne Négoce", "F000412", "commandes@sanitaire-bourgogne.example", [ItemCategory.Plumbing]),
        new("Comptoir Hydraulique du Val", "F000587", "ventes@comptoir-hydraulique.example", [ItemCategory.Plumbing]),
        new("Électro-Distribution Saône", "F000233", "pro@electro-saone.example", [ItemCategory.Electricity]),
        new("Lumière et Réseaux", "F000871", "commandes@lumiere-reseaux.example", [ItemCategory.Electricity]),
        new("Pièces Auto de la Brune", "F000120", "atelier@pieces-brune.example", [ItemCategory.FleetParts]),
        new("Équipement Poids Lourds Centre-Est", "F000964", "cde@eplce.example", [ItemCategory.FleetParts]),
        new("Jardin Pro Services", "F000348", "collectivites@jardinpro.example", [ItemCategory.GreenSpaces]),
        new("Horti-Fournitures de l'Est", "F000702", "ventes@horti-est.example", [ItemCategory.GreenSpaces]),
        new("Quincaillerie Générale Valbrunoise", "F000055", "contact@qgv.example", [ItemCategory.Hardware, ItemCategory.Safety]),
        new("Protection Travail Sud-Bourgogne", "F000691", "commandes@ptsb.example", [ItemCategory.Safety, ItemCategory.Hardware]),
    ];
}
