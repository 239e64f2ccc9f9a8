using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Directory.Trades;

public sealed class TradeForm : IVersionedForm
{
    [Required, StringLength(100), Display(Name = "Trade")]
    public string Name { get; set; } = string.Empty;

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }
}

public sealed record TradeRow(Guid Id, string Name, int Agents);

public sealed record TradeList(IReadOnlyList<TradeRow> Trades, TradeForm NewTrade);

[Authorize(Roles = Roles.Administrator), Route("admin/trades")]
public sealed class TradesController(DbContext db, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await ListAsync(new TradeForm(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "NewTrade")] TradeForm form, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, null, "NewTrade.", cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Index", await ListAsync(form, cancellationToken));
        }

        db.Trades.Add(new Trade { Name = form.Name.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The trade has been added."].Value;
        return Redirect("/admin/trades");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        await db.Trades.FindAsync([id], cancellationToken) is { } trade
            ? View(new TradeForm { Id = trade.Id, Name = trade.Name, Version = trade.Version })
            : NotFound();

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, TradeForm form, CancellationToken cancellationToken)
    {
        var trade = await db.Trades.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (trade is null)
        {
            return NotFound();
        }

        form.Id = id;
        await ValidateAsync(form, id, string.Empty, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        trade.Name = form.Name.Trim();
        if (await db.TrySaveAsync(trade, form.Version, cancellationToken) is { } conflict)
        {
            return this.ConflictView("Edit", form, new TradeForm { Id = id, Name = trade.Name, Version = trade.Version }, conflict);
        }

        TempData["Flash"] = text["The trade has been saved."].Value;
        return Redirect("/admin/trades");
    }

    private async Task ValidateAsync(TradeForm form, Guid? id, string prefix, CancellationToken cancellationToken)
    {
        var name = form.Name.Trim();
        if (await db.Trades.AnyAsync(t => t.Name == name && t.Id != id, cancellationToken))
        {
            ModelState.AddModelError(prefix + nameof(form.Name), text["This trade already exists."]);
        }
    }

    private async Task<TradeList> ListAsync(TradeForm form, CancellationToken cancellationToken)
    {
        var agents = db.Agents.Where(a => a.IsActive);
        return new(await db.Trades.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TradeRow(t.Id, t.Name, agents.Count(a => a.TradeId == t.Id)))
            .ToListAsync(cancellationToken), form);
    }
}
