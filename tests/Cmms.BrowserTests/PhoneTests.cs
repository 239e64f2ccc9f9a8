using System.Text.RegularExpressions;
using Cmms.Directory.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests;

/// <summary>
/// The administrator on a phone (390×844): the menu is collapsed behind the toggler. This class renames
/// a user, so it has an app of its own and no other test depends on that name.
/// </summary>
public sealed partial class PhoneTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task On_a_phone_the_administrator_opens_users_from_the_collapsed_menu_and_renaming_one_is_saved()
    {
        await using var session = await app.OpenAsync(Phone);
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Admin);
        await session.ScreenshotAsync("admin-home-phone");

        var administration = page.MainMenu().GetByRole(AriaRole.Button, new() { Name = "Administration", Exact = true });
        await Expect(administration).ToBeHiddenAsync();
        var toggler = page.Locator(".navbar-toggler");
        await Expect(toggler).ToHaveAccessibleNameAsync("Ouvrir le menu");
        await toggler.ClickAsync();
        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
        await administration.ClickAsync();
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Utilisateurs", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(UsersUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Utilisateurs");
        var users = page.GetByRole(AriaRole.Table);
        await Expect(users).ToBeVisibleAsync();
        await users.GetByRole(AriaRole.Link, new() { Name = "Isabelle Lefèvre", Exact = true }).ClickAsync();

        var fullName = page.GetByLabel("Nom complet");
        await Expect(fullName).ToHaveValueAsync("Isabelle Lefèvre");
        await fullName.FillAsync("Isabelle Lefèvre-Martin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("L'utilisateur a été enregistré.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Isabelle Lefèvre-Martin");
        await Expect(page.GetByLabel("Nom complet")).ToHaveValueAsync("Isabelle Lefèvre-Martin");
        session.AssertNoConsoleErrors();
    }

    [GeneratedRegex(@"/admin/users$")]
    private static partial Regex UsersUrl();
}
