using ClosedXML.Excel;
using Cmms.Costs.Exports;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Costs.Analysis;

public enum AnalysisAxis
{
    Month,
    Service,
    Site,
    Asset,
    BudgetLine,
    Kind,
}

/// <param name="Filter">The lines page query that drills into this row (empty when the reader may not see lines).</param>
public sealed record AnalysisRow(string Key, string Label, decimal Amount, decimal? Budget, string? Filter);

public sealed record AnalysisPage(int Year, Guid? Service, AnalysisAxis By, IReadOnlyList<ServiceInfo> Services, IReadOnlyList<AnalysisRow> Rows, decimal Total, decimal? BudgetTotal, bool CanDrill)
{
    public string Query => $"year={Year}&by={By}" + (Service is { } s ? $"&service={s}" : string.Empty);
}

public sealed class BudgetForm
{
    public int Version { get; set; }

    public string? Amount { get; set; }
}

/// <summary>
/// Costs by month, service, site, asset, budget line or kind for a year, against the budgets, as bars and a
/// table, with an XLSX of the same view. Read from the period totals (a few thousand rows even when the
/// ledger holds millions of lines). A manager sees only the services they manage.
/// </summary>
[Authorize(Roles = CostsUrls.Analysts), Route("costs/analysis")]
public sealed class AnalysisController(DbContext db, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IClock clock, IEnumerable<IAssetCatalog> catalogs) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, Guid? service, AnalysisAxis by = AnalysisAxis.Month, CancellationToken cancellationToken = default) =>
        View(await AnalyseAsync(year, service, by, cancellationToken));

    [HttpGet("~/costs/analysis.xlsx")]
    public async Task<IActionResult> Workbook(int? year, Guid? service, AnalysisAxis by = AnalysisAxis.Month, CancellationToken cancellationToken = default)
    {
        var page = await AnalyseAsync(year, service, by, cancellationToken);
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Analyse");
        string[] header = ["Axe", "Libellé", "Montant HT", "Budget", "Écart"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = header[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        sheet.Column(1).Width = 16;
        sheet.Column(2).Width = 50;
        foreach (var c in new[] { 3, 4, 5 })
        {
            sheet.Column(c).Width = 16;
            sheet.Column(c).Style.NumberFormat.Format = "#,##0.00 \"€\"";
        }

        var row = 2;
        foreach (var r in page.Rows)
        {
            sheet.Cell(row, 1).SetValue(r.Key);
            sheet.Cell(row, 2).SetValue(r.Label);
            sheet.Cell(row, 3).Value = r.Amount;
            if (r.Budget is { } b)
            {
                sheet.Cell(row, 4).Value = b;
                sheet.Cell(row, 5).Value = b - r.Amount;
            }

            row++;
        }

        sheet.Cell(row, 2).SetValue("Total");
        sheet.Cell(row, 3).Value = page.Total;
        sheet.SheetView.FreezeRows(1);
        using var output = new MemoryStream();
        book.SaveAs(output);
        return File(output.ToArray(), FinanceWorkbook.ContentType, $"analyse-couts-{page.Year}-{page.By.ToString().ToLowerInvariant()}.xlsx");
    }

    /// <summary>Finance sets a year's budget of a budget line and cost centre (a stale version is refused, the other person's amount shown).</summary>
    [HttpPost("~/costs/budgets/{id:guid}"), ValidateAntiForgeryToken, Authorize(Roles = CostsUrls.Finance)]
    public async Task<IActionResult> SetBudget(Guid id, BudgetForm form, [FromServices] IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var budgets = db.Budgets;
        var budget = await budgets.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (budget is null)
        {
            return NotFound();
        }

        if (!decimal.TryParse(form.Amount?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount) || amount < 0)
        {
            TempData["Flash"] = text["The budget is an amount in euros, 0 or more."].Value;
            return Redirect($"/costs/budgets?year={budget.Year}");
        }

        budget.Amount = decimal.Round(amount, 2);
        var conflict = await db.TrySaveAsync(budget, form.Version, cancellationToken);
        TempData["Flash"] = conflict is null
            ? text["Budget saved."].Value
            : text["{0} changed this budget meanwhile (now {1} €): your amount {2} € was not saved.", conflict.ChangedBy ?? "?", budget.Amount.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), amount].Value;
        return Redirect($"/costs/budgets?year={budget.Year}");
    }

    [HttpGet("~/costs/budgets"), Authorize(Roles = CostsUrls.Finance)]
    public async Task<IActionResult> Budgets(int? year, CancellationToken cancellationToken)
    {
        var y = year ?? ParisTime.Today(clock).Year;
        var (budgets, lines) = (db.Budgets, db.BudgetLines);
        var rows = await budgets.AsNoTracking().Where(b => b.Year == y)
            .Join(lines, b => b.BudgetLineId, l => l.Id, (b, l) => new BudgetRow(b.Id, l.Code, l.Label, b.CostCentre, b.Amount, b.Version))
            .ToListAsync(cancellationToken);
        return View("Budgets", new BudgetsPage(y, [.. rows.OrderBy(r => r.BudgetLine, StringComparer.Ordinal).ThenBy(r => r.CostCentre, StringComparer.Ordinal)]));
    }

    private async Task<AnalysisPage> AnalyseAsync(int? year, Guid? service, AnalysisAxis by, CancellationToken cancellationToken)
    {
        var y = year ?? ParisTime.Today(clock).Year;
        var services = await directory.ServicesAsync(cancellationToken);
        var scope = await scopes.GetAsync(user, cancellationToken);
        var visible = services.Where(s => scope.AllServices || scope.CanSeeService(s.Id)).ToList();
        var (from, to) = ((y * 100) + 1, (y * 100) + 12);
        var totals = db.CostTotals;
        var query = totals.AsNoTracking().Where(t => t.PeriodKey >= from && t.PeriodKey <= to);
        if (service is { } s && visible.Any(v => v.Id == s))
        {
            query = query.Where(t => t.ServiceId == s);
        }
        else if (!scope.AllServices)
        {
            service = null;
            var ids = visible.Select(v => (Guid?)v.Id).ToList();
            query = query.Where(t => ids.Contains(t.ServiceId));
        }

        var baseFilter = $"year={y}" + (service is { } sv ? $"&service={sv}" : string.Empty);
        List<AnalysisRow> rows;
        switch (by)
        {
            case AnalysisAxis.Service:
                rows = [.. (await query.GroupBy(t => t.ServiceId).Select(g => new { g.Key, Amount = g.Sum(t => t.Amount) }).ToListAsync(cancellationToken))
                    .Select(g => new AnalysisRow(services.FirstOrDefault(x => x.Id == g.Key)?.Code ?? "—", services.FirstOrDefault(x => x.Id == g.Key)?.Name ?? "—", g.Amount, null,
                        g.Key is { } k ? $"year={y}&service={k}" : null))
                    .OrderByDescending(r => r.Amount)];
                break;
            case AnalysisAxis.Site:
                var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(x => x.Id);
                rows = [.. (await query.GroupBy(t => t.SiteId).Select(g => new { g.Key, Amount = g.Sum(t => t.Amount) }).OrderByDescending(g => g.Amount).Take(40).ToListAsync(cancellationToken))
                    .Select(g => new AnalysisRow(g.Key is { } k && sites.TryGetValue(k, out var site) ? site.Code : "—", g.Key is { } k2 && sites.TryGetValue(k2, out var site2) ? site2.Name : "—", g.Amount, null,
                        g.Key is { } k3 ? $"{baseFilter}&site={k3}" : null))];
                break;
            case AnalysisAxis.Asset:
                var top = await query.Where(t => t.AssetId != null).GroupBy(t => new { t.AssetModule, t.AssetId }).Select(g => new { g.Key.AssetModule, g.Key.AssetId, Amount = g.Sum(t => t.Amount) })
                    .OrderByDescending(g => g.Amount).Take(40).ToListAsync(cancellationToken);
                rows = [];
                foreach (var g in top)
                {
                    // The label from the module that owns the asset, for the forty rows shown only (never the whole register).
                    var asset = await catalogs.FindAsync(g.AssetModule, g.AssetId!.Value, cancellationToken);
                    rows.Add(new AnalysisRow(asset?.Kind ?? g.AssetModule ?? "—", asset?.Label ?? $"{g.AssetModule} {g.AssetId!.Value.ToString()[..8]}", g.Amount, null, $"{baseFilter}&asset={g.AssetId}"));
                }

                break;
            case AnalysisAxis.BudgetLine:
                var lines = db.BudgetLines;
                var budgetLines = await lines.AsNoTracking().ToDictionaryAsync(l => l.Id, cancellationToken);
                var budgets = db.Budgets;
                var centre = service is { } bs ? services.FirstOrDefault(x => x.Id == bs)?.Code : null;
                var voted = await budgets.AsNoTracking().Where(b => b.Year == y && (centre == null || b.CostCentre == centre))
                    .GroupBy(b => b.BudgetLineId).Select(g => new { g.Key, Amount = g.Sum(b => b.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Amount, cancellationToken);
                rows = [.. (await query.GroupBy(t => t.BudgetLineId).Select(g => new { g.Key, Amount = g.Sum(t => t.Amount) }).ToListAsync(cancellationToken))
                    .Select(g => new AnalysisRow(
                        g.Key is { } k && budgetLines.TryGetValue(k, out var bl) ? bl.Code : "—", g.Key is { } k2 && budgetLines.TryGetValue(k2, out var bl2) ? bl2.Label : "—", g.Amount,
                        scope.AllServices || centre is not null ? g.Key is { } k3 ? voted.GetValueOrDefault(k3) : null : null,
                        g.Key is { } k4 ? $"{baseFilter}&budgetLine={k4}" : $"{baseFilter}&unclassified=true"))
                    .OrderBy(r => r.Key, StringComparer.Ordinal)];
                break;
            case AnalysisAxis.Kind:
                rows = [.. (await query.GroupBy(t => t.Kind).Select(g => new { g.Key, Amount = g.Sum(t => t.Amount) }).ToListAsync(cancellationToken))
                    .Select(g => new AnalysisRow(g.Key.ToString(), g.Key.ToString(), g.Amount, null, null)).OrderByDescending(r => r.Amount)];
                break;
            default:
                var months = (await query.GroupBy(t => t.PeriodKey).Select(g => new { g.Key, Amount = g.Sum(t => t.Amount) }).ToListAsync(cancellationToken)).ToDictionary(g => g.Key, g => g.Amount);
                rows = [.. Enumerable.Range(1, 12).Select(m => new AnalysisRow(
                    $"{y}-{m:00}", new DateOnly(y, m, 1).ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), months.GetValueOrDefault((y * 100) + m), null,
                    $"period={y}-{m:00}" + (service is { } ms ? $"&service={ms}" : string.Empty)))];
                break;
        }

        var budgetTotal = rows.Any(r => r.Budget is not null) ? rows.Sum(r => r.Budget ?? 0) : (decimal?)null;
        return new AnalysisPage(y, service, by, visible, rows, rows.Sum(r => r.Amount), budgetTotal, CanDrill: true);
    }
}

public sealed record BudgetRow(Guid Id, string BudgetLine, string Label, string CostCentre, decimal Amount, int Version);

public sealed record BudgetsPage(int Year, IReadOnlyList<BudgetRow> Rows);
