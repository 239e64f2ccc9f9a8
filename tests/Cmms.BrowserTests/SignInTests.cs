using System.Text.RegularExpressions;
using Cmms.Directory.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests;

/// <summary>Signing in through the login form, each persona's home, and what their menu offers.</summary>
public sealed partial class SignInTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserTheory]
    [InlineData(DemoLogins.Admin, "Claire Morel", "Administrateur")]
    [InlineData(DemoLogins.BuildingsManager, "Julien Fabre", "Responsable de service")]
    [InlineData(DemoLogins.Agent, "Karim Haddad", "Agent technique")]
    [InlineData(DemoLogins.Mechanic, "Sébastien Roux", "Mécanicien")]
    [InlineData(DemoLogins.Storekeeper, "Élodie Garnier", "Magasinier")]
    [InlineData(DemoLogins.SchoolReferent, "Isabelle Lefèvre", "Référent")]
    [InlineData(DemoLogins.Finance, "Philippe Marchand", "Finances")]
    [InlineData(DemoLogins.HumanResources, "Sophie Lambert", "Ressources humaines")]
    public async Task Signing_in_as_a_demo_role_lands_on_a_home_with_the_name_the_French_role_and_figures(string email, string name, string role)
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;

        await page.SignInAsync(email);

        await Expect(page).ToHaveURLAsync(Journeys.HomeUrl());
        await Expect(page.GetByTestId("user-menu")).ToHaveTextAsync(name);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Bonjour {name}");
        await Expect(page.GetByTestId("home-roles")).ToHaveTextAsync(role);
        await Expect(page.GetByTestId("home-tiles").Locator(".tile-value").First).ToHaveTextAsync(Figure());
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task A_wrong_password_shows_the_French_error_and_stays_on_the_login_page()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;

        // A login no other test signs in with, so one failed attempt touches nobody else's lockout count.
        await page.SignInAsync(DemoLogins.GreenSpacesManager, "Pas-le-bon-mot-de-passe-1");

        await Expect(page.GetByTestId("form-errors")).ToHaveTextAsync("Adresse e-mail ou mot de passe incorrect.");
        await Expect(page).ToHaveURLAsync(Journeys.LoginUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connexion à Cmms" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Adresse e-mail")).ToHaveValueAsync(DemoLogins.GreenSpacesManager);
        await Expect(page.GetByLabel("Mot de passe")).ToBeEmptyAsync();
        await Expect(page.GetByTestId("user-menu")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task The_administrator_menu_offers_Administration_with_the_users_page()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Admin);
        await session.ScreenshotAsync("admin-home-desktop");

        var administration = page.MainMenu().GetByRole(AriaRole.Button, new() { Name = "Administration", Exact = true });
        await Expect(administration).ToBeVisibleAsync();
        await administration.ClickAsync();

        await Expect(administration).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Utilisateurs", Exact = true })).ToBeVisibleAsync();
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task A_referent_menu_has_no_Administration_entry()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.SchoolReferent);

        await Expect(page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Accueil", Exact = true })).ToBeVisibleAsync();
        await Expect(page.MainMenu().GetByText("Administration")).ToHaveCountAsync(0);
        await Expect(page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Utilisateurs" })).ToHaveCountAsync(0);
    }

    /// <summary>A figure as the home prints it: digits, with French thousands spaces.</summary>
    [GeneratedRegex(@"^\s*\d[\d\s]*$")]
    private static partial Regex Figure();
}
