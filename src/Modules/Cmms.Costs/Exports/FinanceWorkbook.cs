using ClosedXML.Excel;
using Cmms.Kernel.Time;

namespace Cmms.Costs.Exports;

/// <summary>What the workbook's header says of the batch.</summary>
public sealed record BatchHeading(string Organisation, int Year, int Month, string Number, DateTime ProducedAtUtc, string ProducedBy);

/// <summary>
/// Fills the finance template (reports/costs/finance-batch.xlsx, built into the module) by its defined names,
/// never by fixed cells, so staff may rearrange it: numbers stay numbers and dates real dates, with the
/// template's French formats. See reports/costs/README.md for the names.
/// </summary>
public static class FinanceWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Names = ["Organisation", "Period", "BatchNumber", "ProducedAt", "ProducedBy", "LineCount", "Total", "Rows"];

    public static Stream Template() =>
        typeof(FinanceWorkbook).Assembly.GetManifestResourceStream("Cmms.Costs.finance-batch.xlsx")
        ?? throw new InvalidOperationException("The finance template is not built into the module.");

    public static byte[] Write(BatchHeading heading, FinanceSummary summary)
    {
        using var template = Template();
        using var book = new XLWorkbook(template);
        Cell(book, "Organisation").Value = heading.Organisation;
        Cell(book, "Period").Value = new DateTime(heading.Year, heading.Month, 1);
        Cell(book, "BatchNumber").Value = heading.Number;
        Cell(book, "ProducedAt").Value = ParisTime.FromUtc(heading.ProducedAtUtc);
        Cell(book, "ProducedBy").Value = heading.ProducedBy;
        Cell(book, "LineCount").Value = summary.LineCount;
        Cell(book, "Total").Value = summary.Total;

        var first = Cell(book, "Rows");
        var sheet = first.Worksheet;
        var (row, column) = (first.Address.RowNumber, first.Address.ColumnNumber);
        var formats = Enumerable.Range(0, 10).Select(i => sheet.Cell(row, column + i).Style.NumberFormat.Format).ToArray();
        foreach (var r in summary.Rows)
        {
            object[] values = [FinanceSummaries.SectionName(r.Section), r.Chapter, r.Nature, r.NatureLabel, r.Function, r.FunctionLabel, r.BudgetLineCode, r.CostCentre, r.Amount, r.Lines];
            for (var i = 0; i < values.Length; i++)
            {
                var cell = sheet.Cell(row, column + i);
                switch (values[i])
                {
                    case decimal d:
                        cell.Value = d;
                        break;
                    case int n:
                        cell.Value = n;
                        break;
                    default:
                        // Codes stay text: "0202" must keep its leading zero.
                        cell.SetValue((string)values[i]);
                        cell.DataType = XLDataType.Text;
                        break;
                }

                if (!string.IsNullOrEmpty(formats[i]))
                {
                    cell.Style.NumberFormat.Format = formats[i];
                }
            }

            row++;
        }

        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>The first cell of a defined name of the workbook (or of one of its sheets).</summary>
    public static IXLCell Cell(XLWorkbook book, string name)
    {
        if (book.NamedRanges.TryGetValue(name, out var named) && named.Ranges.FirstOrDefault() is { } range)
        {
            return range.FirstCell();
        }

        foreach (var sheet in book.Worksheets)
        {
            if (sheet.NamedRanges.TryGetValue(name, out var local) && local.Ranges.FirstOrDefault() is { } r)
            {
                return r.FirstCell();
            }
        }

        throw new InvalidOperationException($"The finance template has no cell named '{name}' (see reports/costs/README.md).");
    }
}
