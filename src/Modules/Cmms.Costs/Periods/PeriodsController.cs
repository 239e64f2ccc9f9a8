using Cmms.Costs.Exports;
using Cmms.Costs.Ledger;
using Cmms.Kernel.Costs;
using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Costs.Periods;

public sealed record PeriodRow(Period Period, decimal Total, ExportBatch? Batch);

public sealed record PeriodPage(Period Period, FinanceSummary Summary, IReadOnlyList<OpenWorkOrder> OpenWorkOrders, ExportBatch? Batch, int LateLines);

/// <summary>Finance's months: the list, a month's summary by budget line, its close and its export batch.</summary>
[Authorize(Roles = CostsUrls.Finance), Route("costs/periods")]
public sealed class PeriodsController(DbContext db, PeriodClosing closing, ExportBatches batches, Posting posting, ICurrentUser user, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var (periods, totals, exports) = (db.Periods, db.CostTotals, db.ExportBatches);
        var list = await periods.AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.Month).ToListAsync(cancellationToken);
        var sums = await totals.AsNoTracking().GroupBy(t => t.PeriodId).Select(g => new { g.Key, Amount = g.Sum(t => t.Amount) }).ToDictionaryAsync(x => x.Key, x => x.Amount, cancellationToken);
        var made = await exports.AsNoTracking().ToDictionaryAsync(b => b.PeriodId, cancellationToken);
        return View(list.Select(p => new PeriodRow(p, sums.GetValueOrDefault(p.Id), made.GetValueOrDefault(p.Id))).ToList());
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var (periods, exports, lines) = (db.Periods, db.ExportBatches, db.CostLines);
        var period = await periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null)
        {
            return NotFound();
        }

        var summary = await FinanceSummaries.OfAsync(db, id, cancellationToken);
        var open = period.Status == PeriodStatus.Open ? await closing.OpenWorkOrdersAsync(id, cancellationToken) : [];
        var batch = await exports.AsNoTracking().Include(b => b.Files).SingleOrDefaultAsync(b => b.PeriodId == id, cancellationToken);
        var late = await lines.CountAsync(l => l.PeriodId == id && l.Late, cancellationToken);
        return View(new PeriodPage(period, summary, open, batch, late));
    }

    [HttpPost("post"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Post(CancellationToken cancellationToken)
    {
        var result = await posting.RunAsync(user.OrganisationId!.Value, cancellationToken);
        TempData["Flash"] = text["{0} new cost lines posted.", result.Posted].Value;
        return Redirect("/costs/periods");
    }

    [HttpPost("{id:guid}/close"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Close(Guid id, CancellationToken cancellationToken)
    {
        var result = await closing.CloseAsync(id, user.DisplayName, cancellationToken);
        if (result.Period is null)
        {
            return NotFound();
        }

        TempData["Flash"] = result.Refusal is { } refusal ? text[refusal].Value : text["The period is closed: its lines will never change."].Value;
        return Redirect(CostsUrls.Period(id));
    }

    [HttpPost("{id:guid}/export"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Export(Guid id, CancellationToken cancellationToken)
    {
        var result = await batches.ProduceAsync(id, user.DisplayName, cancellationToken);
        if (result.Batch is null)
        {
            if (result.Refusal == "This period does not exist.")
            {
                return NotFound();
            }

            TempData["Flash"] = text[result.Refusal!].Value;
            return Redirect(CostsUrls.Period(id));
        }

        TempData["Flash"] = result.Created ? text["Batch {0} produced.", result.Batch.Number].Value : text["This period was already exported: here is its batch {0}.", result.Batch.Number].Value;
        return Redirect(CostsUrls.Batch(result.Batch.Id));
    }
}

/// <summary>An export batch: who produced it, when, its checksums, and its files to download again.</summary>
[Authorize(Roles = CostsUrls.Finance), Route("costs/batches")]
public sealed class BatchesController(DbContext db) : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var exports = db.ExportBatches;
        var batch = await exports.AsNoTracking().Include(b => b.Files).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return batch is null ? NotFound() : View("~/Periods/Batch.cshtml", batch);
    }

    [HttpGet("{id:guid}/files/{fileId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var files = db.ExportFiles;
        var file = await files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.BatchId == id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.Name);
    }
}
