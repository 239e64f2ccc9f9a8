using Cmms.Kernel.Parts;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Cmms.Stock.Reservations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Parts;

/// <summary>
/// What Works asks of the stock for a work order: the stores, the items with what is available, issues at
/// CUMP, returns at the issue's cost, reservations. Writes go through the ledger, in the caller's
/// transaction when one is open.
/// </summary>
internal sealed class PartsStock(DbContext db, StockLedger ledger, ReservationBook book, IStringLocalizer<Text> text) : IPartsStock
{
    public async Task<IReadOnlyList<PartsStore>> StoresAsync(CancellationToken cancellationToken)
    {
        var stores = db.Stores;
        return await stores.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Kind).ThenBy(s => s.Name)
            .Select(s => new PartsStore(s.Id, s.Code, s.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PartsItem>> SearchAsync(Guid storeId, string? text, int take, CancellationToken cancellationToken)
    {
        var (balances, items) = (db.Balances, db.Items);
        var query = balances.AsNoTracking().Where(b => b.StoreId == storeId)
            .Join(items.Where(i => i.IsActive), b => b.ItemId, i => i.Id, (b, i) => new { b, i });
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim().ToLowerInvariant()}%";
            query = query.Where(x => EF.Functions.Like(x.i.Reference.ToLower(), pattern) || EF.Functions.Like(x.i.Label.ToLower(), pattern));
        }

        return await query.OrderBy(x => x.i.Label).Take(Math.Clamp(take, 1, 100))
            .Select(x => new PartsItem(x.b.StoreId, x.i.Id, x.i.Reference, x.i.Label, x.i.Unit, x.b.Quantity, x.b.Reserved, x.b.Quantity - x.b.Reserved, x.b.Cump))
            .ToListAsync(cancellationToken);
    }

    public async Task<PartsResult> IssueAsync(PartsIssue issue, CancellationToken cancellationToken)
    {
        var posting = Posting.Issue(issue.StoreId, issue.ItemId, issue.Quantity) with { WorkOrderId = issue.WorkOrderId, WorkOrderNumber = issue.WorkOrderNumber };
        var result = await ledger.PostAsync([posting], cancellationToken, new Poster(issue.By.UserId, issue.By.Name));
        return await AnswerAsync(result, cancellationToken);
    }

    public async Task<PartsResult> ReturnAsync(Guid issueMovementId, decimal quantity, PartsActor by, CancellationToken cancellationToken)
    {
        var movements = db.Movements;
        var issue = await movements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == issueMovementId && m.Kind == MovementKind.Issue, cancellationToken);
        if (issue is null)
        {
            return PartsResult.Refused(new PartsRefusal(text["This issue does not exist."]));
        }

        var posting = new Posting(issue.StoreId, issue.ItemId, MovementKind.Return, quantity)
        {
            UnitCost = issue.UnitCost, RelatedMovementId = issue.Id, WorkOrderId = issue.WorkOrderId, WorkOrderNumber = issue.WorkOrderNumber, CostCentre = issue.CostCentre,
        };
        var result = await ledger.PostAsync([posting], cancellationToken, new Poster(by.UserId, by.Name), (_, _) => Returns.CheckAsync(db, issue, quantity, cancellationToken));
        return await AnswerAsync(result, cancellationToken);
    }

    public async Task<PartsReserved> ReserveAsync(
        Guid storeId, Guid itemId, decimal quantity, Guid workOrderId, string workOrderNumber, PartsActor by, CancellationToken cancellationToken)
    {
        var reserved = await book.ReserveAsync(storeId, itemId, quantity, workOrderId, workOrderNumber, new Poster(by.UserId, by.Name), cancellationToken);
        if (reserved.Refusal is { } refusal)
        {
            return new PartsReserved(null, 0, new PartsRefusal(text.Say(refusal), refusal.Available, refusal.Unit));
        }

        var row = (await ReservationsAsync(workOrderId, cancellationToken)).First(r => r.Id == reserved.Reservation!.Id);
        return new PartsReserved(row, reserved.Shortfall, null);
    }

    public Task ReleaseReservationsAsync(Guid workOrderId, CancellationToken cancellationToken) => book.ReleaseAsync(workOrderId, cancellationToken);

    public async Task<IReadOnlyList<PartsReservation>> ReservationsAsync(Guid workOrderId, CancellationToken cancellationToken)
    {
        var (reservations, stores, items) = (db.Reservations, db.Stores, db.Items);
        var rows = await reservations.AsNoTracking().Where(r => r.WorkOrderId == workOrderId)
            .Join(stores, r => r.StoreId, s => s.Id, (r, s) => new { r, Store = s.Name })
            .Join(items, x => x.r.ItemId, i => i.Id, (x, i) => new { x.r, x.Store, i.Reference, i.Label, i.Unit })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(x => x.r.State != ReservationState.Open).ThenBy(x => x.r.CreatedAtUtc)
            .Select(x => new PartsReservation(x.r.Id, x.r.StoreId, x.Store, x.r.ItemId, x.Reference, x.Label, x.Unit, x.r.Quantity, x.r.Issued, x.r.Remaining, x.r.State == ReservationState.Open))];
    }

    private async Task<PartsResult> AnswerAsync(LedgerResult result, CancellationToken cancellationToken)
    {
        if (result.Refusal is { } refusal)
        {
            return PartsResult.Refused(new PartsRefusal(text.Say(refusal), refusal.Available, refusal.Unit));
        }

        var movement = result.Movements[0];
        var (stores, items) = (db.Stores, db.Items);
        var (storeId, itemId) = (movement.StoreId, movement.ItemId);
        var item = await items.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { i.Reference, i.Label, i.Unit, Store = stores.Where(s => s.Id == storeId).Select(s => s.Name).First() })
            .FirstAsync(cancellationToken);

        // The work order counts what it used: an issue is a positive quantity, a return a negative one.
        return PartsResult.Done(new PartsLine(
            movement.Id, storeId, item.Store, itemId, item.Reference, item.Label, item.Unit,
            -movement.Quantity, movement.UnitCost, -movement.Amount, movement.PostedAtUtc));
    }
}

/// <summary>A return brings back no more than its issue took out, less what came back already.</summary>
internal static class Returns
{
    public static async Task<LedgerRefusal?> CheckAsync(DbContext db, Movement issue, decimal quantity, CancellationToken cancellationToken)
    {
        var movements = db.Movements;
        var issueId = issue.Id;
        var returned = await movements.AsNoTracking().Where(m => m.RelatedMovementId == issueId && m.Kind == MovementKind.Return)
            .Select(m => m.Quantity).ToListAsync(cancellationToken);
        var left = -issue.Quantity - returned.Sum();
        return quantity > left
            ? new LedgerRefusal(0, "Quantity", "At most {0} can come back from this issue.", [Units.Show(left)], left)
            : null;
    }
}
