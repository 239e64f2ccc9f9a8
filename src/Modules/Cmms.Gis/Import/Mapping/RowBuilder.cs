using Cmms.Gis.Import.Reading;
using Cmms.Kernel;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Cmms.Gis.Import.Mapping;

/// <summary>
/// Turns a row of the file into the register's row through the mapping: each field's value in canonical
/// form (<see cref="FieldValues"/>) and the asset's geometry, checked as every geometry is before it is
/// stored (<see cref="GeometryCheck"/>). A row that does not read is refused here with every reason found,
/// in the person's words; only rows that read are handed to the register's own checks.
/// </summary>
internal sealed class RowBuilder
{
    private readonly IRegisterImport register;
    private readonly ColumnMapping mapping;
    private readonly IStringLocalizer text;
    private readonly IStringLocalizer<CommonText> common;
    private readonly Func<ImportField, string> label;
    private readonly (ImportField Field, int Column)[] fields;
    private readonly int longitude;
    private readonly int latitude;
    private readonly int wkt;
    private readonly WKTReader wktReader = new(Wgs84.Factory.GeometryServices) { IsOldNtsCoordinateSyntaxAllowed = false };

    public RowBuilder(
        IRegisterImport register, ColumnMapping mapping, IReadOnlyList<string> columns, IStringLocalizer text, IStringLocalizer<CommonText> common,
        Func<ImportField, string> label)
    {
        this.register = register;
        this.mapping = mapping;
        this.text = text;
        this.common = common;
        this.label = label;
        int Index(string? column) => column is null ? -1 : IndexOf(columns, column);
        fields = [.. register.Fields.Select(f => (f, Index(mapping.Fields.GetValueOrDefault(f.Name))))];
        longitude = Index(mapping.Longitude);
        latitude = Index(mapping.Latitude);
        wkt = Index(mapping.Wkt);
    }

    public (ImportRow? Row, Rejection? Rejection) Build(SourceRow source)
    {
        var reasons = new List<string>();
        var values = new Dictionary<string, string?>(fields.Length);
        foreach (var (field, column) in fields)
        {
            var cell = column >= 0 && column < source.Cells.Count ? source.Cells[column] : null;
            var (value, refusal) = FieldValues.Normalise(field.Type, cell);
            if (refusal is not null)
            {
                reasons.Add(text[refusal, label(field), cell!]);
            }
            else if (value is null && field.Required)
            {
                reasons.Add(text["{0} is required.", label(field)]);
            }

            values[field.Name] = value;
        }

        var geometry = register.Kind is { } kind ? Geometry(source, kind, reasons) : null;
        return reasons.Count > 0
            ? (null, new Rejection(source.Line, string.Join(" ; ", reasons)))
            : (new ImportRow(source.Line, geometry, values), null);
    }

    private Geometry? Geometry(SourceRow source, GeometryKind kind, List<string> reasons)
    {
        Geometry? geometry = null;
        switch (mapping.Geometry)
        {
            case GeometrySource.GeoJson when source.GeometryError is { } error:
                reasons.Add(text["The geometry cannot be read: {0}", error]);
                return null;
            case GeometrySource.GeoJson:
                geometry = source.Geometry;
                break;
            case GeometrySource.LonLat:
                var lon = Cell(source, longitude);
                var lat = Cell(source, latitude);
                if (lon is null && lat is null)
                {
                    break;
                }

                if (lon is null || lat is null || !FieldValues.TryNumber(lon, out var x) || !FieldValues.TryNumber(lat, out var y))
                {
                    reasons.Add(text["The longitude and latitude (\"{0}\", \"{1}\") are not two numbers.", lon ?? string.Empty, lat ?? string.Empty]);
                    return null;
                }

                geometry = Wgs84.Point(x, y);
                break;
            case GeometrySource.Wkt when Cell(source, wkt) is { } shape:
                try
                {
                    geometry = wktReader.Read(shape);
                    geometry.SRID = Wgs84.Srid;
                }
                catch (Exception e) when (e is ParseException or ArgumentException or FormatException or InvalidOperationException)
                {
                    reasons.Add(text["The WKT shape cannot be read: {0}", e.Message]);
                    return null;
                }

                break;
        }

        if (GeometryCheck.Refusal(geometry, kind) is { } refusal)
        {
            var argument = refusal.Argument is null ? string.Empty : common[refusal.Argument].Value;
            reasons.Add(common[refusal.Reason, argument]);
            return null;
        }

        return geometry;
    }

    private static string? Cell(SourceRow row, int column) => column >= 0 && column < row.Cells.Count ? row.Cells[column] : null;

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
