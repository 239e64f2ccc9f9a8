using Cmms.Directory.Contracts;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Stores;

public sealed record StoreEditPage(StoreForm Form, IReadOnlyList<SiteInfo> Sites);

/// <summary>The organisation's stores: the list with what each holds, and their creation and editing.</summary>
[Authorize(Roles = StockUrls.Keepers), Route("stock/stores")]
public sealed class StoresController(DbContext db, IDirectory directory, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var (stores, balances) = (db.Stores, db.Balances);
        var totals = await balances.AsNoTracking().Where(b => b.Quantity != 0).GroupBy(b => b.StoreId)
            .Select(g => new { StoreId = g.Key, Items = g.Count(), Value = g.Sum(b => b.Value) }).ToListAsync(cancellationToken);
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        var rows = (await stores.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.Name).ToListAsync(cancellationToken))
            .Select(s =>
            {
                var total = totals.FirstOrDefault(t => t.StoreId == s.Id);
                return new StoreRow(s.Id, s.Code, s.Name, s.Kind, s.SiteId is { } site ? sites.GetValueOrDefault(site) : null, s.IsActive, total?.Items ?? 0, total?.Value ?? 0);
            }).ToList();
        return View(rows);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("Edit", await PageAsync(new StoreForm(), cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> New(StoreForm form, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await PageAsync(form, cancellationToken));
        }

        var store = new Store { Code = string.Empty, Name = string.Empty };
        form.ApplyTo(store);
        db.Stores.Add(store);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The store has been created."].Value;
        return Redirect("/stock/stores");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return store is null ? NotFound() : View("Edit", await PageAsync(StoreForm.From(store), cancellationToken));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, StoreForm form, CancellationToken cancellationToken)
    {
        var store = await db.Stores.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (store is null)
        {
            return NotFound();
        }

        form.Id = id;
        await ValidateAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await PageAsync(form, cancellationToken));
        }

        form.ApplyTo(store);
        if (await db.TrySaveAsync(store, form.Version, cancellationToken) is { } conflict)
        {
            var page = await PageAsync(form, cancellationToken);
            this.ConflictView("Edit", form, StoreForm.From(store), conflict);
            return View("Edit", page);
        }

        TempData["Flash"] = text["The store has been saved."].Value;
        return Redirect("/stock/stores");
    }

    private async Task<StoreEditPage> PageAsync(StoreForm form, CancellationToken cancellationToken) =>
        new(form, [.. (await directory.SitesAsync(cancellationToken)).OrderBy(s => s.Name, StringComparer.CurrentCulture)]);

    private async Task ValidateAsync(StoreForm form, Guid? id, CancellationToken cancellationToken)
    {
        var code = (form.Code ?? string.Empty).Trim().ToUpperInvariant();
        var stores = db.Stores;
        if (code.Length > 0 && await stores.AnyAsync(s => s.Code == code && s.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Code), text["Another store already has this code."]);
        }

        if (form.SiteId is { } site && (await directory.SitesAsync(cancellationToken)).All(s => s.Id != site))
        {
            ModelState.AddModelError(nameof(form.SiteId), text["Choose a site from the list."]);
        }
    }
}
