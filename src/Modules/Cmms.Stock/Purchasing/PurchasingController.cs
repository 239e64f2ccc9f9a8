using Cmms.Kernel.Security;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Purchasing;

/// <summary>Purchase orders: the list, a new order, an order with its deliveries received line by line (partial deliveries allowed).</summary>
[Authorize(Roles = StockUrls.Keepers), Route("stock/purchase-orders")]
public sealed class PurchasingController(DbContext db, ICurrentUser user, IStringLocalizer<Text> text) : Controller
{
    private const int BlankLines = 8;

    private PurchaseBook Book => HttpContext.RequestServices.GetRequiredService<PurchaseBook>();

    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, CancellationToken cancellationToken)
    {
        var (orders, lines, suppliers, stores) = (db.PurchaseOrders, db.PurchaseOrderLines, db.Suppliers, db.Stores);
        var filter = string.IsNullOrWhiteSpace(status) ? "open" : status;
        var query = orders.AsNoTracking();
        if (filter == "open")
        {
            query = query.Where(o => o.Status == PurchaseOrderStatus.Ordered || o.Status == PurchaseOrderStatus.PartlyReceived);
        }
        else if (Enum.TryParse<PurchaseOrderStatus>(filter, out var only))
        {
            query = query.Where(o => o.Status == only);
        }

        var rows = await query.OrderByDescending(o => o.OrderedAtUtc).Take(200)
            .Select(o => new
            {
                o.Id, o.Number, Supplier = suppliers.Where(s => s.Id == o.SupplierId).Select(s => s.Name).FirstOrDefault(),
                Store = stores.Where(s => s.Id == o.StoreId).Select(s => s.Name).FirstOrDefault(), o.Status, o.OrderedAtUtc,
                Lines = lines.Where(l => l.PurchaseOrderId == o.Id).Select(l => new { l.Quantity, l.UnitPrice }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return View(new OrderList(filter, [.. rows.Select(o => new OrderRow(
            o.Id, o.Number, o.Supplier ?? "?", o.Store ?? "?", o.Status, o.OrderedAtUtc, o.Lines.Count, o.Lines.Sum(l => Position.Money(l.Quantity * l.UnitPrice))))]));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("New", await NewPageAsync(new NewOrderForm(), cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> New(NewOrderForm form, CancellationToken cancellationToken)
    {
        var items = db.Items;
        var wanted = form.Lines.Where(l => !string.IsNullOrWhiteSpace(l.ItemReference)).Select(l => l.ItemReference!.Trim().ToUpperInvariant()).Distinct().ToList();
        var known = await items.AsNoTracking().Where(i => wanted.Contains(i.Reference)).ToDictionaryAsync(i => i.Reference, i => (i.Id, i.Unit), cancellationToken);
        var lines = new List<OrderLine>();
        for (var n = 0; n < form.Lines.Count; n++)
        {
            var line = form.Lines[n];
            if (string.IsNullOrWhiteSpace(line.ItemReference))
            {
                continue;
            }

            if (!known.TryGetValue(line.ItemReference.Trim().ToUpperInvariant(), out var item))
            {
                ModelState.AddModelError($"Lines[{n}].ItemReference", text["No item has this reference."]);
                continue;
            }

            var quantity = Typed.Read(line.Quantity);
            var price = Typed.Read(line.UnitPrice);
            if (quantity is null || Units.Problem(quantity.Value, item.Unit) is not null)
            {
                ModelState.AddModelError($"Lines[{n}].Quantity", text[quantity is { } q ? Units.Problem(q, item.Unit)! : "Enter a number, for example 1,5."]);
            }
            else if (price is not > 0)
            {
                ModelState.AddModelError($"Lines[{n}].UnitPrice", text["The unit price must be more than 0."]);
            }
            else
            {
                lines.Add(new OrderLine(item.Id, quantity.Value, price.Value));
            }
        }

        if (ModelState.IsValid && lines.Count == 0)
        {
            ModelState.AddModelError(string.Empty, text["Add at least one line."]);
        }

        if (!ModelState.IsValid)
        {
            return View("New", await NewPageAsync(form, cancellationToken));
        }

        var (order, refusal) = await Book.CreateAsync(form.SupplierId!.Value, form.StoreId!.Value, lines, user.DisplayName, form.Note, cancellationToken);
        if (order is null)
        {
            ModelState.AddModelError(refusal!.Field is "SupplierId" or "StoreId" ? refusal.Field : string.Empty, text.Say(refusal));
            return View("New", await NewPageAsync(form, cancellationToken));
        }

        TempData["Flash"] = text["Purchase order {0} has been created.", order.Number].Value;
        return Redirect(StockUrls.PurchaseOrder(order.Id));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, cancellationToken);
        return page is null ? NotFound() : View("Show", page);
    }

    /// <summary>A delivery against the order: the quantities delivered now per line (blank or 0 for none) and the delivery note.</summary>
    [HttpPost("{id:guid}/receive")]
    public async Task<IActionResult> Receive(Guid id, string? deliveryNote, [FromForm] Dictionary<Guid, string?> received, CancellationToken cancellationToken)
    {
        if (!await db.PurchaseOrders.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var quantities = new Dictionary<Guid, decimal>();
        foreach (var (line, typed) in received ?? [])
        {
            if (string.IsNullOrWhiteSpace(typed))
            {
                continue;
            }

            if (Typed.Read(typed) is not { } quantity || quantity < 0)
            {
                ModelState.AddModelError($"Received[{line}]", text["Enter a number, for example 1,5."]);
            }
            else if (quantity > 0)
            {
                quantities[line] = quantity;
            }
        }

        if (ModelState.IsValid)
        {
            var result = await Book.ReceiveAsync(id, quantities, deliveryNote, null, cancellationToken);
            if (result.Succeeded)
            {
                TempData["Flash"] = text["Delivery received: {0} lines, {1}.", result.Movements.Count, Typed.Money(result.Movements.Sum(m => m.Amount))].Value;
                return Redirect(StockUrls.PurchaseOrder(id));
            }

            ModelState.AddModelError(result.Refusal!.Field.StartsWith("Received", StringComparison.Ordinal) ? result.Refusal.Field : string.Empty, text.Say(result.Refusal));
        }

        var page = await PageAsync(id, cancellationToken);
        ViewData["Received"] = received;
        ViewData["DeliveryNote"] = deliveryNote;
        return View("Show", page!);
    }

    [HttpPost("{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, int version, CancellationToken cancellationToken)
    {
        if (!await db.PurchaseOrders.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var cancelled = await Book.CancelAsync(id, version, cancellationToken);
        TempData[cancelled ? "Flash" : "FlashError"] = text[cancelled
            ? "The rest of the order is cancelled: what was received stays."
            : "Someone changed this order meanwhile: check it and try again."].Value;
        return Redirect(StockUrls.PurchaseOrder(id));
    }

    private async Task<NewOrderPage> NewPageAsync(NewOrderForm form, CancellationToken cancellationToken)
    {
        while (form.Lines.Count < BlankLines)
        {
            form.Lines.Add(new OrderLineForm());
        }

        var (suppliers, stores) = (db.Suppliers, db.Stores);
        return new NewOrderPage(
            form, await suppliers.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).ToListAsync(cancellationToken),
            await stores.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).ToListAsync(cancellationToken));
    }

    private async Task<OrderPage?> PageAsync(Guid id, CancellationToken cancellationToken)
    {
        var (orders, items, suppliers, stores, movements) = (db.PurchaseOrders, db.Items, db.Suppliers, db.Stores, db.Movements);
        var order = await orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var itemIds = order.Lines.Select(l => l.ItemId).ToList();
        var lineIds = order.Lines.Select(l => (Guid?)l.Id).ToList();
        var names = await items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => (i.Reference, i.Label, i.Unit), cancellationToken);
        var receipts = await movements.AsNoTracking().Where(m => m.PurchaseOrderLineId != null && lineIds.Contains(m.PurchaseOrderLineId))
            .OrderBy(m => m.PostedAtUtc).ToListAsync(cancellationToken);
        return new OrderPage(
            order,
            await suppliers.Where(s => s.Id == order.SupplierId).Select(s => s.Name).FirstAsync(cancellationToken),
            await stores.Where(s => s.Id == order.StoreId).Select(s => s.Name).FirstAsync(cancellationToken),
            [.. order.Lines.OrderBy(l => l.Position).Select(l => new OrderLineView(l, names[l.ItemId].Reference, names[l.ItemId].Label, names[l.ItemId].Unit))],
            receipts);
    }
}
