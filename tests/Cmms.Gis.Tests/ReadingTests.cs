using System.Text;
using ClosedXML.Excel;
using Cmms.Gis.Import;
using Cmms.Gis.Import.Reading;
using NetTopologySuite.Geometries;

namespace Cmms.Gis.Tests;

public sealed class ReadingTests
{
    private static string Column(int n) => $"Colonne {n}";

    [Theory]
    [InlineData(";")]
    [InlineData(",")]
    [InlineData("\t")]
    public void Csv_is_read_whatever_its_separator_with_spreadsheet_row_numbers(string separator)
    {
        var text = string.Join("\r\n", $"Nom{separator}Hauteur{separator}", $"Tilleul{separator}\"12{(separator == "," ? "," : ",")}5\"", string.Empty, $"Chêne{separator}8");

        var table = CsvTable.Read(text, Column);

        Assert.Equal(["Nom", "Hauteur", "Colonne 3"], table.Columns);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Line));
        Assert.Equal(["Tilleul", "12,5", null], table.Rows[0].Cells);
        Assert.Equal(["Chêne", "8", null], table.Rows[1].Cells);
    }

    [Fact]
    public void A_quoted_cell_may_hold_a_line_break_and_the_next_row_keeps_its_number()
    {
        var table = CsvTable.Read("Nom;Note\n\"Frêne\";\"creux\nà surveiller\"\nOrme;sain\n", Column);

        Assert.Equal("creux\nà surveiller", table.Rows[0].Cells[1]);
        Assert.Equal(3, table.Rows[1].Line);
    }

    [Fact]
    public void Repeated_and_blank_column_names_are_made_unique()
    {
        Assert.Equal(["Nom", "nom (2)", "Colonne 3"], ImportFile.ColumnNames(["Nom", "nom", " "], Column));
    }

    [Fact]
    public void The_format_is_recognised_by_content_and_must_match_the_name()
    {
        var csv = Encoding.UTF8.GetBytes("Nom;Hauteur\nTilleul;12");
        var bom = Encoding.UTF8.GetPreamble().Concat(csv).ToArray();
        var geojson = Encoding.UTF8.GetBytes("  {\"type\":\"FeatureCollection\",\"features\":[]}");

        Assert.Equal(ImportFormat.Csv, ImportFile.Detect(csv, "arbres.csv"));
        Assert.Equal(ImportFormat.Csv, ImportFile.Detect(bom, "ARBRES.CSV"));
        Assert.Equal(ImportFormat.GeoJson, ImportFile.Detect(geojson, "arbres.geojson"));
        Assert.Equal(ImportFormat.Xlsx, ImportFile.Detect(Workbook(), "arbres.xlsx"));
        Assert.Throws<ImportFileException>(() => ImportFile.Detect(csv, "arbres.xlsx"));
        Assert.Throws<ImportFileException>(() => ImportFile.Detect(geojson, "arbres.csv"));
        Assert.Throws<ImportFileException>(() => ImportFile.Detect(Workbook(), "arbres.csv"));
        Assert.Throws<ImportFileException>(() => ImportFile.Detect([], "arbres.csv"));
        Assert.Throws<ImportFileException>(() => ImportFile.Detect(Encoding.Latin1.GetBytes("Nom\nFrêne"), "arbres.csv"));
        Assert.Throws<ImportFileException>(() => ImportFile.Detect(csv, "arbres.docx"));
    }

    [Fact]
    public void A_workbook_gives_its_values_typed_from_its_first_sheet()
    {
        var table = XlsxTable.Read(Workbook(), Column);

        Assert.Equal(["Nom", "Hauteur", "Plantation", "Remarquable"], table.Columns);
        Assert.Equal(3, table.Rows[0].Line);
        Assert.Equal(["Tilleul", "12.5", "1998-03-15", "true"], table.Rows[0].Cells);
    }

    [Fact]
    public void Geojson_features_give_their_properties_and_their_geometry_or_why_it_cannot_be_read()
    {
        var table = GeoJsonTable.Read("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[4.43,46.80]},"properties":{"nom":"Tilleul","hauteur":12.5,"vieux":true}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":"ici"},"properties":{"nom":"Chêne","essence":"Quercus"}}
            ]}
            """);

        Assert.Equal(["nom", "hauteur", "vieux", "essence"], table.Columns);
        Assert.Equal(["Tilleul", "12.5", "true", null], table.Rows[0].Cells);
        Assert.IsType<Point>(table.Rows[0].Geometry);
        Assert.Equal(4326, table.Rows[0].Geometry!.SRID);
        Assert.Null(table.Rows[1].Geometry);
        Assert.NotNull(table.Rows[1].GeometryError);
        Assert.Equal([1, 2], table.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},"features":[]}""")]
    [InlineData("""{"type":"Topology"}""")]
    [InlineData("""{"type":"FeatureCollection","features":[""")]
    public void Other_coordinate_systems_and_other_json_are_refused(string json)
    {
        Assert.Throws<ImportFileException>(() => GeoJsonTable.Read(json));
    }

    [Fact]
    public void A_crs84_or_4326_crs_member_is_accepted()
    {
        var table = GeoJsonTable.Read("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[]}""");

        Assert.Empty(table.Rows);
    }

    private static byte[] Workbook()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Arbres");
        sheet.Cell(2, 1).Value = "Nom";
        sheet.Cell(2, 2).Value = "Hauteur";
        sheet.Cell(2, 3).Value = "Plantation";
        sheet.Cell(2, 4).Value = "Remarquable";
        sheet.Cell(3, 1).Value = "Tilleul";
        sheet.Cell(3, 2).Value = 12.5;
        sheet.Cell(3, 3).Value = new DateTime(1998, 3, 15);
        sheet.Cell(3, 4).Value = true;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
