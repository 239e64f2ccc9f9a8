using Cmms.Kernel.Web;
using Cmms.Stock.Ledger;
using Cmms.Stock.Reorder;
using Cmms.Stock.Reservations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Items;

/// <summary>
/// The catalogue and what each store holds: the list (by store, with what is on hand, reserved and worth),
/// an item's card (its stores, its last fifty movements, its reservations), the item form and the settings
/// of an item in a store (location, reorder point and quantity, safety stock).
/// </summary>
[Authorize(Roles = StockUrls.Keepers), Route("stock/items")]
public sealed class ItemsController(DbContext db, IStringLocalizer<Text> text) : Controller
{
    private const int CardMovements = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? store, string? q, ItemCategory? category, bool reorder = false, int page = 1, CancellationToken cancellationToken = default)
    {
        var (stores, items, balances) = (db.Stores, db.Items, db.Balances);
        var storeList = await stores.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var filter = new ItemFilter(store ?? storeList.FirstOrDefault(s => s.IsActive)?.Id, q, category, reorder, Math.Max(1, page));
        var paging = new PageRequest(filter.Page);
        var rows = balances.AsNoTracking().Where(b => b.StoreId == filter.Store).Join(items, b => b.ItemId, i => i.Id, (b, i) => new { b, i });
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q.Trim().ToLowerInvariant()}%";
            rows = rows.Where(x => EF.Functions.Like(x.i.Reference.ToLower(), pattern) || EF.Functions.Like(x.i.Label.ToLower(), pattern));
        }

        if (category is { } wanted)
        {
            rows = rows.Where(x => x.i.Category == wanted);
        }

        if (reorder)
        {
            // Candidates only: what is on order is weighed in the reorder list itself.
            rows = rows.Where(x => x.b.ReorderPoint > 0 && x.b.Quantity - x.b.Reserved < x.b.ReorderPoint);
        }

        var total = await rows.CountAsync(cancellationToken);
        var list = await rows.OrderBy(x => x.i.Reference).Skip(paging.Skip).Take(paging.PageSize)
            .Select(x => new ItemRow(
                x.i.Id, x.i.Reference, x.i.Label, x.i.Category, x.i.Unit, x.i.IsActive, x.b.Location, x.b.Quantity, x.b.Reserved, x.b.Cump, x.b.Value,
                x.b.ReorderPoint > 0 && x.b.Quantity - x.b.Reserved < x.b.ReorderPoint, x.b.FrozenByCountId != null))
            .ToListAsync(cancellationToken);
        return View(new ItemList(filter, new Paged<ItemRow>(list, paging.Page, paging.PageSize, total), storeList));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Card(Guid id, CancellationToken cancellationToken)
    {
        var card = await CardAsync(id, cancellationToken);
        return card is null ? NotFound() : View("Card", card);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("Edit", await EditPageAsync(new ItemForm(), false, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> New(ItemForm form, CancellationToken cancellationToken)
    {
        var offers = await ValidateAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await EditPageAsync(form, false, cancellationToken));
        }

        var item = new Item { Reference = string.Empty, Label = string.Empty, Unit = form.Unit };
        Apply(form, item, offers);
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The item has been created: say in which store it is kept."].Value;
        return Redirect(StockUrls.Item(item.Id));
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().Include(i => i.Suppliers).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return item is null ? NotFound() : View("Edit", await EditPageAsync(ItemForm.From(item), await MovedAsync(id, cancellationToken), cancellationToken));
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, ItemForm form, CancellationToken cancellationToken)
    {
        var item = await db.Items.Include(i => i.Suppliers).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        form.Id = id;
        var moved = await MovedAsync(id, cancellationToken);
        if (moved && form.Unit != item.Unit)
        {
            ModelState.AddModelError(nameof(form.Unit), text["Units cannot be mixed: this item has moved in {0}, its unit stays.", item.Unit]);
        }

        var offers = await ValidateAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await EditPageAsync(form, moved, cancellationToken));
        }

        Apply(form, item, offers);
        if (await db.TrySaveAsync(item, form.Version, cancellationToken) is { } conflict)
        {
            await db.Entry(item).Collection(i => i.Suppliers).LoadAsync(cancellationToken);
            this.ConflictView("Edit", form, ItemForm.From(item), conflict);
            return View("Edit", await EditPageAsync(form, moved, cancellationToken));
        }

        TempData["Flash"] = text["The item has been saved."].Value;
        return Redirect(StockUrls.Item(id));
    }

    /// <summary>Keeps the item in one more store: its balance row, empty, with the settings given.</summary>
    [HttpPost("{id:guid}/stores")]
    public async Task<IActionResult> AddStore(Guid id, Guid storeId, CancellationToken cancellationToken)
    {
        var (items, stores, balances) = (db.Items, db.Stores, db.Balances);
        if (!await items.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (!await stores.AnyAsync(s => s.Id == storeId && s.IsActive, cancellationToken) || await balances.AnyAsync(b => b.ItemId == id && b.StoreId == storeId, cancellationToken))
        {
            TempData["FlashError"] = text["Choose a store that does not keep this item yet."].Value;
            return Redirect(StockUrls.Item(id));
        }

        balances.Add(new Balance { StoreId = storeId, ItemId = id });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone added it meanwhile: it is kept there now either way.
        }

        return Redirect($"/stock/items/{id}/stores/{storeId}");
    }

    [HttpGet("{id:guid}/stores/{storeId:guid}")]
    public async Task<IActionResult> Settings(Guid id, Guid storeId, CancellationToken cancellationToken)
    {
        var balance = await db.Balances.AsNoTracking().FirstOrDefaultAsync(b => b.ItemId == id && b.StoreId == storeId, cancellationToken);
        return balance is null ? NotFound() : View("Settings", await SettingsPageAsync(balance, StockSettingsForm.From(balance), cancellationToken));
    }

    [HttpPost("{id:guid}/stores/{storeId:guid}")]
    public async Task<IActionResult> Settings(Guid id, Guid storeId, StockSettingsForm form, CancellationToken cancellationToken)
    {
        var balance = await db.Balances.FirstOrDefaultAsync(b => b.ItemId == id && b.StoreId == storeId, cancellationToken);
        if (balance is null)
        {
            return NotFound();
        }

        var unit = await db.Items.Where(i => i.Id == id).Select(i => i.Unit).FirstAsync(cancellationToken);
        var point = Quantity(form.ReorderPoint, nameof(form.ReorderPoint), unit);
        var quantity = Quantity(form.ReorderQuantity, nameof(form.ReorderQuantity), unit);
        var safety = Quantity(form.SafetyStock, nameof(form.SafetyStock), unit);
        if (point > 0 && quantity == 0)
        {
            ModelState.AddModelError(nameof(form.ReorderQuantity), text["Give the quantity to order when the reorder point is reached."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Settings", await SettingsPageAsync(balance, form, cancellationToken));
        }

        // Only the settings: the running totals are the ledger's, moved by its own version, never by this form.
        balance.Location = string.IsNullOrWhiteSpace(form.Location) ? null : form.Location.Trim().ToUpperInvariant();
        balance.ReorderPoint = point;
        balance.ReorderQuantity = quantity;
        balance.SafetyStock = safety;
        var entry = db.Entry(balance);

        // Saved as a change of these columns even when none changed (the version still moves), never as a whole row.
        entry.Property(b => b.UpdatedAtUtc).IsModified = true;
        foreach (var running in new[] { nameof(Balance.Quantity), nameof(Balance.Value), nameof(Balance.Cump), nameof(Balance.Reserved), nameof(Balance.Sequence), nameof(Balance.LastPostedAtUtc), nameof(Balance.FrozenByCountId), nameof(Balance.LedgerVersion) })
        {
            entry.Property(running).IsModified = false;
        }

        if (await db.TrySaveAsync(balance, form.Version, cancellationToken) is { } conflict)
        {
            this.ConflictView("Settings", form, StockSettingsForm.From(balance), conflict);
            return View("Settings", await SettingsPageAsync(balance, form, cancellationToken));
        }

        TempData["Flash"] = text["The settings of the item in this store have been saved."].Value;
        return Redirect(StockUrls.Item(id));
    }

    private decimal Quantity(string? typed, string field, string unit)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return 0;
        }

        var value = Typed.Read(typed);
        if (value is null || value < 0 || (value > 0 && Units.Problem(value.Value, unit) is not null))
        {
            ModelState.AddModelError(field, text["Enter a quantity in {0}, 0 or more.", unit]);
            return 0;
        }

        return value.Value;
    }

    private async Task<StockSettingsPage> SettingsPageAsync(Balance balance, StockSettingsForm form, CancellationToken cancellationToken)
    {
        var (items, stores) = (db.Items, db.Stores);
        var (itemId, storeId) = (balance.ItemId, balance.StoreId);
        var item = await items.AsNoTracking().Where(i => i.Id == itemId).Select(i => new { i.Reference, i.Label, i.Unit }).FirstAsync(cancellationToken);
        var store = await stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.Name).FirstAsync(cancellationToken);
        return new StockSettingsPage(itemId, item.Reference, item.Label, item.Unit, storeId, store, form);
    }

    private async Task<bool> MovedAsync(Guid id, CancellationToken cancellationToken)
    {
        var movements = db.Movements;
        return await movements.AnyAsync(m => m.ItemId == id, cancellationToken);
    }

    private static void Apply(ItemForm form, Item item, List<ItemSupplier> offers)
    {
        item.Reference = form.Reference.Trim().ToUpperInvariant();
        item.Label = form.Label.Trim();
        item.Unit = form.Unit;
        item.Category = form.Category;
        item.Description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim();
        item.IsActive = form.IsActive;
        foreach (var gone in item.Suppliers.Where(s => offers.All(o => o.SupplierId != s.SupplierId)).ToList())
        {
            item.Suppliers.Remove(gone);
        }

        foreach (var offer in offers)
        {
            var kept = item.Suppliers.FirstOrDefault(s => s.SupplierId == offer.SupplierId);
            if (kept is null)
            {
                offer.ItemId = item.Id;
                item.Suppliers.Add(offer);
            }
            else
            {
                (kept.SupplierReference, kept.UnitPrice, kept.Preferred) = (offer.SupplierReference, offer.UnitPrice, offer.Preferred);
            }
        }
    }

    /// <summary>Checks the form; returns the supplier offers it makes (rows without a supplier are ignored).</summary>
    private async Task<List<ItemSupplier>> ValidateAsync(ItemForm form, Guid? id, CancellationToken cancellationToken)
    {
        var items = db.Items;
        var reference = (form.Reference ?? string.Empty).Trim().ToUpperInvariant();
        if (reference.Length > 0 && await items.AnyAsync(i => i.Reference == reference && i.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Reference), text["Another item already has this reference."]);
        }

        if (!Units.IsKnown(form.Unit))
        {
            ModelState.AddModelError(nameof(form.Unit), text["Choose a unit from the list."]);
        }

        var known = await db.Suppliers.Select(s => s.Id).ToListAsync(cancellationToken);
        var offers = new List<ItemSupplier>();
        for (var i = 0; i < form.Suppliers.Count; i++)
        {
            var line = form.Suppliers[i];
            if (line.SupplierId is not { } supplier)
            {
                continue;
            }

            var price = Typed.Read(line.UnitPrice);
            if (!known.Contains(supplier) || offers.Any(o => o.SupplierId == supplier))
            {
                ModelState.AddModelError($"Suppliers[{i}].SupplierId", text["Choose each supplier once, from the list."]);
            }
            else if (price is null or <= 0)
            {
                ModelState.AddModelError($"Suppliers[{i}].UnitPrice", text["The unit price must be more than 0."]);
            }
            else
            {
                offers.Add(new ItemSupplier
                {
                    SupplierId = supplier, SupplierReference = string.IsNullOrWhiteSpace(line.SupplierReference) ? null : line.SupplierReference.Trim(),
                    UnitPrice = Position.Cost(price.Value), Preferred = line.Preferred,
                });
            }
        }

        // One preferred supplier at most: the first ticked.
        var first = offers.FirstOrDefault(o => o.Preferred);
        offers.ForEach(o => o.Preferred = o == first);
        return offers;
    }

    private async Task<ItemEditPage> EditPageAsync(ItemForm form, bool unitLocked, CancellationToken cancellationToken)
    {
        // Two empty rows to add suppliers with.
        while (form.Suppliers.Count(s => s.SupplierId is null) < 2)
        {
            form.Suppliers.Add(new SupplierLine());
        }

        var suppliers = db.Suppliers;
        return new ItemEditPage(form, await suppliers.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).ToListAsync(cancellationToken), unitLocked);
    }

    private async Task<ItemCard?> CardAsync(Guid id, CancellationToken cancellationToken)
    {
        var (items, stores, balances, movements, suppliers, reservations, offers) = (db.Items, db.Stores, db.Balances, db.Movements, db.Suppliers, db.Reservations, db.ItemSuppliers);

        // The card reads seven things: one connection for all of them rather than seven trips through the pool.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var item = await items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return null;
        }

        // Its suppliers by a seek on (organisation, item), not through Include (a join SQLite plans as a scan of every offer).
        item.Suppliers = await offers.AsNoTracking().Where(o => o.ItemId == id).ToListAsync(cancellationToken);

        var storeList = await stores.AsNoTracking().ToListAsync(cancellationToken);
        var names = storeList.ToDictionary(s => s.Id, s => s.Name);
        var offered = item.Suppliers.Select(o => o.SupplierId).ToList();
        var supplierNames = await suppliers.AsNoTracking().Where(s => offered.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var rows = await balances.AsNoTracking().Where(b => b.ItemId == id).ToListAsync(cancellationToken);
        var onOrder = await ReorderList.OnOrderAsync(db, null, id, cancellationToken);
        var last = await movements.AsNoTracking().Where(m => m.ItemId == id)
            .OrderByDescending(m => m.PostedAtUtc).ThenByDescending(m => m.Sequence).Take(CardMovements)
            .ToListAsync(cancellationToken);
        var reserved = await reservations.AsNoTracking().Where(r => r.ItemId == id && r.State == ReservationState.Open).OrderBy(r => r.CreatedAtUtc).ToListAsync(cancellationToken);
        var held = rows.Select(b => b.StoreId).ToHashSet();
        return new ItemCard(
            item,
            [.. item.Suppliers.OrderByDescending(s => s.Preferred).Select(s => (supplierNames.GetValueOrDefault(s.SupplierId, "?"), s))],
            [.. rows.OrderBy(b => names.GetValueOrDefault(b.StoreId), StringComparer.CurrentCulture).Select(b =>
            {
                var ordered = onOrder.GetValueOrDefault((b.StoreId, b.ItemId));
                var store = storeList.First(s => s.Id == b.StoreId);
                return new StoreBalance(b, store.Name, store.Code, ReorderList.IsUnder(b.Quantity, ordered, b.Reserved, b.ReorderPoint), ordered);
            })],
            [.. last.Select(m => new MovementLine(
                m.Id, m.PostedAtUtc, names.GetValueOrDefault(m.StoreId, "?"), m.Kind, m.Quantity, m.UnitCost, m.Amount, m.QuantityAfter, m.ValueAfter,
                m.WorkOrderNumber, m.WorkOrderId, m.CostCentre, m.SupplierId is { } s ? supplierNames.GetValueOrDefault(s) : null, m.DeliveryNote, m.Reason,
                m.OtherStoreId is { } o ? names.GetValueOrDefault(o) : null, m.ByName))],
            [.. reserved.Select(r => new ReservationLine(names.GetValueOrDefault(r.StoreId, "?"), r.WorkOrderNumber, r.WorkOrderId, r.Quantity, r.Issued, r.CreatedAtUtc))],
            [.. storeList.Where(s => s.IsActive && !held.Contains(s.Id)).OrderBy(s => s.Name)]);
    }
}
