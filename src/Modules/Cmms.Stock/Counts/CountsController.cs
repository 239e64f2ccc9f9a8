using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Counts;

public sealed record CountRow(Guid Id, string Number, string Store, string? Zone, CountStatus Status, DateTime OpenedAtUtc, string OpenedBy, int Lines, int Counted);

/// <summary>A line as the count sheet shows it: no book quantity, ever.</summary>
public sealed record SheetLine(Guid Id, string? Location, string Reference, string Label, string Unit, decimal? Counted);

/// <summary>A line as the storekeeper reviews it: book and counted quantities, the variance valued at the CUMP.</summary>
public sealed record VarianceLine(Guid Id, string? Location, Guid ItemId, string Reference, string Label, string Unit, decimal? Counted, decimal? Book, decimal Cump, string? CountedBy)
{
    public decimal? Variance => Counted is { } counted && Book is { } book ? counted - book : null;

    public decimal? Value => Variance is { } v ? Position.Money(v * Cump) : null;
}

public sealed record CountPage(InventoryCount Count, string Store, IReadOnlyList<VarianceLine> Lines, DateTime? LastEntry)
{
    public decimal Gain => Lines.Where(l => l.Value > 0).Sum(l => l.Value!.Value);

    public decimal Loss => Lines.Where(l => l.Value < 0).Sum(l => l.Value!.Value);
}

public sealed record CountSheet(InventoryCount Count, string Store, IReadOnlyList<SheetLine> Lines);

public sealed record NewCountPage(IReadOnlyList<Stores.Store> Stores, Guid? StoreId, string? Zone);

/// <summary>
/// Inventory counts: open one for a store or a zone (its items frozen for issue), fill the count sheet on a
/// tablet or print it (the book quantities never shown to the counter), review the variances at CUMP,
/// validate (the corrections post as movements) or cancel.
/// </summary>
[Authorize(Roles = StockUrls.Keepers), Route("stock/counts")]
public sealed class CountsController(DbContext db, IStringLocalizer<Text> text) : Controller
{
    private CountBook Book => HttpContext.RequestServices.GetRequiredService<CountBook>();

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var (counts, lines, stores) = (db.Counts, db.CountLines, db.Stores);
        var rows = await counts.AsNoTracking().OrderByDescending(c => c.OpenedAtUtc).Take(100)
            .Select(c => new CountRow(
                c.Id, c.Number, stores.Where(s => s.Id == c.StoreId).Select(s => s.Name).First(), c.Zone, c.Status, c.OpenedAtUtc, c.OpenedBy,
                lines.Count(l => l.CountId == c.Id), lines.Count(l => l.CountId == c.Id && l.CountedAtUtc != null)))
            .ToListAsync(cancellationToken);
        return View(rows);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("New", await NewPageAsync(null, null, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid? storeId, string? zone, CancellationToken cancellationToken)
    {
        if (storeId is null)
        {
            ModelState.AddModelError("storeId", text["Choose the store to count."]);
            return View("New", await NewPageAsync(storeId, zone, cancellationToken));
        }

        var opened = await Book.OpenAsync(storeId.Value, zone, cancellationToken);
        if (opened.Count is null)
        {
            ModelState.AddModelError(string.Empty, text[opened.Refusal!, opened.Args ?? []]);
            return View("New", await NewPageAsync(storeId, zone, cancellationToken));
        }

        TempData["Flash"] = text["Count {0} is open: its items cannot be issued from this store until it is validated.", opened.Count.Number].Value;
        return Redirect(StockUrls.Count(opened.Count.Id));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, cancellationToken);
        return page is null ? NotFound() : View("Show", page);
    }

    [HttpGet("{id:guid}/sheet")]
    public async Task<IActionResult> Sheet(Guid id, CancellationToken cancellationToken)
    {
        var sheet = await SheetAsync(id, cancellationToken);
        return sheet is null ? NotFound() : View("Sheet", sheet);
    }

    [HttpGet("{id:guid}/print")]
    public async Task<IActionResult> Print(Guid id, CancellationToken cancellationToken)
    {
        var sheet = await SheetAsync(id, cancellationToken);
        return sheet is null ? NotFound() : View("Print", sheet);
    }

    /// <summary>What the counter found, line id → quantity; blank lines are left as they were.</summary>
    [HttpPost("{id:guid}/sheet")]
    public async Task<IActionResult> Enter(Guid id, [FromForm] Dictionary<Guid, string?> counted, CancellationToken cancellationToken)
    {
        var sheet = await SheetAsync(id, cancellationToken);
        if (sheet is null)
        {
            return NotFound();
        }

        var values = new Dictionary<Guid, decimal>();
        foreach (var (line, typed) in counted ?? [])
        {
            if (string.IsNullOrWhiteSpace(typed))
            {
                continue;
            }

            var known = sheet.Lines.FirstOrDefault(l => l.Id == line);
            var value = Typed.Read(typed);
            if (known is null || value is null || value < 0 || (value > 0 && Units.Problem(value.Value, known.Unit) is not null))
            {
                ModelState.AddModelError($"Counted[{line}]", text["Enter what you found: 0 or more, in the unit shown."]);
            }
            else
            {
                values[line] = value.Value;
            }
        }

        if (!ModelState.IsValid)
        {
            ViewData["Counted"] = counted;
            return View("Sheet", sheet);
        }

        var entered = await Book.EnterAsync(id, values, cancellationToken);
        if (entered.Refusal is { } refusal)
        {
            TempData["FlashError"] = text[refusal].Value;
            return Redirect(StockUrls.Count(id));
        }

        TempData["Flash"] = text["{0} lines counted.", values.Count].Value;
        return Redirect($"/stock/counts/{id}/sheet");
    }

    [HttpPost("{id:guid}/validate")]
    public async Task<IActionResult> Validate(Guid id, long? lastEntryTicks, CancellationToken cancellationToken)
    {
        if (!await db.Counts.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var seen = lastEntryTicks is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : (DateTime?)null;
        var result = await Book.ValidateAsync(id, seen, cancellationToken);
        TempData[result.Refusal is null ? "Flash" : "FlashError"] = result.Refusal is { } refusal
            ? text[refusal, result.Args ?? []].Value
            : text["The count is validated: its variances are posted and its items can be issued again."].Value;
        return Redirect(StockUrls.Count(id));
    }

    [HttpPost("{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Counts.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var result = await Book.CancelAsync(id, cancellationToken);
        TempData[result.Refusal is null ? "Flash" : "FlashError"] = result.Refusal is { } refusal
            ? text[refusal].Value
            : text["The count is cancelled: nothing was posted and its items can be issued again."].Value;
        return Redirect(StockUrls.Count(id));
    }

    private async Task<NewCountPage> NewPageAsync(Guid? storeId, string? zone, CancellationToken cancellationToken)
    {
        var stores = db.Stores;
        return new NewCountPage(await stores.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).ToListAsync(cancellationToken), storeId, zone);
    }

    private async Task<CountSheet?> SheetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (counts, items, stores) = (db.Counts, db.Items, db.Stores);
        var count = await counts.AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (count is null)
        {
            return null;
        }

        var itemIds = count.Lines.Select(l => l.ItemId).ToList();
        var names = await items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => (i.Reference, i.Label, i.Unit), cancellationToken);
        var store = await stores.Where(s => s.Id == count.StoreId).Select(s => s.Name).FirstAsync(cancellationToken);
        return new CountSheet(count, store, [.. count.Lines.OrderBy(l => l.Location, StringComparer.Ordinal).ThenBy(l => names[l.ItemId].Reference, StringComparer.Ordinal)
            .Select(l => new SheetLine(l.Id, l.Location, names[l.ItemId].Reference, names[l.ItemId].Label, names[l.ItemId].Unit, l.Counted))]);
    }

    private async Task<CountPage?> PageAsync(Guid id, CancellationToken cancellationToken)
    {
        var (counts, items, stores, balances) = (db.Counts, db.Items, db.Stores, db.Balances);
        var count = await counts.AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (count is null)
        {
            return null;
        }

        var itemIds = count.Lines.Select(l => l.ItemId).ToList();
        var storeId = count.StoreId;
        var names = await items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => (i.Reference, i.Label, i.Unit), cancellationToken);
        var cumps = await balances.AsNoTracking().Where(b => b.StoreId == storeId && itemIds.Contains(b.ItemId)).ToDictionaryAsync(b => b.ItemId, b => b.Cump, cancellationToken);
        var store = await stores.Where(s => s.Id == storeId).Select(s => s.Name).FirstAsync(cancellationToken);
        return new CountPage(count, store,
            [.. count.Lines.OrderBy(l => l.Location, StringComparer.Ordinal).ThenBy(l => names[l.ItemId].Reference, StringComparer.Ordinal)
                .Select(l => new VarianceLine(l.Id, l.Location, l.ItemId, names[l.ItemId].Reference, names[l.ItemId].Label, names[l.ItemId].Unit, l.Counted, l.BookAtCount, cumps.GetValueOrDefault(l.ItemId), l.CountedBy))],
            CountBook.LastEntry(count));
    }
}
