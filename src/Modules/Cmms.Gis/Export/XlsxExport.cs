using ClosedXML.Excel;
using Cmms.Gis.Layers;
using Cmms.Kernel.Geo;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Simplify;

namespace Cmms.Gis.Export;

/// <summary>
/// A layer as a spreadsheet: one row per asset, its attributes as real numbers, dates and yes/no values
/// (a spreadsheet sums heights and sorts dates), and where it is: longitude and latitude for points, the
/// shape as WKT for lines and polygons. The headers are the names the import recognises, so an export can
/// be corrected in a spreadsheet and imported again.
/// </summary>
internal static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The most characters a spreadsheet cell holds.</summary>
    private const int CellLimit = 32_767;

    /// <summary>The workbook in a temporary file deleted when the returned stream is closed (the response ends).</summary>
    public static async Task<Stream> WriteAsync(IFeatureLayer layer, LayerDirectory layers, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var points = layer.Kind == GeometryKind.Point;
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(layer.Title));
        var fields = layer.Fields.Where(f => f.Name != "label").ToList();
        var column = 1;
        Header(sheet, column++, text["Label"], 36);
        foreach (var field in fields)
        {
            Header(sheet, column++, layers.Label(layer, field), field.Type == FieldType.Text ? 24 : 14);
        }

        if (points)
        {
            Header(sheet, column++, text["Longitude"], 12);
            Header(sheet, column++, text["Latitude"], 12);
        }
        else
        {
            Header(sheet, column++, text["Geometry (WKT)"], 60);
        }

        Header(sheet, column, text["Identifier"], 38);
        var wkt = new WKTWriter { PrecisionModel = new PrecisionModel(1e7) };
        var row = 2;
        await foreach (var feature in layer.StreamAsync(null, cancellationToken))
        {
            column = 1;
            Text(sheet.Cell(row, column++), feature.Label);
            foreach (var field in fields)
            {
                Value(sheet.Cell(row, column++), field.Type, feature.Properties.GetValueOrDefault(field.Name));
            }

            if (points && feature.Geometry is Point point)
            {
                sheet.Cell(row, column++).Value = point.X;
                sheet.Cell(row, column++).Value = point.Y;
            }
            else if (points)
            {
                column += 2;
            }
            else
            {
                Text(sheet.Cell(row, column++), Wkt(wkt, feature.Geometry));
            }

            Text(sheet.Cell(row, column), feature.Id.ToString());
            row++;
        }

        sheet.SheetView.FreezeRows(1);
        if (row > 2)
        {
            sheet.Range(1, 1, row - 1, column).SetAutoFilter();
        }

        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        workbook.SaveAs(file);
        file.Position = 0;
        return file;
    }

    private static void Header(IXLWorksheet sheet, int column, string title, double width)
    {
        var cell = sheet.Cell(1, column);
        Text(cell, title);
        cell.Style.Font.Bold = true;
        sheet.Column(column).Width = width;
    }

    private static void Text(IXLCell cell, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            // Set as text: a reference like "0042" or "1/2" must not turn into a number or a date.
            cell.SetValue(value);
            cell.DataType = XLDataType.Text;
        }
    }

    private static void Value(IXLCell cell, FieldType type, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case bool b:
                cell.Value = b;
                break;
            case DateOnly day:
                cell.Value = day.ToDateTime(TimeOnly.MinValue);
                cell.Style.DateFormat.Format = "dd/mm/yyyy";
                break;
            case DateTime instant:
                cell.Value = instant;
                cell.Style.DateFormat.Format = "dd/mm/yyyy";
                break;
            case long or int or double or float or decimal:
                cell.Value = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                if (type == FieldType.WholeNumber)
                {
                    cell.Style.NumberFormat.Format = "0";
                }

                break;
            default:
                Text(cell, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>WKT to the centimetre; a shape too detailed for one cell is simplified until it fits.</summary>
    private static string Wkt(WKTWriter writer, Geometry geometry)
    {
        var text = writer.Write(geometry);
        for (var tolerance = 1e-6; text.Length > CellLimit && tolerance < 1; tolerance *= 4)
        {
            text = writer.Write(TopologyPreservingSimplifier.Simplify(geometry, tolerance));
        }

        return text;
    }

    /// <summary>A worksheet's name: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]).Trim();
        return name.Length == 0 ? "Export" : name[..Math.Min(31, name.Length)];
    }
}
