using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Costs;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Exports;

/// <summary>One row of the HR export: an agent's hours of one kind on one day. Nothing else (no cost, no work order, no site).</summary>
public sealed record HoursRow(string EmployeeNumber, string LastNameFirstName, DateOnly Day, string Kind, decimal Hours);

/// <summary>
/// Hours per agent, day and kind (normal, overtime, on-call) for payroll and time systems, from the period's
/// labour lines (corrections net out; late hours of an earlier month come with their own date). Only what
/// HR needs: the employee number, the name, the date, the kind and the hours.
/// </summary>
internal static class HoursExport
{
    public static readonly string[] Header = ["Matricule", "Nom", "Date", "Type", "Heures"];

    public static async Task<IReadOnlyList<HoursRow>> RowsAsync(DbContext db, IDirectory directory, Guid periodId, CancellationToken cancellationToken)
    {
        var lines = db.CostLines;
        var groups = await lines.AsNoTracking()
            .Where(l => l.PeriodId == periodId && l.Kind == CostFactKind.Labour && l.AgentId != null)
            .GroupBy(l => new { l.AgentId, l.OccurredOn, l.HoursKind })
            .Select(g => new { g.Key.AgentId, g.Key.OccurredOn, g.Key.HoursKind, Hours = g.Sum(l => l.Quantity) })
            .ToListAsync(cancellationToken);
        var agents = (await directory.AgentsAsync(cancellationToken)).ToDictionary(a => a.Id);
        return [.. groups.Where(g => g.Hours != 0)
            .Select(g => agents.TryGetValue(g.AgentId!.Value, out var a)
                ? new HoursRow(a.EmployeeNumber, a.FullName, g.OccurredOn, KindName(g.HoursKind), g.Hours)
                : new HoursRow("?", "?", g.OccurredOn, KindName(g.HoursKind), g.Hours))
            .OrderBy(r => r.EmployeeNumber, StringComparer.Ordinal).ThenBy(r => r.Day).ThenBy(r => r.Kind, StringComparer.Ordinal)];
    }

    public static string KindName(string? kind) => kind switch
    {
        "Overtime" => "Heures supplémentaires",
        "OnCall" => "Astreinte",
        _ => "Normales",
    };

    public static byte[] Csv(IEnumerable<HoursRow> rows)
    {
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" })
        {
            writer.WriteLine(string.Join(';', Header));
            foreach (var r in rows)
            {
                writer.WriteLine(string.Join(';', FinanceCsv.Field(r.EmployeeNumber), FinanceCsv.Field(r.LastNameFirstName), r.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    r.Kind, r.Hours.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',')));
            }
        }

        return output.ToArray();
    }

    public static byte[] Workbook(IEnumerable<HoursRow> rows, int year, int month)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Heures");
        double[] widths = [14, 30, 12, 24, 10];
        for (var c = 0; c < Header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Header[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
            sheet.Column(c + 1).Width = widths[c];
        }

        sheet.Column(3).Style.NumberFormat.Format = "dd/mm/yyyy";
        sheet.Column(5).Style.NumberFormat.Format = "0.00";
        var row = 2;
        foreach (var r in rows)
        {
            sheet.Cell(row, 1).SetValue(r.EmployeeNumber);
            sheet.Cell(row, 2).SetValue(r.LastNameFirstName);
            sheet.Cell(row, 3).Value = r.Day.ToDateTime(TimeOnly.MinValue);
            sheet.Cell(row, 4).SetValue(r.Kind);
            sheet.Cell(row, 5).Value = r.Hours;
            row++;
        }

        sheet.SheetView.FreezeRows(1);
        book.Properties.Title = $"Heures {year:0000}-{month:00}";
        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }
}
