using System.Text.Json;
using Cmms.Directory.Demo;
using Cmms.Testing.Gis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests.Gis;

/// <summary>
/// The map in Chromium, with a tile server that does not answer: the city's layers still show; the school
/// referent sees the trees of their schools' yards (the Green spaces register), opens one's card, and
/// "Nouvelle demande ici" opens the portal's form with the tree chosen.
/// </summary>
public sealed class MapJourneyTests(MapJourneyApp app) : IClassFixture<MapJourneyApp>
{
    [BrowserFact]
    public async Task Without_tiles_the_referent_sees_their_trees_opens_one_and_reports_a_problem_on_it()
    {
        await using var session = await app.Browser.OpenAsync();
        var page = session.Page;
        var (yardTrees, firstTree) = await SchoolTreesAsync();
        await page.SignInToHomeAsync(DemoLogins.SchoolReferent);

        await page.MainMenu().GetByRole(AriaRole.Button, new() { Name = "Patrimoine" }).ClickAsync();
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Carte", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Carte");
        await Expect(page.GetByLabel("Arbres", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.Locator("[data-count-for='trees']")).ToHaveTextAsync($"{yardTrees} affiché(s)");
        await Expect(page.Locator("#map-notice")).ToContainTextAsync("Le fond de carte ne se charge pas : les équipements restent affichés.");

        await ShowOnlyAsync(page, "Arbres");

        await session.ScreenshotAsync("map-without-tiles");
        await page.GetByText("Visibles sur la carte").ClickAsync();
        var listed = page.Locator("#map-list button");
        await Expect(listed).ToHaveCountAsync(yardTrees);
        await listed.Filter(new() { HasText = firstTree.Label }).First.ClickAsync();

        var card = page.Locator("#map-card");
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Heading)).ToContainTextAsync(firstTree.Label);
        await Expect(card).ToContainTextAsync(firstTree.Reference);
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Bons de travail" })).ToHaveCountAsync(0);
        await card.GetByRole(AriaRole.Link, new() { Name = "Nouvelle demande ici" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"/requests/new\?asset=greenspaces%3A{firstTree.Id}$"));
        await Expect(page.GetByLabel("Site", new() { Exact = true })).ToHaveValueAsync(firstTree.SiteId.ToString());
        await page.GetByLabel("Type de problème").SelectOptionAsync(new SelectOptionValue { Label = "Espaces verts" });
        await page.GetByLabel("Titre").FillAsync("Branche morte au-dessus de la cour");
        await page.GetByLabel("Description du problème").FillAsync("Une grosse branche sèche pend au-dessus des bancs.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("a bien été envoyée");
        await Expect(page.Locator("main")).ToContainTextAsync(firstTree.Label);
        session.AssertNoConsoleErrorsBut(MapJourneyApp.BrokenTileHost);
    }

    [BrowserFact]
    public async Task The_visible_assets_are_listed_for_the_keyboard_and_the_manager_reaches_their_work_orders()
    {
        await using var session = await app.Browser.OpenAsync();
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.GreenSpacesManager);
        await page.GotoAsync("/map");
        await Expect(page.Locator("[data-count-for='trees']")).ToContainTextAsync("affiché");
        await ShowOnlyAsync(page, "Arbres");

        await page.GetByText("Visibles sur la carte").ClickAsync();
        var first = page.Locator("#map-list button").First;
        await Expect(first).ToBeVisibleAsync();
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var card = page.Locator("#map-card");
        await Expect(card).ToBeFocusedAsync();
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Bons de travail" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/work-orders\?asset=[a-z]+%3A[0-9a-f-]{36}&status=all$"));
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Nouvelle demande ici" })).ToHaveCountAsync(0);
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Ouvrir sa fiche" })).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Fermer" }).ClickAsync();
        await Expect(card).ToBeHiddenAsync();
        session.AssertNoConsoleErrorsBut(MapJourneyApp.BrokenTileHost);
    }

    [BrowserFact]
    public async Task On_a_phone_the_map_takes_the_screen_and_the_layers_fold_away()
    {
        await using var session = await app.Browser.OpenAsync(new ViewportSize { Width = 390, Height = 844 });
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Admin);
        await page.GotoAsync("/map");

        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Couches" });
        await Expect(page.GetByLabel("Arbres (test)")).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        var map = await page.Locator("#map").BoundingBoxAsync();
        Assert.True(map!.Width >= 380 && map.Height >= 600, $"the map is {map.Width}×{map.Height}");

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.GetByLabel("Arbres (test)")).ToBeVisibleAsync();
        await session.ScreenshotAsync("map-phone-layers");
        await toggle.ClickAsync();
        await Expect(page.GetByLabel("Arbres (test)")).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        session.AssertNoConsoleErrorsBut(MapJourneyApp.BrokenTileHost);
    }

    [BrowserFact]
    public async Task The_geometry_editor_draws_a_polygon_point_by_point_and_writes_it_as_geojson()
    {
        await using var session = await app.Browser.OpenAsync();
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Admin);

        // A form field as an asset module's edit page declares it; the host's script turns it into a map.
        await page.EvaluateAsync("""
            () => {
                const label = document.createElement('label');
                label.htmlFor = 'Geometry';
                label.textContent = 'Emprise';
                const field = document.createElement('textarea');
                field.id = 'Geometry';
                field.name = 'Geometry';
                field.dataset.geometryEditor = 'point-or-polygon';
                field.dataset.center = '46.80289,4.44154';
                document.querySelector('main').append(label, field);
                const script = document.createElement('script');
                script.src = '/js/geometry-editor.js?again';
                document.body.appendChild(script);
            }
            """);
        var map = page.Locator(".geometry-editor-map");
        await Expect(map).ToBeVisibleAsync();
        var field = page.Locator("#Geometry");

        await map.ClickAsync(new() { Position = new() { X = 100, Y = 100 } });
        var point = JsonDocument.Parse(await field.InputValueAsync()).RootElement;
        Assert.Equal("Point", point.GetProperty("type").GetString());

        await page.GetByLabel("Polygone").CheckAsync();
        await map.ClickAsync(new() { Position = new() { X = 200, Y = 60 } });
        await map.ClickAsync(new() { Position = new() { X = 260, Y = 180 } });
        var polygon = JsonDocument.Parse(await field.InputValueAsync()).RootElement;
        Assert.Equal("Polygon", polygon.GetProperty("type").GetString());
        var ring = polygon.GetProperty("coordinates")[0];
        Assert.Equal(4, ring.GetArrayLength());
        Assert.Equal(ring[0].GetRawText(), ring[3].GetRawText());
        Assert.InRange(ring[0][0].GetDouble(), 4.40, 4.48);
        Assert.InRange(ring[0][1].GetDouble(), 46.78, 46.82);

        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler le dernier point" }).ClickAsync();
        await Expect(field).ToHaveValueAsync(string.Empty);
        await map.ClickAsync(new() { Position = new() { X = 150, Y = 220 } });
        Assert.Equal("Polygon", JsonDocument.Parse(await field.InputValueAsync()).RootElement.GetProperty("type").GetString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Effacer" }).ClickAsync();
        await Expect(field).ToHaveValueAsync(string.Empty);

        // A shape pasted into the field is drawn and edited from there.
        await field.FillAsync("""{"type":"Polygon","coordinates":[[[4.441,46.802],[4.443,46.802],[4.443,46.804],[4.441,46.802]]]}""");
        await field.DispatchEventAsync("change");
        await Expect(page.Locator(".geometry-editor-map path.leaflet-interactive")).Not.ToHaveCountAsync(0);
        session.AssertNoConsoleErrorsBut(MapJourneyApp.BrokenTileHost);
    }

    /// <summary>Unchecks every layer but the one named: the other registers (and the stand-in test layers) leave the map and its list.</summary>
    private static async Task ShowOnlyAsync(IPage page, string layerName)
    {
        foreach (var layer in await page.GetByRole(AriaRole.Checkbox).AllAsync())
        {
            var name = await layer.EvaluateAsync<string>("e => e.labels && e.labels.length ? e.labels[0].textContent.trim() : ''");
            if (name != layerName && await layer.IsCheckedAsync())
            {
                await layer.UncheckAsync();
            }
        }
    }

    /// <summary>The demo trees of the school referent's sites (the yards of the four schools), and the first by reference.</summary>
    private async Task<(int Count, (Guid Id, string Label, string Reference, Guid SiteId) First)> SchoolTreesAsync() =>
        await app.Browser.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            string[] codes = ["EC-JFERRY", "EM-TILLEULS", "EC-MCURIE", "GS-BOURG"];
            var sites = await db.Set<Directory.Sites.Site>().IgnoreQueryFilters().Where(s => codes.Contains(s.Code)).Select(s => s.Id).ToListAsync();
            var trees = db.Set<Cmms.GreenSpaces.Trees.Tree>().IgnoreQueryFilters().Where(t => t.SiteId != null && sites.Contains(t.SiteId.Value) && t.RetiredOn == null);
            var first = await trees.OrderBy(t => t.Reference).FirstAsync();
            return (await trees.CountAsync(), (first.Id, first.Label, first.Reference, first.SiteId!.Value));
        });
}

/// <summary>The app with the test layers and a tile server that refuses connections (nothing listens on port 9).</summary>
public sealed class MapJourneyApp : IAsyncLifetime
{
    public const string BrokenTileHost = "127.0.0.1:9";

    public BrowserApp Browser { get; } = new(builder =>
    {
        TestAssets.Register(builder);
        builder.UseSetting("Map:TileUrl", $"https://{BrokenTileHost}/{{z}}/{{x}}/{{y}}.png");
    });

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Browser).InitializeAsync();
        if (BrowserEnvironment.Enabled)
        {
            await TestAssets.SeedAsync(Browser.Factory);
        }
    }

    public Task DisposeAsync() => Browser.DisposeAsync().AsTask();
}
