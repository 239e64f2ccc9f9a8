using Cmms.Costs.Periods;
using Cmms.Directory.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Exports;

public sealed record HoursPage(IReadOnlyList<Period> Periods, Period? Period, IReadOnlyList<HoursRow> Rows);

/// <summary>HR's export: hours per agent, day and kind for a period, on screen, as XLSX and as CSV. Nothing of costs.</summary>
[Authorize(Roles = CostsUrls.HumanResources), Route("costs/hours")]
public sealed class HoursController(DbContext db, IDirectory directory) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? period, CancellationToken cancellationToken)
    {
        var periods = db.Periods;
        var list = await periods.AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.Month).ToListAsync(cancellationToken);
        var chosen = period is { } id ? list.FirstOrDefault(p => p.Id == id) : list.FirstOrDefault(p => p.Status == PeriodStatus.Closed) ?? list.FirstOrDefault();
        var rows = chosen is null ? [] : await HoursExport.RowsAsync(db, directory, chosen.Id, cancellationToken);
        return View(new HoursPage(list, chosen, rows));
    }

    [HttpGet("{id:guid}/hours.xlsx")]
    public async Task<IActionResult> Workbook(Guid id, CancellationToken cancellationToken)
    {
        var periods = db.Periods;
        var period = await periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null)
        {
            return NotFound();
        }

        var rows = await HoursExport.RowsAsync(db, directory, id, cancellationToken);
        return File(HoursExport.Workbook(rows, period.Year, period.Month), FinanceWorkbook.ContentType, $"heures-{period.Year:0000}-{period.Month:00}.xlsx");
    }

    [HttpGet("{id:guid}/hours.csv")]
    public async Task<IActionResult> Csv(Guid id, CancellationToken cancellationToken)
    {
        var periods = db.Periods;
        var period = await periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null)
        {
            return NotFound();
        }

        var rows = await HoursExport.RowsAsync(db, directory, id, cancellationToken);
        return File(HoursExport.Csv(rows), "text/csv; charset=utf-8", $"heures-{period.Year:0000}-{period.Month:00}.csv");
    }
}
