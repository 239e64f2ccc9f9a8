using NetTopologySuite.Geometries;

namespace Cmms.Gis.Import.Reading;

/// <summary>
/// A row of the file before mapping: its line (the spreadsheet's row number, header on line 1, or the
/// GeoJSON feature's position from 1), its cells in column order, and for GeoJSON its geometry or why it
/// could not be read.
/// </summary>
internal sealed record SourceRow(int Line, IReadOnlyList<string?> Cells, Geometry? Geometry = null, string? GeometryError = null);

/// <summary>A file read as a table: its column names (unique, in order) and its non-empty rows.</summary>
internal sealed record SourceTable(ImportFormat Format, IReadOnlyList<string> Columns, IReadOnlyList<SourceRow> Rows);

/// <summary>A file that cannot be imported at all (not UTF-8, not a feature collection, no header…), with the reason's text key.</summary>
internal sealed class ImportFileException(string reason, params object[] arguments) : Exception(reason)
{
    public string Reason { get; } = reason;

    public object[] Arguments { get; } = arguments;
}
