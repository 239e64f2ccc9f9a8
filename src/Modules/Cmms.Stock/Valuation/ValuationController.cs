using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Cmms.Stock.Excel;
using Cmms.Stock.Items;
using Cmms.Stock.Stores;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Valuation;

public sealed record ValuationPage(DateOnly Date, Guid? Store, ItemCategory? Category, IReadOnlyList<Store> Stores, Valuation Valuation, Paged<ValuationRow> Rows)
{
    public string Query => $"date={Date:yyyy-MM-dd}" + (Store is { } s ? $"&store={s}" : string.Empty) + (Category is { } c ? $"&category={c}" : string.Empty);
}

/// <summary>The value of the stock at the end of any day, per item, store and category: on screen and as a workbook.</summary>
[Authorize(Roles = StockUrls.ValueReaders), Route("stock/valuation")]
public sealed class ValuationController(DbContext db, IClock clock, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DateOnly? date, Guid? store, ItemCategory? category, int page = 1, CancellationToken cancellationToken = default)
    {
        var day = date ?? ParisTime.Today(clock);
        var valuation = await ValuationReport.AtAsync(db, day, store, category, clock, cancellationToken);
        var paging = new PageRequest(Math.Max(1, page), 100);
        var stores = db.Stores;
        return View(new ValuationPage(
            day, store, category, await stores.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken), valuation,
            new Paged<ValuationRow>([.. valuation.Rows.Skip(paging.Skip).Take(paging.PageSize)], paging.Page, paging.PageSize, valuation.Rows.Count)));
    }

    [HttpGet("~/stock/valuation.xlsx")]
    public async Task<IActionResult> Workbook(DateOnly? date, Guid? store, ItemCategory? category, CancellationToken cancellationToken)
    {
        var day = date ?? ParisTime.Today(clock);
        var valuation = await ValuationReport.AtAsync(db, day, store, category, clock, cancellationToken);
        return File(ValuationWorkbook.Write(valuation, text), Sheet.ContentType, $"valorisation-stock-{day:yyyy-MM-dd}.xlsx");
    }
}
