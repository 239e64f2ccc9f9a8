using Cmms.Directory.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests.Preventive;

/// <summary>The buildings manager plans the monthly check of a boiler found in the register and sees its visits in the forecast.</summary>
public sealed class PlanJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_manager_creates_a_plan_on_a_boiler_and_sees_its_next_work_orders_in_the_forecast()
    {
        var name = $"Contrôle mensuel chaufferie {Guid.NewGuid():N}"[..36];
        await using var session = await app.OpenAsync();
        var page = session.Page;

        await page.SignInToHomeAsync(DemoLogins.BuildingsManager);
        await page.GotoAsync("/plans/new");
        await page.Locator("#Name").FillAsync(name);
        await page.Locator("#ServiceId").SelectOptionAsync(new SelectOptionValue { Label = "Service Bâtiments" });
        await page.Locator("#TeamId").SelectOptionAsync(new SelectOptionValue { Label = "Équipe plomberie-chauffage" });
        await page.Locator("#SiteId").SelectOptionAsync(new SelectOptionValue { Label = "Gymnase Pierre-de-Coubertin" });
        await page.Locator("#Tasks").FillAsync("Relever la pression\nPurger les radiateurs");

        // The boiler is found in the buildings register and added to the plan.
        await page.Locator("#asset-search").FillAsync("Chaudière");
        await page.Locator("#asset-results button").First.ClickAsync();
        await Expect(page.Locator("#chosen-targets li")).ToHaveCountAsync(1);

        await page.Locator("[name=CalendarEvery]").FillAsync("1");
        await page.Locator("[name=CalendarUnit]").SelectOptionAsync("Months");
        await page.Locator("[name=LeadDays]").FillAsync("5");
        await page.Locator("#plan-form > button.btn-primary").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        await page.GotoAsync("/plans/forecast");
        await Expect(page.Locator("body")).ToContainTextAsync(name);
        await Expect(page.Locator("body")).ToContainTextAsync("Équipe plomberie-chauffage");
        session.AssertNoConsoleErrors();
    }
}
