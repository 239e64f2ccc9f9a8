namespace Cmms.Gis.Import.Reading;

/// <summary>Reads an uploaded file of any accepted format as a table of rows.</summary>
internal static class TableReader
{
    public static SourceTable Read(ImportFormat format, byte[] content, Func<int, string> blankColumn) => format switch
    {
        ImportFormat.GeoJson => GeoJsonTable.Read(ImportFile.Text(content)),
        ImportFormat.Csv => CsvTable.Read(ImportFile.Text(content), blankColumn),
        ImportFormat.Xlsx => XlsxTable.Read(content, blankColumn),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
