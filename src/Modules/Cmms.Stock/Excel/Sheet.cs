using ClosedXML.Excel;

namespace Cmms.Stock.Excel;

/// <summary>How a column is shown: its header, width (in characters) and number format.</summary>
internal sealed record Column(string Header, double Width, string? Format = null);

/// <summary>
/// Writes exports that open in Excel or LibreOffice with real numbers (not text): a bold, frozen header row,
/// widths set by hand (ClosedXML's AdjustToContents needs libgdiplus, which servers do not have) and number
/// formats for quantities, unit costs and euros.
/// </summary>
internal static class Sheet
{
    public const string Quantity = "#,##0.###";
    public const string Euros = "#,##0.00 €";
    public const string UnitCost = "#,##0.0000 €";
    public const string Date = "dd/mm/yyyy";

    public static IXLWorksheet Add(XLWorkbook book, string name, IReadOnlyList<Column> columns)
    {
        var sheet = book.AddWorksheet(name);
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(1, c + 1);
            cell.Value = columns[c].Header;
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6F1");
            sheet.Column(c + 1).Width = columns[c].Width;
            if (columns[c].Format is { } format)
            {
                sheet.Column(c + 1).Style.NumberFormat.Format = format;
            }
        }

        sheet.SheetView.FreezeRows(1);
        return sheet;
    }

    /// <summary>Writes one row of values from column 1; numbers stay numbers.</summary>
    public static void Row(IXLWorksheet sheet, int row, params object?[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            switch (values[c])
            {
                case null:
                    break;
                case decimal d:
                    cell.Value = d;
                    break;
                case int i:
                    cell.Value = i;
                    break;
                case DateTime at:
                    cell.Value = at;
                    break;
                case var other:
                    cell.Value = other.ToString();
                    cell.DataType = XLDataType.Text;
                    break;
            }
        }
    }

    public static byte[] Save(XLWorkbook book)
    {
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
