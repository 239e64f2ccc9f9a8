using Cmms.Costs.Accounts;
using Cmms.Costs.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Exports;

/// <summary>One row of the finance export: a budget line, cost centre and function, summed.</summary>
public sealed record SummaryRow(
    BudgetSectionCode Section, string Chapter, string Nature, string NatureLabel, string Function, string FunctionLabel,
    string BudgetLineCode, string CostCentre, decimal Amount, int Lines);

/// <summary>What a finance export holds: the rows, the number of ledger lines they sum and their total.</summary>
public sealed record FinanceSummary(IReadOnlyList<SummaryRow> Rows, int LineCount, decimal Total);

/// <summary>
/// The period's ledger summed by section, budget line, nature, function and cost centre, in the database
/// (a month of 200,000 lines comes back as a few hundred rows), with the chart's labels.
/// </summary>
internal static class FinanceSummaries
{
    public static async Task<FinanceSummary> OfAsync(DbContext db, Guid periodId, CancellationToken cancellationToken)
    {
        var (lines, budgetLines, chart) = (db.CostLines, db.BudgetLines, db.ChartEntries);
        var groups = await lines.AsNoTracking().Where(l => l.PeriodId == periodId)
            .GroupBy(l => new { l.Section, l.BudgetLineId, l.Nature, l.Function, l.CostCentre })
            .Select(g => new { g.Key.Section, g.Key.BudgetLineId, g.Key.Nature, g.Key.Function, g.Key.CostCentre, Amount = g.Sum(l => l.Amount), Lines = g.Count() })
            .ToListAsync(cancellationToken);
        var codes = await budgetLines.AsNoTracking().ToDictionaryAsync(b => b.Id, b => new { b.Code, b.Chapter }, cancellationToken);
        var labels = (await chart.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(c => (c.Axis, c.Code), c => c.Label);
        var rows = groups
            .Select(g => new SummaryRow(
                g.Section, g.BudgetLineId is { } b && codes.TryGetValue(b, out var line) ? line.Chapter : string.Empty,
                g.Nature ?? string.Empty, g.Nature is { } n ? labels.GetValueOrDefault((ChartAxis.Nature, n), string.Empty) : string.Empty,
                g.Function ?? string.Empty, g.Function is { } f ? labels.GetValueOrDefault((ChartAxis.Function, f), string.Empty) : string.Empty,
                g.BudgetLineId is { } id && codes.TryGetValue(id, out var l2) ? l2.Code : string.Empty, g.CostCentre, g.Amount, g.Lines))
            .OrderBy(r => r.Section).ThenBy(r => r.Nature, StringComparer.Ordinal).ThenBy(r => r.Function, StringComparer.Ordinal)
            .ThenBy(r => r.BudgetLineCode, StringComparer.Ordinal).ThenBy(r => r.CostCentre, StringComparer.Ordinal)
            .ToList();
        return new FinanceSummary(rows, rows.Sum(r => r.Lines), rows.Sum(r => r.Amount));
    }

    public static string SectionName(BudgetSectionCode section) => section switch
    {
        BudgetSectionCode.Operating => "Fonctionnement",
        BudgetSectionCode.Investment => "Investissement",
        _ => "Non imputé",
    };
}
