using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Movements;

/// <summary>
/// The storekeeper's forms that write to the ledger: a delivery received, consumables issued to a cost
/// centre, a transfer between stores, an adjustment with its reason. Each is one posting (two for a
/// transfer) through <see cref="StockLedger"/>; a refusal is shown on the form with what is available.
/// </summary>
[Authorize(Roles = StockUrls.Keepers)]
public sealed class MovementsController(DbContext db, IStringLocalizer<Text> text) : Controller
{
    private StockLedger Ledger => HttpContext.RequestServices.GetRequiredService<StockLedger>();

    [HttpGet("stock/receipts/new")]
    public async Task<IActionResult> Receipt(Guid? store, Guid? item, Guid? supplier, string? note, CancellationToken cancellationToken)
    {
        var form = new ReceiptForm { StoreId = store, SupplierId = supplier, DeliveryNote = note };
        await PrefillAsync(form, item, cancellationToken);
        if (form.ItemReference is not null && item is { } id)
        {
            // The last price paid to this supplier (or the catalogue's) as a starting point.
            var offers = db.ItemSuppliers;
            var price = await offers.Where(o => o.ItemId == id && (supplier == null || o.SupplierId == supplier)).OrderByDescending(o => o.Preferred)
                .Select(o => (decimal?)o.UnitPrice).FirstOrDefaultAsync(cancellationToken);
            form.UnitPrice = price is { } p ? Typed.Field(p) : null;
        }

        return View("Receipt", await PageAsync(form, cancellationToken));
    }

    [HttpPost("stock/receipts/new")]
    public async Task<IActionResult> Receipt(ReceiptForm form, CancellationToken cancellationToken)
    {
        var (item, quantity) = await ReadAsync(form, cancellationToken);
        var price = Typed.Read(form.UnitPrice);
        if (!string.IsNullOrWhiteSpace(form.UnitPrice) && price is not > 0)
        {
            ModelState.AddModelError(nameof(form.UnitPrice), text["The unit price must be more than 0."]);
        }

        if (form.SupplierId is { } supplier && !await db.Suppliers.AnyAsync(s => s.Id == supplier, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.SupplierId), text["Choose a supplier from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Receipt", await PageAsync(form, cancellationToken, item));
        }

        var result = await Ledger.PostAsync(
            [Posting.Receipt(form.StoreId!.Value, item!.Id, quantity!.Value, price!.Value) with { SupplierId = form.SupplierId, DeliveryNote = form.DeliveryNote }],
            cancellationToken);
        if (!Accepted(result))
        {
            return View("Receipt", await PageAsync(form, cancellationToken, item));
        }

        var m = result.Movements[0];
        TempData["Flash"] = text["Received: {0} {1} of {2} at {3}. Stock {4} {1}, CUMP {5}.", Units.Show(m.Quantity), item.Unit, item.Reference, Typed.Cost(m.UnitCost), Units.Show(m.QuantityAfter), Typed.Cost(m.CumpAfter)].Value;

        // The next line of the same delivery: same store, supplier and delivery note.
        return Redirect($"/stock/receipts/new?store={form.StoreId}&supplier={form.SupplierId}&note={Uri.EscapeDataString(form.DeliveryNote ?? string.Empty)}");
    }

    [HttpGet("stock/issues/new")]
    public async Task<IActionResult> Issue(Guid? store, Guid? item, CancellationToken cancellationToken)
    {
        var form = new IssueForm { StoreId = store };
        await PrefillAsync(form, item, cancellationToken);
        return View("Issue", await PageAsync(form, cancellationToken));
    }

    [HttpPost("stock/issues/new")]
    public async Task<IActionResult> Issue(IssueForm form, CancellationToken cancellationToken)
    {
        var (item, quantity) = await ReadAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Issue", await PageAsync(form, cancellationToken, item));
        }

        var result = await Ledger.PostAsync(
            [Posting.Issue(form.StoreId!.Value, item!.Id, quantity!.Value) with { CostCentre = form.CostCentre!.Trim().ToUpperInvariant(), Reason = form.Note }], cancellationToken);
        if (!Accepted(result))
        {
            return View("Issue", await PageAsync(form, cancellationToken, item));
        }

        var m = result.Movements[0];
        TempData["Flash"] = text["Issued: {0} {1} of {2} at {3}, {4} charged to {5}.", Units.Show(-m.Quantity), item.Unit, item.Reference, Typed.Cost(m.UnitCost), Typed.Money(-m.Amount), m.CostCentre!].Value;
        return Redirect(StockUrls.Item(item.Id));
    }

    [HttpGet("stock/transfers/new")]
    public async Task<IActionResult> Transfer(Guid? store, Guid? item, CancellationToken cancellationToken)
    {
        var form = new TransferForm { StoreId = store };
        await PrefillAsync(form, item, cancellationToken);
        return View("Transfer", await PageAsync(form, cancellationToken));
    }

    [HttpPost("stock/transfers/new")]
    public async Task<IActionResult> Transfer(TransferForm form, CancellationToken cancellationToken)
    {
        var (item, quantity) = await ReadAsync(form, cancellationToken);
        if (form.ToStoreId is { } to && to == form.StoreId)
        {
            ModelState.AddModelError(nameof(form.ToStoreId), text["Choose another store to transfer to."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Transfer", await PageAsync(form, cancellationToken, item));
        }

        var (from, into) = (form.StoreId!.Value, form.ToStoreId!.Value);
        var result = await Ledger.PostAsync(
            [
                new Posting(from, item!.Id, MovementKind.TransferOut, quantity!.Value) { OtherStoreId = into },
                new Posting(into, item.Id, MovementKind.TransferIn, quantity.Value) { OtherStoreId = from, AtPreviousUnitCost = true },
            ], cancellationToken);
        if (!Accepted(result))
        {
            return View("Transfer", await PageAsync(form, cancellationToken, item));
        }

        TempData["Flash"] = text["Transferred: {0} {1} of {2} at {3}.", Units.Show(quantity.Value), item.Unit, item.Reference, Typed.Cost(result.Movements[0].UnitCost)].Value;
        return Redirect(StockUrls.Item(item.Id));
    }

    [HttpGet("stock/adjustments/new")]
    public async Task<IActionResult> Adjustment(Guid? store, Guid? item, CancellationToken cancellationToken)
    {
        var form = new AdjustmentForm { StoreId = store };
        await PrefillAsync(form, item, cancellationToken);
        return View("Adjustment", await PageAsync(form, cancellationToken));
    }

    [HttpPost("stock/adjustments/new")]
    public async Task<IActionResult> Adjustment(AdjustmentForm form, CancellationToken cancellationToken)
    {
        var (item, quantity) = await ReadAsync(form, cancellationToken);
        if (string.IsNullOrWhiteSpace(form.Reason))
        {
            ModelState.Remove(nameof(form.Reason));
            ModelState.AddModelError(nameof(form.Reason), text["Give the reason for the adjustment."]);
        }

        var unitCost = Typed.Read(form.UnitCost);
        if (!string.IsNullOrWhiteSpace(form.UnitCost) && unitCost is not > 0)
        {
            ModelState.AddModelError(nameof(form.UnitCost), text["The unit price must be more than 0."]);
        }

        if (ModelState.IsValid && form.Direction == AdjustmentDirection.In && item!.Cump == 0 && unitCost is null)
        {
            ModelState.AddModelError(nameof(form.UnitCost), text["This item has never been valued in this store: give its unit cost."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Adjustment", await PageAsync(form, cancellationToken, item));
        }

        var posting = new Posting(form.StoreId!.Value, item!.Id, MovementKind.Adjustment, quantity!.Value)
        {
            Outbound = form.Direction == AdjustmentDirection.Out, Reason = form.Reason, UnitCost = form.Direction == AdjustmentDirection.In && item.Cump == 0 ? unitCost : null,
        };
        var result = await Ledger.PostAsync([posting], cancellationToken);
        if (!Accepted(result))
        {
            return View("Adjustment", await PageAsync(form, cancellationToken, item));
        }

        var m = result.Movements[0];
        TempData["Flash"] = text["Adjusted: {0} {1} of {2} ({3}). Stock {4} {1}.", (m.Quantity > 0 ? "+" : string.Empty) + Units.Show(m.Quantity), item.Unit, item.Reference, Typed.Money(m.Amount), Units.Show(m.QuantityAfter)].Value;
        return Redirect(StockUrls.Item(item.Id));
    }

    /// <summary>True when posted; otherwise the refusal is put on the field it is about (or over the form).</summary>
    private bool Accepted(LedgerResult result)
    {
        if (result.Refusal is not { } refusal)
        {
            return true;
        }

        var field = refusal.Field switch
        {
            "ItemId" => nameof(MovementForm.ItemReference),
            "Unit" or "Quantity" => nameof(MovementForm.Quantity),
            "StoreId" => nameof(MovementForm.StoreId),
            "Reason" => nameof(AdjustmentForm.Reason),
            "UnitPrice" => nameof(ReceiptForm.UnitPrice),
            _ => string.Empty,
        };
        ModelState.AddModelError(field, text.Say(refusal));
        return false;
    }

    private async Task PrefillAsync(MovementForm form, Guid? item, CancellationToken cancellationToken)
    {
        if (item is { } id)
        {
            var items = db.Items;
            form.ItemReference = await items.Where(i => i.Id == id).Select(i => i.Reference).FirstOrDefaultAsync(cancellationToken);
        }
    }

    /// <summary>The item the reference names (with its stock in the chosen store) and the quantity, checked against its unit.</summary>
    private async Task<(ItemHint? Item, decimal? Quantity)> ReadAsync(MovementForm form, CancellationToken cancellationToken)
    {
        var item = await HintAsync(form, cancellationToken);
        if (!string.IsNullOrWhiteSpace(form.ItemReference) && item is null)
        {
            ModelState.AddModelError(nameof(form.ItemReference), text["No item has this reference."]);
        }

        var quantity = Typed.Read(form.Quantity);
        if (!string.IsNullOrWhiteSpace(form.Quantity))
        {
            if (quantity is null)
            {
                ModelState.AddModelError(nameof(form.Quantity), text["Enter a number, for example 1,5."]);
            }
            else if (item is not null && Units.Problem(quantity.Value, item.Unit) is { } problem)
            {
                ModelState.AddModelError(nameof(form.Quantity), text[problem]);
            }
        }

        if (form.StoreId is { } store && !await db.Stores.AnyAsync(s => s.Id == store && s.IsActive, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.StoreId), text["This store is closed or does not exist."]);
        }

        return (item, quantity);
    }

    private async Task<ItemHint?> HintAsync(MovementForm form, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.ItemReference))
        {
            return null;
        }

        var (items, balances) = (db.Items, db.Balances);
        var reference = form.ItemReference.Trim().ToUpperInvariant();
        var store = form.StoreId ?? Guid.Empty;
        return await items.AsNoTracking().Where(i => i.Reference == reference)
            .Select(i => new ItemHint(
                i.Id, i.Reference, i.Label, i.Unit,
                balances.Where(b => b.ItemId == i.Id && b.StoreId == store).Select(b => b.Quantity).FirstOrDefault(),
                balances.Where(b => b.ItemId == i.Id && b.StoreId == store).Select(b => b.Quantity - b.Reserved).FirstOrDefault(),
                balances.Where(b => b.ItemId == i.Id && b.StoreId == store).Select(b => b.Cump).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<MovementPage<TForm>> PageAsync<TForm>(TForm form, CancellationToken cancellationToken, ItemHint? item = null)
        where TForm : MovementForm
    {
        var (stores, suppliers) = (db.Stores, db.Suppliers);
        var storeList = await stores.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Kind).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        form.StoreId ??= storeList.FirstOrDefault()?.Id;
        return new MovementPage<TForm>(
            form, storeList, await suppliers.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).ToListAsync(cancellationToken),
            item ?? await HintAsync(form, cancellationToken));
    }
}
