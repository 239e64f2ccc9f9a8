using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Stock.Excel;
using Cmms.Stock.Purchasing;
using Cmms.Stock.Stores;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Reorder;

public sealed record ReorderPage(Guid? Store, IReadOnlyList<Store> Stores, IReadOnlyList<ReorderGroup> Groups);

/// <summary>The items under their reorder point, by supplier and store: on screen, as an XLSX purchase request, or turned into purchase orders.</summary>
[Authorize(Roles = StockUrls.Keepers), Route("stock/reorder")]
public sealed class ReorderController(DbContext db, IClock clock, ICurrentUser user, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? store, CancellationToken cancellationToken)
    {
        var stores = db.Stores;
        return View(new ReorderPage(
            store, await stores.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).ToListAsync(cancellationToken),
            await ReorderList.ForAsync(db, store, cancellationToken)));
    }

    [HttpGet("~/stock/reorder.xlsx")]
    public async Task<IActionResult> Workbook(Guid? store, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        var bytes = ReorderWorkbook.Write(await ReorderList.ForAsync(db, store, cancellationToken), today, text);
        return File(bytes, Sheet.ContentType, $"demande-achat-{today:yyyy-MM-dd}.xlsx");
    }

    /// <summary>Orders a supplier's lines for a store as suggested (quantities and prices are the list's, read again now).</summary>
    [HttpPost("order")]
    public async Task<IActionResult> Order(Guid supplierId, Guid storeId, CancellationToken cancellationToken)
    {
        var group = (await ReorderList.ForAsync(db, storeId, cancellationToken)).FirstOrDefault(g => g.SupplierId == supplierId);
        if (group is null)
        {
            TempData["FlashError"] = text["Nothing left to order from this supplier for this store."].Value;
            return Redirect("/stock/reorder");
        }

        var book = HttpContext.RequestServices.GetRequiredService<PurchaseBook>();
        var (order, refusal) = await book.CreateAsync(
            supplierId, storeId, [.. group.Rows.Select(r => new OrderLine(r.ItemId, r.Suggested, r.UnitPrice ?? 0))], user.DisplayName, null, cancellationToken);
        if (order is null)
        {
            TempData["FlashError"] = text[refusal!.Key, refusal.Args].Value;
            return Redirect("/stock/reorder");
        }

        TempData["Flash"] = text["Purchase order {0} has been created.", order.Number].Value;
        return Redirect(StockUrls.PurchaseOrder(order.Id));
    }
}
