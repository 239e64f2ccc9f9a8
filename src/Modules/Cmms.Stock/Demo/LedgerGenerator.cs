using Cmms.Stock.Items;
using Cmms.Stock.Ledger;

namespace Cmms.Stock.Demo;

/// <summary>An item as the generator keeps it in one store: its settings and the price it is bought at.</summary>
internal sealed record StockedItem(Guid StoreId, Guid ItemId, string Unit, ItemCategory Category, decimal Price, Guid? SupplierId, string Location);

/// <summary>
/// A store's history of an item, as the ledger would have written it: receipts at prices that drift, issues
/// to the services' cost centres, a few returns and breakages, and a reorder whenever the stock falls under
/// its reorder point. Every line is valued by <see cref="Position"/>, so the balances it ends on are the
/// ledger's running totals exactly, as the live ledger would have left them.
/// </summary>
internal sealed class LedgerGenerator(Random random, Guid organisationId, string byName)
{
    public List<Movement> Movements { get; } = [];

    public List<Balance> Balances { get; } = [];

    public static string CostCentre(ItemCategory category) => category switch
    {
        ItemCategory.FleetParts => "ATELIER",
        ItemCategory.GreenSpaces => "ESPACES-VERTS",
        ItemCategory.Electricity => "ECLAIRAGE",
        _ => "BATIMENTS",
    };

    public void Flush()
    {
        Movements.Clear();
        Balances.Clear();
    }

    /// <summary>About <paramref name="lines"/> movements between <paramref name="fromUtc"/> and <paramref name="toUtc"/>.</summary>
    public void Generate(StockedItem stocked, DateTime fromUtc, DateTime toUtc, int lines)
    {
        var step = Units.Decimals(stocked.Unit) == 0 ? 1m : 0.5m;
        var scale = stocked.Unit == Units.Piece ? 1m : stocked.Unit == "m" || stocked.Unit == "l" ? 20m : 5m;
        var reorderPoint = Math.Round((2 + random.Next(0, 8)) * scale);
        var reorderQuantity = Math.Round(reorderPoint * (2 + random.Next(0, 3)));
        var balance = new Balance
        {
            OrganisationId = organisationId, StoreId = stocked.StoreId, ItemId = stocked.ItemId, Location = stocked.Location,
            ReorderPoint = reorderPoint, ReorderQuantity = reorderQuantity, SafetyStock = Math.Round(reorderPoint / 2), Version = 1,
            UpdatedAtUtc = fromUtc, UpdatedBy = byName,
        };
        var position = Position.Empty;
        var sequence = 0L;
        var at = fromUtc.AddMinutes(random.Next(0, 60 * 24 * 10));
        var gap = (toUtc - at).TotalMinutes / Math.Max(1, lines);
        var price = stocked.Price;
        Movement? lastIssue = null;

        Movement Add(MovementKind kind, decimal quantity, decimal unitCost, decimal amount, Position after)
        {
            var movement = new Movement
            {
                OrganisationId = organisationId, StoreId = stocked.StoreId, ItemId = stocked.ItemId, Sequence = ++sequence, Kind = kind, PostedAtUtc = at,
                Quantity = quantity, UnitCost = unitCost, Amount = amount, QuantityAfter = after.Quantity, ValueAfter = after.Value, CumpAfter = after.Cump,
                ByName = byName,
            };
            position = after;
            Movements.Add(movement);
            return movement;
        }

        void Receive(decimal quantity)
        {
            // Suppliers' prices drift over the year, a few per cent either way: the CUMP follows.
            price = Position.Cost(Math.Max(0.01m, price * (1 + ((decimal)random.Next(-40, 61) / 1000))));
            var (after, amount) = position.In(quantity, price);
            var receipt = Add(MovementKind.Receipt, quantity, price, amount, after);
            receipt.SupplierId = stocked.SupplierId;
            receipt.DeliveryNote = $"BL-{random.Next(10000, 99999)}";
        }

        Receive(reorderQuantity + reorderPoint);
        while (true)
        {
            at = at.AddMinutes(gap * (0.3 + (random.NextDouble() * 1.4)));
            if (at >= toUtc)
            {
                break;
            }

            var roll = random.Next(100);
            if (position.Quantity < reorderPoint)
            {
                Receive(reorderQuantity);
            }
            else if (roll < 3 && position.Quantity >= step)
            {
                var (after, unitCost, amount) = position.Out(step);
                Add(MovementKind.Adjustment, -step, unitCost, -amount, after).Reason = random.Next(2) == 0 ? "Casse" : "Article détérioré";
            }
            else if (roll < 6 && lastIssue is { } issue && -issue.Quantity >= step)
            {
                var (after, amount) = position.In(step, issue.UnitCost);
                var back = Add(MovementKind.Return, step, issue.UnitCost, amount, after);
                back.RelatedMovementId = issue.Id;
                back.CostCentre = issue.CostCentre;
                lastIssue = null;
            }
            else
            {
                var most = Math.Max(step, Math.Floor(reorderQuantity / 3 / step) * step);
                var quantity = Math.Min(position.Quantity, step * random.Next(1, (int)(most / step) + 1));
                if (quantity < step)
                {
                    continue;
                }

                var (after, unitCost, amount) = position.Out(quantity);
                lastIssue = Add(MovementKind.Issue, -quantity, unitCost, -amount, after);
                lastIssue.CostCentre = CostCentre(stocked.Category);
            }
        }

        balance.Quantity = position.Quantity;
        balance.Value = position.Value;
        balance.Cump = position.Cump;
        balance.Sequence = sequence;
        balance.LastPostedAtUtc = sequence > 0 ? Movements[^1].PostedAtUtc : null;
        balance.LedgerVersion = (int)sequence;
        Balances.Add(balance);
    }
}
