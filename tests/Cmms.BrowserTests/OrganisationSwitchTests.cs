using Cmms.Directory.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests;

/// <summary>
/// The administrator of both the city and the agglomeration acts for one, then the other. Switching
/// is remembered on the account, so these tests have an app of their own.
/// </summary>
public sealed class OrganisationSwitchTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Choosing_the_agglomeration_in_the_switcher_submits_at_once_and_the_home_shows_its_figures()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Admin);
        var organisation = page.GetByLabel("Agir pour");

        await Expect(organisation.Locator("option:checked")).ToHaveTextAsync("Ville de Valbrune");
        await Expect(page.TileValue("Agents actifs")).ToHaveTextAsync("30");

        // site.js submits the form as soon as the choice changes (data-autosubmit).
        await organisation.SelectOptionAsync(new SelectOptionValue { Label = "Valbrune Agglomération" });

        await Expect(page.TileValue("Agents actifs")).ToHaveTextAsync("10");
        await Expect(page).ToHaveURLAsync(Journeys.HomeUrl());
        await Expect(organisation.Locator("option:checked")).ToHaveTextAsync("Valbrune Agglomération");
        session.AssertNoConsoleErrors();
    }
}

/// <summary>The same switch in a browser without JavaScript: the "Changer" button submits the choice.</summary>
public sealed class OrganisationSwitchWithoutScriptTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Without_JavaScript_choosing_the_agglomeration_and_pressing_Changer_shows_its_figures()
    {
        await using var session = await app.OpenAsync(javaScript: false);
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Admin);
        await Expect(page.TileValue("Agents actifs")).ToHaveTextAsync("30");

        await page.GetByLabel("Agir pour").SelectOptionAsync(new SelectOptionValue { Label = "Valbrune Agglomération" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer", Exact = true }).ClickAsync();

        await Expect(page.TileValue("Agents actifs")).ToHaveTextAsync("10");
        await Expect(page).ToHaveURLAsync(Journeys.HomeUrl());
        await Expect(page.GetByLabel("Agir pour").Locator("option:checked")).ToHaveTextAsync("Valbrune Agglomération");
    }
}
