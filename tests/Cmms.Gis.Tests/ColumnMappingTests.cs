using Cmms.Gis.Import;
using Cmms.Gis.Import.Mapping;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;

namespace Cmms.Gis.Tests;

public sealed class ColumnMappingTests
{
    private static readonly StubRegister Trees = new(GeometryKind.Point,
    [
        new("label", "Label", FieldType.Text, true), new("heightM", "Height (m)", FieldType.Number, false), new("planted", "Planting date", FieldType.Date, false),
    ]);

    private static readonly StubRegister Roads = new(GeometryKind.Line, [new("streetName", "Street name", FieldType.Text, true)]);

    private static string French(ImportField field) => field.Name switch
    {
        "label" => "Libellé",
        "heightM" => "Hauteur (m)",
        "planted" => "Date de plantation",
        _ => field.Label,
    };

    [Fact]
    public void Columns_are_guessed_from_the_fields_names_and_labels_in_either_language()
    {
        var mapping = ColumnMapping.Guess(Trees, ["LIBELLÉ", "hauteur_m", "Date de plantation", "Longitude", "Lat"], ImportFormat.Csv, French);

        Assert.Equal("LIBELLÉ", mapping.Fields["label"]);
        Assert.Equal("hauteur_m", mapping.Fields["heightM"]);
        Assert.Equal("Date de plantation", mapping.Fields["planted"]);
        Assert.Equal((GeometrySource.LonLat, "Longitude", "Lat"), (mapping.Geometry, mapping.Longitude, mapping.Latitude));
    }

    [Fact]
    public void Lines_take_their_shape_from_a_wkt_column_and_geojson_from_its_features()
    {
        var wkt = ColumnMapping.Guess(Roads, ["Street name", "X", "Y", "Géométrie (WKT)"], ImportFormat.Xlsx, f => f.Label);
        var geojson = ColumnMapping.Guess(Trees, ["label"], ImportFormat.GeoJson, French);

        Assert.Equal((GeometrySource.Wkt, "Géométrie (WKT)"), (wkt.Geometry, wkt.Wkt));
        Assert.Equal(GeometrySource.GeoJson, geojson.Geometry);
    }

    [Fact]
    public void A_mapping_names_every_reason_it_cannot_be_used()
    {
        var columns = new[] { "Nom", "Hauteur" };
        var missing = new ColumnMapping(new Dictionary<string, string?> { ["label"] = null, ["heightM"] = "Gone" }, GeometrySource.LonLat, "Nom", null);
        var lineAsPoints = new ColumnMapping(new Dictionary<string, string?> { ["streetName"] = "Nom" }, GeometrySource.LonLat, "Nom", "Hauteur");
        var geojsonFromCsv = new ColumnMapping(new Dictionary<string, string?> { ["label"] = "Nom" }, GeometrySource.GeoJson);
        var fine = new ColumnMapping(new Dictionary<string, string?> { ["label"] = "Nom", ["heightM"] = "Hauteur" }, GeometrySource.Wkt, Wkt: "Hauteur");

        Assert.Equal(
            [("Choose the column that holds {0}: this field is required.", "Libellé"), ("The column chosen for {0} is not in the file.", "Hauteur (m)"), ("Choose the longitude column and the latitude column.", null)],
            missing.Refusals(Trees, columns, ImportFormat.Csv, French));
        Assert.Contains(lineAsPoints.Refusals(Roads, columns, ImportFormat.Csv, f => f.Label), r => r.Reason.StartsWith("Longitude and latitude make a point", StringComparison.Ordinal));
        Assert.Contains(geojsonFromCsv.Refusals(Trees, columns, ImportFormat.Csv, French), r => r.Reason.StartsWith("Only a GeoJSON file", StringComparison.Ordinal));
        Assert.Empty(fine.Refusals(Trees, columns, ImportFormat.Csv, French));
    }

    [Fact]
    public void Keys_ignore_case_accents_and_punctuation()
    {
        Assert.Equal("hauteurm", ColumnMapping.Key("Hauteur (m)"));
        Assert.Equal("geometriewkt", ColumnMapping.Key("Géométrie (WKT)"));
        Assert.Equal(ColumnMapping.Key("date_de_plantation"), ColumnMapping.Key("Date de plantation"));
    }

    private sealed class StubRegister(GeometryKind? kind, IReadOnlyList<ImportField> fields) : IRegisterImport
    {
        public string Id => "stub";

        public string Title => "Stub";

        public GeometryKind? Kind => kind;

        public IReadOnlyList<ImportField> Fields => fields;

        public Task<IReadOnlyList<ImportRejection>> CheckAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> ImportAsync(IReadOnlyList<ImportRow> rows, IProgress<int> progress, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
