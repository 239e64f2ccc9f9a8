using Cmms.Kernel.Data;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Cmms.Stock.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Purchasing;

/// <summary>A line to order: the item, how much, at what price.</summary>
internal sealed record OrderLine(Guid ItemId, decimal Quantity, decimal UnitPrice);

/// <summary>
/// Makes purchase orders and receives deliveries against them. A delivery posts one receipt per line at
/// the price ordered, and adds to each line's received quantity in the same transaction: partial
/// deliveries are the rule, more than what is outstanding is refused.
/// </summary>
internal sealed class PurchaseBook(DbContext db, LedgerWrites writes, StockLedger ledger, IClock clock)
{
    public Task<(PurchaseOrder? Order, LedgerRefusal? Refusal)> CreateAsync(
        Guid supplierId, Guid storeId, IReadOnlyList<OrderLine> lines, string orderedBy, string? note, CancellationToken cancellationToken) =>
        writes.RunAsync<(PurchaseOrder?, LedgerRefusal?)>(async touched =>
        {
            var (suppliers, stores, items) = (db.Suppliers, db.Stores, db.Items);
            if (!await suppliers.AnyAsync(s => s.Id == supplierId && s.IsActive, cancellationToken))
            {
                return (null, new LedgerRefusal(0, "SupplierId", "Choose a supplier from the list.", []));
            }

            if (!await stores.AnyAsync(s => s.Id == storeId && s.IsActive, cancellationToken))
            {
                return (null, new LedgerRefusal(0, "StoreId", "This store is closed or does not exist.", []));
            }

            if (lines.Count == 0)
            {
                return (null, new LedgerRefusal(0, "Lines", "Add at least one line.", []));
            }

            var ids = lines.Select(l => l.ItemId).Distinct().ToList();
            var units = await items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Unit, cancellationToken);
            for (var i = 0; i < lines.Count; i++)
            {
                if (!units.TryGetValue(lines[i].ItemId, out var unit))
                {
                    return (null, new LedgerRefusal(i, "ItemId", "This item does not exist.", []));
                }

                if (Units.Problem(lines[i].Quantity, unit) is { } problem)
                {
                    return (null, new LedgerRefusal(i, "Quantity", problem, []));
                }

                if (lines[i].UnitPrice <= 0)
                {
                    return (null, new LedgerRefusal(i, "UnitPrice", "The unit price must be more than 0.", []));
                }
            }

            var now = clock.UtcNow;
            var organisationId = await stores.Where(s => s.Id == storeId).Select(s => s.OrganisationId).FirstAsync(cancellationToken);
            var order = new PurchaseOrder
            {
                Number = await Numbers.NextAsync(db, organisationId, Numbers.PurchaseOrders, YearlyNumbers.YearOf(now), cancellationToken),
                SupplierId = supplierId, StoreId = storeId, Status = PurchaseOrderStatus.Ordered, OrderedAtUtc = now, OrderedBy = orderedBy,
                Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            };
            order.Lines.AddRange(lines.Select((l, i) => new PurchaseOrderLine
            {
                PurchaseOrderId = order.Id, Position = i + 1, ItemId = l.ItemId, Quantity = l.Quantity, UnitPrice = Position.Cost(l.UnitPrice),
            }));
            db.PurchaseOrders.Add(order);
            touched.Add(order);
            touched.AddRange(order.Lines);
            await db.SaveChangesAsync(cancellationToken);
            return (order, null);
        }, r => r.Item2 is null, cancellationToken);

    /// <summary>Receives <paramref name="received"/> (line id → quantity delivered now) with the supplier's delivery note.</summary>
    public async Task<LedgerResult> ReceiveAsync(Guid orderId, IReadOnlyDictionary<Guid, decimal> received, string? deliveryNote, Poster? by, CancellationToken cancellationToken)
    {
        var orders = db.PurchaseOrders;
        var order = await orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null || !PurchaseOrder.IsOpen(order.Status))
        {
            return new LedgerResult([], new LedgerRefusal(0, string.Empty, "This purchase order is closed: nothing more can be received on it.", []));
        }

        var lines = order.Lines.OrderBy(l => l.Position).Where(l => received.GetValueOrDefault(l.Id) > 0).ToList();
        if (lines.Count == 0)
        {
            return new LedgerResult([], new LedgerRefusal(0, string.Empty, "Enter the quantity delivered on at least one line.", []));
        }

        var postings = lines.Select(l => Posting.Receipt(order.StoreId, l.ItemId, received[l.Id], l.UnitPrice) with
        {
            SupplierId = order.SupplierId, DeliveryNote = deliveryNote, PurchaseOrderLineId = l.Id,
        }).ToList();
        return await ledger.PostAsync(postings, cancellationToken, by, async (_, touched) =>
        {
            // Read again inside the transaction: two people receiving the same delivery cannot both add it.
            var tracked = await orders.Include(o => o.Lines).FirstAsync(o => o.Id == orderId, cancellationToken);
            touched.Add(tracked);
            touched.AddRange(tracked.Lines);
            if (!PurchaseOrder.IsOpen(tracked.Status))
            {
                return new LedgerRefusal(0, string.Empty, "This purchase order is closed: nothing more can be received on it.", []);
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var line = tracked.Lines.First(l => l.Id == lines[i].Id);
                var quantity = received[line.Id];
                if (quantity > line.Outstanding)
                {
                    return new LedgerRefusal(i, $"Received[{line.Id}]", "At most {0} still to receive on this line.", [Units.Show(line.Outstanding)], line.Outstanding);
                }

                line.Received += quantity;
            }

            tracked.Follow();
            db.Entry(tracked).State = EntityState.Modified;
            return null;
        });
    }

    /// <summary>Closes what is left to come: the order stays with what was received.</summary>
    public async Task<bool> CancelAsync(Guid orderId, int version, CancellationToken cancellationToken)
    {
        var order = await db.PurchaseOrders.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null || !PurchaseOrder.IsOpen(order.Status))
        {
            return false;
        }

        order.Status = PurchaseOrderStatus.Cancelled;
        return await db.TrySaveAsync(order, version, cancellationToken) is null;
    }
}
