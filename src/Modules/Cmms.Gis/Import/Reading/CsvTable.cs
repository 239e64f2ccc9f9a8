using CsvHelper;

namespace Cmms.Gis.Import.Reading;

/// <summary>
/// CSV as French spreadsheets write it (';' between columns) or as most tools do (','), or tab-separated:
/// CsvHelper recognises the separator from the first lines (and Excel's "sep=;" line). Rows are numbered
/// as a spreadsheet shows them, the header being row 1, so the dry run's line numbers point at the file.
/// </summary>
internal static class CsvTable
{
    public static SourceTable Read(string text, Func<int, string> blankColumn)
    {
        var options = new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false };
        using var reader = CsvReader.FromText(text, options);
        List<string>? columns = null;
        var rows = new List<SourceRow>();
        var line = 0;
        while (reader.Read())
        {
            line++;
            var record = new string?[reader.FieldCount];
            for (var i = 0; i < record.Length; i++)
            {
                var value = reader.GetString(i);
                record[i] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }

            if (record.All(v => v is null))
            {
                continue;
            }

            if (columns is null)
            {
                columns = ImportFile.ColumnNames(record, blankColumn);
                continue;
            }

            var cells = new string?[columns.Count];
            Array.Copy(record, cells, Math.Min(cells.Length, record.Length));
            rows.Add(new SourceRow(line, cells));
        }

        return columns is null
            ? throw new ImportFileException("The file has no header line: its first line must name the columns.")
            : new SourceTable(ImportFormat.Csv, columns, rows);
    }
}
