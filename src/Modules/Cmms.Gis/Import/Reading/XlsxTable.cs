using System.Globalization;
using ClosedXML.Excel;

namespace Cmms.Gis.Import.Reading;

/// <summary>
/// The first worksheet of a workbook: its first used row names the columns. Numbers, dates and yes/no
/// cells are read as the values they are (a date cell is a date whatever its display), not as displayed.
/// </summary>
internal static class XlsxTable
{
    public static SourceTable Read(byte[] content, Func<int, string> blankColumn)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content));
        }
        catch (Exception e) when (e is not ImportFileException and not OutOfMemoryException)
        {
            throw new ImportFileException("The workbook cannot be read: {0}", e.Message);
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            var used = sheet?.RangeUsed();
            if (sheet is null || used is null)
            {
                throw new ImportFileException("The workbook's first sheet is empty.");
            }

            var first = used.FirstRow().RowNumber();
            var firstColumn = used.FirstColumn().ColumnNumber();
            var lastColumn = used.LastColumn().ColumnNumber();
            var width = lastColumn - firstColumn + 1;
            var columns = ImportFile.ColumnNames(
                Enumerable.Range(firstColumn, width).Select(c => Cell(sheet.Cell(first, c))), blankColumn);
            var rows = new List<SourceRow>();
            for (var r = first + 1; r <= used.LastRow().RowNumber(); r++)
            {
                var cells = new string?[width];
                var any = false;
                for (var c = 0; c < width; c++)
                {
                    cells[c] = Cell(sheet.Cell(r, firstColumn + c));
                    any |= cells[c] is not null;
                }

                if (any)
                {
                    rows.Add(new SourceRow(r, cells));
                }
            }

            return new SourceTable(ImportFormat.Xlsx, columns, rows);
        }
    }

    /// <summary>A cell's value as text in invariant form: 12.5, 2024-03-01, true.</summary>
    private static string? Cell(IXLCell cell)
    {
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        var text = value switch
        {
            null => null,
            string s => s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
            IConvertible convertible => convertible.ToString(CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
