using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Kernel.Geo;
using Cmms.Testing;
using Cmms.Testing.Gis;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using static Cmms.IntegrationTests.Gis.GisKit;

namespace Cmms.IntegrationTests.Gis;

/// <summary>A register downloaded whole, as GeoJSON (streamed) and XLSX, within what the person may see.</summary>
public sealed class ExportTests(GisApps apps) : IClassFixture<GisApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_geojson_export_is_a_valid_feature_collection_of_every_asset(DatabaseProvider provider)
    {
        var app = apps[provider];
        var trees = await CityAsync(app);
        using var client = KeyClient(app);

        using var response = await client.GetAsync("/gis/export/test-trees.geojson");
        var text = await response.Content.ReadAsStringAsync();
        var collection = JsonSerializer.Deserialize<FeatureCollection>(text, GeoJson.Options)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("test-trees-", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        Assert.Equal(trees.Count, collection.Count);
        Assert.Equal(trees.Select(t => t.Id), Ids(JsonDocument.Parse(text).RootElement));
        foreach (var (feature, tree) in collection.Zip(trees))
        {
            Assert.True(tree.Geometry.EqualsExact(feature.Geometry, 1e-9));
            Assert.Equal(tree.Label, feature.Attributes["label"]);
            Assert.Equal(tree.Species, feature.Attributes["species"]);
            Assert.Equal(tree.HeightM!.Value, Convert.ToDouble(feature.Attributes["heightM"], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_exports_only_the_assets_of_their_sites(DatabaseProvider provider)
    {
        var app = apps[provider];
        var school = (await CityAsync(app)).Where(t => t.Label.Contains("Jules-Ferry", StringComparison.Ordinal)).Select(t => t.Id);
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);

        var exported = JsonDocument.Parse(await referent.Http.GetStringAsync("/gis/export/test-trees.geojson")).RootElement;

        Assert.Equal(school.Order(), Ids(exported).Order());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_xlsx_export_holds_real_numbers_dates_and_yes_no_values_and_the_position(DatabaseProvider provider)
    {
        var app = apps[provider];
        var trees = await CityAsync(app);
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);

        using var response = await admin.Http.GetAsync("/gis/export/test-trees.xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Libellé", "Species", "Height (m)", "Trunk circumference (cm)", "Planting date", "Remarkable tree", "Longitude", "Latitude", "Identifiant"], headers);
        Assert.Equal(trees.Count + 1, sheet.LastRowUsed().RowNumber());
        for (var i = 0; i < trees.Count; i++)
        {
            var row = sheet.Row(i + 2);
            var tree = trees.Single(t => t.Id == Guid.Parse(row.Cell(9).GetString()));
            Assert.Equal(tree.Label, row.Cell(1).GetString());
            Assert.Equal(XLDataType.Number, row.Cell(3).DataType);
            Assert.Equal(tree.HeightM!.Value, row.Cell(3).GetDouble());
            Assert.Equal(XLDataType.Number, row.Cell(4).DataType);
            Assert.Equal(XLDataType.DateTime, row.Cell(5).DataType);
            Assert.Equal(tree.Planted!.Value.ToDateTime(TimeOnly.MinValue), row.Cell(5).GetDateTime());
            Assert.Equal(XLDataType.Boolean, row.Cell(6).DataType);
            Assert.Equal(tree.Remarkable!.Value, row.Cell(6).GetBoolean());
            Assert.Equal(XLDataType.Number, row.Cell(7).DataType);
            Assert.Equal(tree.Geometry.Coordinate.X, row.Cell(7).GetDouble(), 9);
            Assert.Equal(tree.Geometry.Coordinate.Y, row.Cell(8).GetDouble(), 9);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Lines_and_polygons_are_exported_as_wkt(DatabaseProvider provider)
    {
        var app = apps[provider];
        var zones = await CityAsync(app, TestAssets.Zones);
        using var client = KeyClient(app);

        using var workbook = new XLWorkbook(await client.GetStreamAsync("/gis/export/test-zones.xlsx"));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("Géométrie (WKT)", sheet.Cell(1, 3).GetString());
        foreach (var zone in zones)
        {
            var row = sheet.RowsUsed().Single(r => r.Cell(4).GetString() == zone.Id.ToString());
            var shape = new WKTReader().Read(row.Cell(3).GetString());
            Assert.IsType<Polygon>(shape);
            Assert.True(zone.Geometry.EqualsExact(shape, 1e-7));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_layer_is_a_404_and_the_agglomeration_exports_none_of_the_city(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var agglo = KeyClient(app, DemoLogins.AggloDemoApiKey);
        var own = await AggloAsync(app);

        var exported = JsonDocument.Parse(await agglo.GetStringAsync("/gis/export/test-trees.geojson")).RootElement;

        Assert.Equal(own.Select(t => t.Id).Order(), Ids(exported).Order());
        using (var workbook = new XLWorkbook(await agglo.GetStreamAsync("/gis/export/test-trees.xlsx")))
        {
            var identifiers = workbook.Worksheet(1).RowsUsed().Skip(1).Select(r => Guid.Parse(r.Cell(9).GetString()));
            Assert.Equal(own.Select(t => t.Id).Order(), identifiers.Order());
        }

        await ProblemAsync(await agglo.GetAsync("/gis/export/no-such-layer.geojson"), HttpStatusCode.NotFound);
        await ProblemAsync(await agglo.GetAsync("/gis/export/no-such-layer.xlsx"), HttpStatusCode.NotFound);
    }
}
