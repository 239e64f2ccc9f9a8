using System.Text;
using Cmms.Directory.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests.Gis;

/// <summary>
/// A green spaces manager imports a tree survey through the pages: the file goes up with its progress bar,
/// the columns come guessed, the dry run lists the refused row, and the import's progress ends on its outcome.
/// </summary>
public sealed class ImportJourneyTests(MapJourneyApp app) : IClassFixture<MapJourneyApp>
{
    [BrowserFact]
    public async Task The_manager_sends_a_survey_reads_the_dry_run_and_imports_the_accepted_rows()
    {
        var file = Path.Combine(Path.GetTempPath(), $"releve-arbres-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, string.Join("\r\n",
            "Label;Species;Height (m);Longitude;Latitude",
            "Noyer du square;Juglans regia;9,5;4,4301;46,8001",
            "Noisetier du square;Corylus avellana;trois;4,4302;46,8002",
            "Merisier du square;Prunus avium;11;4,4303;46,8003"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            await using var session = await app.Browser.OpenAsync();
            var page = session.Page;
            await page.SignInToHomeAsync(DemoLogins.GreenSpacesManager);
            await page.MainMenu().GetByRole(AriaRole.Button, new() { Name = "Patrimoine" }).ClickAsync();
            await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Import / export SIG" }).ClickAsync();

            await page.GetByLabel("Registre", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Arbres (test)" });
            await page.GetByLabel("Fichier", new() { Exact = true }).SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le fichier" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Import dans : Arbres (test)");
            await Expect(page.GetByLabel("Height (m)")).ToHaveValueAsync("Height (m)");
            await Expect(page.GetByLabel("Des colonnes longitude et latitude (degrés WGS84)")).ToBeCheckedAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Lancer la simulation (rien n'est enregistré)" }).ClickAsync();

            await Expect(page.GetByTestId("dry-run-summary")).ToHaveTextAsync("2 ligne(s) acceptée(s), 1 ligne(s) refusée(s).", new() { Timeout = 30_000 });
            await Expect(page.GetByTestId("rejections")).ToContainTextAsync("« trois » n'est pas un nombre");
            await session.ScreenshotAsync("import-dry-run");
            await page.GetByRole(AriaRole.Button, new() { Name = "Importer les 2 ligne(s) acceptée(s)" }).ClickAsync();

            await Expect(page.GetByTestId("import-done")).ToHaveTextAsync("2 ligne(s) importée(s).", new() { Timeout = 30_000 });
            await Expect(page.GetByTestId("import-state")).ToHaveTextAsync("Importé");
            session.AssertNoConsoleErrors();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
