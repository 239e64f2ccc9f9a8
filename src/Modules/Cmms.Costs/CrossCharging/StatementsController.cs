using ClosedXML.Excel;
using Cmms.Costs.Exports;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Costs.CrossCharging;

/// <summary>An agreement seen from the reader's side, with the address of its statements.</summary>
public sealed record StatementLink(StatementSide Side, Guid RouteId, string Counterpart, string ServiceName, DateOnly EffectiveFrom);

public sealed record StatementsPage(IReadOnlyList<StatementLink> Issued, IReadOnlyList<StatementLink> Received, IReadOnlyList<DateOnly> Months);

/// <summary>
/// The re-charge statements per month and counterpart: the organisation that re-charges reads what it issues, the
/// one charged what it receives, each through its own row; XLSX with real numbers and dates. Finance and administrators.
/// </summary>
[Authorize(Roles = CostsUrls.StatementReaders), Route("costs/statements")]
public sealed class StatementsController(DbContext db, Statements statements, IClock clock, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var (agreements, received) = (db.Agreements, db.ReceivedAgreements);
        var issued = await agreements.AsNoTracking().OrderBy(a => a.BeneficiaryName).ThenBy(a => a.EffectiveFrom)
            .Select(a => new StatementLink(StatementSide.Issued, a.Id, a.BeneficiaryName, a.ServiceName, a.EffectiveFrom)).ToListAsync(cancellationToken);
        var incoming = new List<StatementLink>();
        foreach (var link in await received.AsNoTracking().ToListAsync(cancellationToken))
        {
            if (await statements.FindAsync(StatementSide.Received, link.Id, cancellationToken) is { } a)
            {
                incoming.Add(new StatementLink(StatementSide.Received, link.Id, a.ProviderName, a.ServiceName, a.EffectiveFrom));
            }
        }

        var thisMonth = new DateOnly(ParisTime.Today(clock).Year, ParisTime.Today(clock).Month, 1);
        return View("~/CrossCharging/Statements.cshtml", new StatementsPage(issued, incoming, [.. Enumerable.Range(0, 13).Select(i => thisMonth.AddMonths(-i))]));
    }

    [HttpGet("issued/{id:guid}")]
    public Task<IActionResult> Issued(Guid id, string? period, CancellationToken cancellationToken) => ShowAsync(StatementSide.Issued, id, period, cancellationToken);

    [HttpGet("received/{id:guid}")]
    public Task<IActionResult> Received(Guid id, string? period, CancellationToken cancellationToken) => ShowAsync(StatementSide.Received, id, period, cancellationToken);

    [HttpGet("issued/{id:guid}/statement.xlsx")]
    public Task<IActionResult> IssuedWorkbook(Guid id, string? period, CancellationToken cancellationToken) => WorkbookAsync(StatementSide.Issued, id, period, cancellationToken);

    [HttpGet("received/{id:guid}/statement.xlsx")]
    public Task<IActionResult> ReceivedWorkbook(Guid id, string? period, CancellationToken cancellationToken) => WorkbookAsync(StatementSide.Received, id, period, cancellationToken);

    private async Task<IActionResult> ShowAsync(StatementSide side, Guid id, string? period, CancellationToken cancellationToken) =>
        await LoadAsync(side, id, period, cancellationToken) is { } statement ? View("~/CrossCharging/Statement.cshtml", statement) : NotFound();

    private async Task<IActionResult> WorkbookAsync(StatementSide side, Guid id, string? period, CancellationToken cancellationToken)
    {
        if (await LoadAsync(side, id, period, cancellationToken) is not { } statement)
        {
            return NotFound();
        }

        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Refacturation");
        sheet.Cell(1, 1).SetValue("État de refacturation");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).SetValue("Organisme qui refacture");
        sheet.Cell(2, 2).SetValue(statement.ProviderName);
        sheet.Cell(3, 1).SetValue("Organisme refacturé");
        sheet.Cell(3, 2).SetValue(statement.BeneficiaryName);
        sheet.Cell(4, 1).SetValue("Service mis à disposition");
        sheet.Cell(4, 2).SetValue(statement.ServiceName);
        sheet.Cell(5, 1).SetValue("Période");
        sheet.Cell(5, 2).Value = new DateTime(statement.Year, statement.Month, 1);
        sheet.Cell(5, 2).Style.DateFormat.Format = "mm/yyyy";
        sheet.Cell(6, 1).SetValue("Édité le");
        sheet.Cell(6, 2).Value = ParisTime.Today(clock).ToDateTime(TimeOnly.MinValue);
        sheet.Cell(6, 2).Style.DateFormat.Format = "dd/mm/yyyy";
        sheet.Cell(7, 1).SetValue("Statut");
        sheet.Cell(7, 2).SetValue(statement.Closed ? "Définitif (mois clôturé)" : "Provisoire (mois ouvert)");

        string[] header = ["Bon de travail", "Nature du coût", "Quantité", "Unité", "Prix horaire", "Marge %", "Coût", "Montant refacturé"];
        const int top = 9;
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(top, c + 1).SetValue(header[c]);
            sheet.Cell(top, c + 1).Style.Font.Bold = true;
        }

        var row = top + 1;
        foreach (var group in statement.Groups)
        {
            foreach (var r in group.Rows)
            {
                sheet.Cell(row, 1).SetValue(group.WorkOrderNumber ?? "Sans bon de travail");
                sheet.Cell(row, 2).SetValue(text[$"Charge.{r.Kind}"].Value);
                sheet.Cell(row, 3).Value = r.Quantity;
                sheet.Cell(row, 4).SetValue(r.Unit);
                if (r.HourlyRate is { } h)
                {
                    sheet.Cell(row, 5).Value = h;
                }

                if (r.MarginPercent is { } m)
                {
                    sheet.Cell(row, 6).Value = m / 100m;
                }

                sheet.Cell(row, 7).Value = r.Cost;
                sheet.Cell(row, 8).Value = r.Charged;
                row++;
            }
        }

        sheet.Cell(row, 1).SetValue("Total");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 7).Value = statement.Cost;
        sheet.Cell(row, 8).Value = statement.Charged;
        sheet.Cell(row, 8).Style.Font.Bold = true;
        sheet.Range(top + 1, 3, row, 3).Style.NumberFormat.Format = "0.00";
        sheet.Range(top + 1, 6, row, 6).Style.NumberFormat.Format = "0.00 %";
        foreach (var c in new[] { 5, 7, 8 })
        {
            sheet.Range(top + 1, c, row, c).Style.NumberFormat.Format = "#,##0.00 \"€\"";
        }

        foreach (var (c, width) in new[] { (1, 26), (2, 30), (3, 12), (4, 8), (5, 14), (6, 10), (7, 16), (8, 18) })
        {
            sheet.Column(c).Width = width;
        }

        sheet.SheetView.FreezeRows(top);
        using var output = new MemoryStream();
        book.SaveAs(output);
        return File(output.ToArray(), FinanceWorkbook.ContentType, $"refacturation-{statement.Period}.xlsx");
    }

    private async Task<Statement?> LoadAsync(StatementSide side, Guid id, string? period, CancellationToken cancellationToken)
    {
        if (await statements.FindAsync(side, id, cancellationToken) is not { } agreement)
        {
            return null;
        }

        var today = ParisTime.Today(clock);
        var (year, month) = Api.CostsApi.TryPeriod(period, out var key) ? (key / 100, key % 100) : (today.Year, today.Month);
        return await statements.BuildAsync(side, id, agreement, year, month, cancellationToken);
    }
}
