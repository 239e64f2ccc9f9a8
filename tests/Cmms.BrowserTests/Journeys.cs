using System.Text.RegularExpressions;
using Cmms.Directory.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests;

/// <summary>The steps several journeys share, done as a person would: through the visible form and menu.</summary>
internal static partial class Journeys
{
    /// <summary>Opens the login page and signs in with the French form (the default language).</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = DemoLogins.Password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
    }

    /// <summary>Signs in and waits for the home page.</summary>
    public static async Task SignInToHomeAsync(this IPage page, string email)
    {
        await page.SignInAsync(email);
        await Expect(page).ToHaveURLAsync(HomeUrl());
        await Expect(page.GetByTestId("home-tiles")).ToBeVisibleAsync();
    }

    /// <summary>The main menu (the navigation landmark), where tiles' links of the same name cannot be confused with it.</summary>
    public static ILocator MainMenu(this IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });

    /// <summary>The figure of the home tile whose link is <paramref name="title"/>.</summary>
    public static ILocator TileValue(this IPage page, string title) =>
        page.GetByTestId("home-tiles")
            .Locator(".tile")
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) })
            .Locator(".tile-value");

    /// <summary>The home page of the app, whatever port it listens on.</summary>
    public static Regex HomeUrl() => HomePattern();

    public static Regex LoginUrl() => LoginPattern();

    [GeneratedRegex(@"^https?://[^/]+/$")]
    private static partial Regex HomePattern();

    [GeneratedRegex(@"^https?://[^/]+/account/login")]
    private static partial Regex LoginPattern();
}
