using Cmms.Directory.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests;

/// <summary>The French/English switch, from the login page to the home and back.</summary>
public sealed class LanguageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Switching_to_English_on_the_login_page_translates_it_and_the_home_until_switching_back_to_French()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/account/login");
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        await Expect(heading).ToHaveTextAsync("Connexion à Cmms");
        await Expect(page.GetByTestId("culture-switch")).ToHaveTextAsync("English");
        await page.GetByTestId("culture-switch").ClickAsync();

        await Expect(heading).ToHaveTextAsync("Sign in to Cmms");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByTestId("culture-switch")).ToHaveTextAsync("Français");

        await page.GetByLabel("E-mail address").FillAsync(DemoLogins.Finance);
        await page.GetByLabel("Password").FillAsync(DemoLogins.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(Journeys.HomeUrl());
        await Expect(heading).ToHaveTextAsync("Hello Philippe Marchand");
        await Expect(page.GetByTestId("home-roles")).ToHaveTextAsync("Finance");

        await page.GetByTestId("culture-switch").ClickAsync();

        await Expect(heading).ToHaveTextAsync("Bonjour Philippe Marchand");
        await Expect(page).ToHaveURLAsync(Journeys.HomeUrl());
        await Expect(page.GetByTestId("home-roles")).ToHaveTextAsync("Finances");
        await Expect(page.GetByTestId("culture-switch")).ToHaveTextAsync("English");
        session.AssertNoConsoleErrors();
    }
}
