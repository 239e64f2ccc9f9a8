using System.Globalization;
using System.Text;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;

namespace Cmms.Gis.Import.Mapping;

/// <summary>Where a row's geometry comes from.</summary>
public enum GeometrySource
{
    /// <summary>The register has no geometry (vehicles).</summary>
    None,

    /// <summary>The GeoJSON feature's own geometry.</summary>
    GeoJson,

    /// <summary>A longitude column and a latitude column (a point).</summary>
    LonLat,

    /// <summary>A column holding the shape as WKT ("POINT (4.43 46.80)", "POLYGON ((…))").</summary>
    Wkt,
}

/// <summary>
/// The person's choice, for each field of the register, of the file's column that holds it (null: none),
/// and of the geometry's source. Guessed from the column names first, corrected by the person.
/// </summary>
public sealed record ColumnMapping(IReadOnlyDictionary<string, string?> Fields, GeometrySource Geometry, string? Longitude = null, string? Latitude = null, string? Wkt = null)
{
    private static readonly string[] LongitudeNames = ["longitude", "lon", "lng", "long", "x", "coordx"];
    private static readonly string[] LatitudeNames = ["latitude", "lat", "y", "coordy"];
    private static readonly string[] WktNames = ["wkt", "geometrywkt", "geometriewkt", "geometry", "geometrie", "geom", "thegeom", "shape", "forme"];

    /// <summary>The columns whose names match a field's name or label (in English or in the person's language), and the geometry's likely source.</summary>
    public static ColumnMapping Guess(IRegisterImport register, IReadOnlyList<string> columns, ImportFormat format, Func<ImportField, string> localLabel)
    {
        var byName = columns.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var fields = new Dictionary<string, string?>();
        foreach (var field in register.Fields)
        {
            string[] names = [field.Name, field.Label, localLabel(field)];
            fields[field.Name] = names.Select(Key).Where(byName.ContainsKey).Select(k => byName[k]).FirstOrDefault();
        }

        string? Find(string[] names) => names.Where(byName.ContainsKey).Select(n => byName[n]).FirstOrDefault();
        if (register.Kind is null)
        {
            return new ColumnMapping(fields, GeometrySource.None);
        }

        if (format == ImportFormat.GeoJson)
        {
            return new ColumnMapping(fields, GeometrySource.GeoJson);
        }

        var wkt = Find(WktNames);
        var (longitude, latitude) = (Find(LongitudeNames), Find(LatitudeNames));
        return wkt is not null && (longitude is null || latitude is null || register.Kind is not (GeometryKind.Point or GeometryKind.PointOrPolygon))
            ? new ColumnMapping(fields, GeometrySource.Wkt, Wkt: wkt)
            : new ColumnMapping(fields, GeometrySource.LonLat, longitude, latitude);
    }

    /// <summary>Every reason the mapping cannot be used, as text keys with their argument (the field's label); empty when it can.</summary>
    public IReadOnlyList<(string Reason, string? Argument)> Refusals(IRegisterImport register, IReadOnlyList<string> columns, ImportFormat format, Func<ImportField, string> localLabel)
    {
        var refusals = new List<(string, string?)>();
        foreach (var field in register.Fields)
        {
            var column = Fields.GetValueOrDefault(field.Name);
            if (column is not null && !columns.Contains(column))
            {
                refusals.Add(("The column chosen for {0} is not in the file.", localLabel(field)));
            }
            else if (column is null && field.Required)
            {
                refusals.Add(("Choose the column that holds {0}: this field is required.", localLabel(field)));
            }
        }

        if (register.Kind is null)
        {
            return refusals;
        }

        switch (Geometry)
        {
            case GeometrySource.GeoJson when format != ImportFormat.GeoJson:
                refusals.Add(("Only a GeoJSON file carries its own geometry: choose longitude and latitude columns or a WKT column.", null));
                break;
            case GeometrySource.LonLat when Longitude is null || Latitude is null || !columns.Contains(Longitude) || !columns.Contains(Latitude):
                refusals.Add(("Choose the longitude column and the latitude column.", null));
                break;
            case GeometrySource.LonLat when register.Kind is not (GeometryKind.Point or GeometryKind.PointOrPolygon):
                refusals.Add(("Longitude and latitude make a point, and this register needs lines or polygons: choose a WKT column.", null));
                break;
            case GeometrySource.Wkt when Wkt is null || !columns.Contains(Wkt):
                refusals.Add(("Choose the column that holds the shapes as WKT.", null));
                break;
            case GeometrySource.None:
                refusals.Add(("Choose where the assets' positions are in the file.", null));
                break;
        }

        return refusals;
    }

    /// <summary>A name reduced to what matters for matching: lower case, no accents, letters and digits only.</summary>
    internal static string Key(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
