using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Cmms.Testing.Gis;
using static Cmms.IntegrationTests.Gis.GisKit;

namespace Cmms.IntegrationTests.Gis;

/// <summary>
/// Import of an inventory: upload, column mapping, a dry run that lists every refused row and writes nothing,
/// then an import of the accepted rows that writes them all or none.
/// </summary>
public sealed partial class ImportTests(GisApps apps) : IClassFixture<GisApps>
{
    private const string Header = "Label;Species;Height (m);Trunk circumference (cm);Planting date;Remarkable tree;Longitude;Latitude;Site";

    private static readonly Dictionary<string, string> Mapping = new()
    {
        ["field.label"] = "Label", ["field.species"] = "Species", ["field.heightM"] = "Height (m)", ["field.circumferenceCm"] = "Trunk circumference (cm)",
        ["field.planted"] = "Planting date", ["field.remarkable"] = "Remarkable tree", ["field.site"] = "Site",
        ["geometry"] = "LonLat", ["longitude"] = "Longitude", ["latitude"] = "Latitude",
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_dry_run_lists_every_refused_row_with_its_reason_and_writes_nothing_then_the_accepted_rows_are_imported(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var before = await CityAsync(app);
        var csv = string.Join("\r\n",
            Header,
            "Frêne de la place n°1;Fraxinus excelsior;12,5;140;15/03/1998;oui;4,4301;46,8001;HDV",
            "Frêne de la place n°2;Fraxinus excelsior;12,5 m;;;;4.4302;46.8002;HDV",
            ";Fraxinus excelsior;10;;;;4.4303;46.8003;",
            "Frêne de la place n°4;;10;;;non;abc;46.8004;",
            "Frêne de la place n°5;;10;;31/02/2020;;4.4305;46.8005;",
            "Frêne de la place n°6;;75;;;;4.4306;46.8006;",
            $"{before[0].Label};;10;;;;4.4307;46.8007;",
            "Frêne de la place n°8;;10;;;;4.4308;46.8008;NOPE",
            "Frêne de la place n°9;;10;;;;4.4309;95;",
            "\"Frêne de la place\nn°10\";;8;12.0;2001-06-30;x;4.4310;46.8010;");

        var run = await UploadAsync(admin, "test-trees", "inventaire.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);
        var (_, mapping) = await admin.GetPageAsync($"/gis/import/{run}");
        var dryRun = await MapAndCheckAsync(admin, run, Mapping);
        var (_, page) = await admin.GetPageAsync($"/gis/import/{run}");
        var reasons = Rejections(page);

        // The mapping page guessed the columns from their names.
        Assert.Matches("name=\"field.heightM\"[^>]*>\\s*<option value=\"\">\\(aucune\\)</option>[\\s\\S]*?<option value=\"Height \\(m\\)\" selected=\"selected\"", mapping);
        Assert.Matches("id=\"geometry-lonlat\" value=\"LonLat\" checked=\"checked\"", mapping);
        Assert.Equal("Checked", dryRun.GetProperty("state").GetString());
        Assert.Equal(2, dryRun.GetProperty("accepted").GetInt32());
        Assert.Equal(8, dryRun.GetProperty("rejected").GetInt32());
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10], reasons.Keys.Order());
        Assert.Contains("« 12,5 m » n'est pas un nombre", reasons[3], StringComparison.Ordinal);
        Assert.Contains("Label : ce champ est obligatoire", reasons[4], StringComparison.Ordinal);
        Assert.Contains("ne sont pas deux nombres", reasons[5], StringComparison.Ordinal);
        Assert.Contains("« 31/02/2020 » n'est pas une date", reasons[6], StringComparison.Ordinal);
        Assert.Contains("plus de 60 m", reasons[7], StringComparison.Ordinal);
        Assert.Contains("s'appelle déjà", reasons[8], StringComparison.Ordinal);
        Assert.Contains("« NOPE » est inconnu", reasons[9], StringComparison.Ordinal);
        Assert.Contains("hors limites", reasons[10], StringComparison.Ordinal);
        Assert.Equal(before.Count, (await CityAsync(app)).Count);

        // The person accepts: the two accepted rows are written, the refused ones left out.
        var imported = await ImportAsync(admin, run);
        var again = await admin.PostFormAsync($"/gis/import/{run}/import", []);

        Assert.Equal("Done", imported.GetProperty("state").GetString());
        Assert.Equal(2, imported.GetProperty("imported").GetInt32());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var after = await CityAsync(app);
        Assert.Equal(before.Count + 2, after.Count);
        var first = after.Single(t => t.Label == "Frêne de la place n°1");
        Assert.Equal(12.5, first.HeightM);
        Assert.Equal(140, first.CircumferenceCm);
        Assert.Equal(new DateOnly(1998, 3, 15), first.Planted);
        Assert.True(first.Remarkable);
        Assert.Equal((await DemoIds.LoadAsync(app, DemoIds.City)).Organisation, first.OrganisationId);
        Assert.NotNull(first.SiteId);
        Assert.Equal(4.4301, first.Geometry.Coordinate.X, 9);
        var tenth = after.Single(t => t.Label == "Frêne de la place\nn°10");
        Assert.Equal((12L, new DateOnly(2001, 6, 30), true), (tenth.CircumferenceCm!.Value, tenth.Planted!.Value, tenth.Remarkable!.Value));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_import_that_fails_midway_writes_nothing(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var before = await CityAsync(app);
        var csv = string.Join("\n", Header,
            "Saule n°1;Salix alba;9;;;;4.431;46.801;",
            "Saule n°2;Salix alba;9;;;;4.432;46.801;",
            $"{TestAssets.FailOnImport};Salix alba;9;;;;4.433;46.801;",
            "Saule n°4;Salix alba;9;;;;4.434;46.801;");

        var run = await UploadAsync(admin, "test-trees", "saules.csv", Encoding.UTF8.GetBytes(csv));
        var dryRun = await MapAndCheckAsync(admin, run, Mapping);
        var outcome = await ImportAsync(admin, run);
        var (_, page) = await admin.GetPageAsync($"/gis/import/{run}");

        Assert.Equal(4, dryRun.GetProperty("accepted").GetInt32());
        Assert.Equal("Failed", outcome.GetProperty("state").GetString());
        Assert.Contains("rien n'a été enregistré", outcome.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-error\"", page, StringComparison.Ordinal);
        Assert.Equal(before.Select(t => t.Id), (await CityAsync(app)).Select(t => t.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_workbook_is_read_by_its_cells_types_and_its_wkt_column(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Arbres");
        string[] header = ["Nom", "Hauteur", "Plantation", "Géométrie"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = header[c];
        }

        sheet.Cell(2, 1).Value = "Cèdre du cimetière";
        sheet.Cell(2, 2).Value = 21.75;
        sheet.Cell(2, 3).Value = new DateTime(1952, 11, 11);
        sheet.Cell(2, 4).Value = "POINT (4.4265 46.8137)";
        sheet.Cell(3, 1).Value = "Haie du cimetière";
        sheet.Cell(3, 4).Value = "LINESTRING (4.426 46.813, 4.427 46.814)";
        sheet.Cell(4, 1).Value = "If du cimetière";
        sheet.Cell(4, 4).Value = "POINT (4.4266";
        using var file = new MemoryStream();
        workbook.SaveAs(file);

        var run = await UploadAsync(admin, "test-trees", "cimetiere.xlsx", file.ToArray());
        var dryRun = await MapAndCheckAsync(admin, run, new() { ["field.label"] = "Nom", ["field.heightM"] = "Hauteur", ["field.planted"] = "Plantation", ["geometry"] = "Wkt", ["wkt"] = "Géométrie" });
        var (_, page) = await admin.GetPageAsync($"/gis/import/{run}");
        var reasons = Rejections(page);
        var outcome = await ImportAsync(admin, run);

        Assert.Equal(1, dryRun.GetProperty("accepted").GetInt32());
        Assert.Contains("n'est pas du type attendu pour cette couche (point)", reasons[3], StringComparison.Ordinal);
        Assert.Contains("La forme WKT est illisible", reasons[4], StringComparison.Ordinal);
        Assert.Equal("Done", outcome.GetProperty("state").GetString());
        var cedar = (await CityAsync(app)).Single(t => t.Label == "Cèdre du cimetière");
        Assert.Equal(21.75, cedar.HeightM);
        Assert.Equal(new DateOnly(1952, 11, 11), cedar.Planted);
        Assert.Equal(46.8137, cedar.Geometry.Coordinate.Y, 9);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_geojson_file_brings_its_own_geometries(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        const string geojson = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[4.4411,46.8032]},"properties":{"label":"Marronnier du quai","heightM":7.25,"planted":"2010-04-01","remarkable":false}},
              {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[4.44,46.80],[4.45,46.80],[4.45,46.81],[4.44,46.80]]]},"properties":{"label":"Massif du quai"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":"nulle part"},"properties":{"label":"Arbre perdu"}},
              {"type":"Feature","geometry":null,"properties":{"label":"Arbre sans position"}}
            ]}
            """;

        var run = await UploadAsync(admin, "test-trees", "quai.geojson", Encoding.UTF8.GetBytes(geojson));
        var (_, mapping) = await admin.GetPageAsync($"/gis/import/{run}");
        var dryRun = await MapAndCheckAsync(admin, run, new() { ["field.label"] = "label", ["field.heightM"] = "heightM", ["field.planted"] = "planted", ["field.remarkable"] = "remarkable", ["geometry"] = "GeoJson" });
        var (_, page) = await admin.GetPageAsync($"/gis/import/{run}");
        var reasons = Rejections(page);
        var outcome = await ImportAsync(admin, run);

        Assert.Matches("id=\"geometry-geojson\" value=\"GeoJson\" checked=\"checked\"", mapping);
        Assert.Equal([2, 3, 4], reasons.Keys.Order());
        Assert.Contains("n'est pas du type attendu pour cette couche (point)", reasons[2], StringComparison.Ordinal);
        Assert.Contains("La géométrie est illisible", reasons[3], StringComparison.Ordinal);
        Assert.Contains("La géométrie est absente", reasons[4], StringComparison.Ordinal);
        Assert.Equal("Done", outcome.GetProperty("state").GetString());
        var chestnut = (await CityAsync(app)).Single(t => t.Label == "Marronnier du quai");
        Assert.Equal((7.25, new DateOnly(2010, 4, 1), false), (chestnut.HeightM!.Value, chestnut.Planted!.Value, chestnut.Remarkable!.Value));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Files_that_cannot_be_imported_are_refused_at_upload_with_the_reason(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var latin1 = Encoding.Latin1.GetBytes("Label;Longitude;Latitude\nFrêne;4.43;46.80");
        (string Name, byte[] Content, string Reason)[] refused =
        [
            ("arbres.xlsx", Encoding.UTF8.GetBytes(Header + "\nA;;;;;;4.4;46.8;"), "mais son contenu n'est pas dans ce format"),
            ("arbres.csv", latin1, "n'est pas en UTF-8"),
            ("arbres.pdf", Encoding.UTF8.GetBytes("%PDF-1.4"), "Choisissez un fichier GeoJSON, CSV ou XLSX"),
            ("arbres.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Les anciens fichiers Excel (.xls)"),
            ("lambert.geojson", Encoding.UTF8.GetBytes("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},"features":[]}"""), "pas en longitude/latitude WGS84"),
            ("vide.csv", Encoding.UTF8.GetBytes(Header), "ne contient aucune ligne"),
        ];
        var runsBefore = await RunsAsync(admin);

        foreach (var (name, content, reason) in refused)
        {
            var response = await PostFileAsync(admin, "test-trees", name, content);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(reason, html, StringComparison.Ordinal);
        }

        var noRegister = WebUtility.HtmlDecode(await (await PostFileAsync(admin, "no-such-register", "a.csv", Encoding.UTF8.GetBytes(Header + "\nA;;;;;;4.4;46.8;"))).Content.ReadAsStringAsync());
        Assert.Contains("Choisissez le registre dans lequel importer.", noRegister, StringComparison.Ordinal);
        Assert.Equal(runsBefore, await RunsAsync(admin));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_mapping_without_a_required_field_or_a_position_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var run = await UploadAsync(admin, "test-trees", "sans-nom.csv", Encoding.UTF8.GetBytes(Header + "\nTilleul;;;;;;4.4;46.8;"));

        var (response, html) = await admin.SubmitAsync($"/gis/import/{run}/mapping", new() { ["field.species"] = "Species", ["geometry"] = "LonLat", ["longitude"] = "Longitude" });
        var progress = await JsonAsync(await admin.Http.GetAsync($"/gis/import/{run}/progress"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez la colonne qui contient Label : ce champ est obligatoire.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Choisissez la colonne de longitude et la colonne de latitude.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal("Uploaded", progress.GetProperty("state").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_refused_rows_download_as_a_csv_and_an_abandoned_import_forgets_its_file(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var run = await UploadAsync(admin, "test-trees", "erreurs.csv", Encoding.UTF8.GetBytes(Header + "\nFrêne;;haut;;;;4.4;46.8;\nOrme;;5;;;;4.41;46.81;"));
        await MapAndCheckAsync(admin, run, Mapping);

        var csv = await admin.Http.GetByteArrayAsync($"/gis/import/{run}/rejections.csv");
        var abandoned = await admin.PostFormAsync($"/gis/import/{run}/abandon", []);
        var after = await JsonAsync(await admin.Http.GetAsync($"/gis/import/{run}/progress"));
        var import = await admin.PostFormAsync($"/gis/import/{run}/import", []);

        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Ligne;Motif", lines[0]);
        Assert.StartsWith("2;\"Height (m) : « haut » n'est pas un nombre.", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Equal(HttpStatusCode.Redirect, abandoned.StatusCode);
        Assert.Equal("Abandoned", after.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Equal("Abandoned", (await JsonAsync(await admin.Http.GetAsync($"/gis/import/{run}/progress"))).GetProperty("state").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Only_administrators_and_managers_import(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);

        var (refused, _) = await referent.GetPageAsync("/gis/import");
        var (allowed, html) = await manager.GetPageAsync("/gis/import");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("<option value=\"test-trees\">Arbres (test)</option>", html, StringComparison.Ordinal);
        Assert.Contains("Import / export SIG", html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostFileAsync(Browser browser, string register, string fileName, byte[] content)
    {
        var (_, html) = await browser.GetPageAsync("/gis/import");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(register), "register" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await browser.Http.PostAsync("/gis/import", form);
    }

    private static async Task<Guid> UploadAsync(Browser browser, string register, string fileName, byte[] content)
    {
        var response = await PostFileAsync(browser, register, fileName, content);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    private static async Task<JsonElement> MapAndCheckAsync(Browser browser, Guid run, Dictionary<string, string> mapping)
    {
        await browser.GetPageAsync($"/gis/import/{run}");
        var response = await browser.PostFormAsync($"/gis/import/{run}/mapping", new(mapping));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return await WaitAsync(browser, run);
    }

    private static async Task<JsonElement> ImportAsync(Browser browser, Guid run)
    {
        await browser.GetPageAsync($"/gis/import/{run}");
        var response = await browser.PostFormAsync($"/gis/import/{run}/import", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await WaitAsync(browser, run);
    }

    /// <summary>The run's progress once it is no longer under way (it runs in the background).</summary>
    private static async Task<JsonElement> WaitAsync(Browser browser, Guid run)
    {
        for (var i = 0; i < 240; i++)
        {
            var progress = await JsonAsync(await browser.Http.GetAsync($"/gis/import/{run}/progress"));
            if (!progress.GetProperty("running").GetBoolean())
            {
                return progress;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The import run {run} is still running after a minute.");
    }

    /// <summary>The refused rows the page lists: line → reason.</summary>
    private static Dictionary<int, string> Rejections(string html) =>
        RejectionRow().Matches(html).ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => WebUtility.HtmlDecode(m.Groups[2].Value));

    private static async Task<int> RunsAsync(Browser browser)
    {
        var (_, html) = await browser.GetPageAsync("/gis/import");
        return RunLink().Count(html);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<tr><td class=\"text-end\">(\\d+)</td><td>([^<]*)</td></tr>")]
    private static partial Regex RejectionRow();

    [GeneratedRegex("href=\"/gis/import/[0-9a-f-]{36}\"")]
    private static partial Regex RunLink();
}
