using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Kernel.Security;
using Cmms.Works;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests.Works;

/// <summary>Karim Haddad, plumber, on his phone (390×844): today's work, start, hours, report, done.</summary>
public sealed class AgentJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>A work order of the city's buildings service assigned to Karim, as a manager would have made it.</summary>
    private Task<string> ArrangeAsync() => app.Factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var city = await db.Set<Directory.Organisations.Organisation>().SingleAsync(o => o.Code == "VALBRUNE");
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Id);
        var directory = sp.GetRequiredService<IDirectory>();
        var karim = (await directory.AgentsAsync(default)).Single(a => a.FullName == "Karim Haddad");
        var site = (await directory.SitesAsync(default)).First(s => s.Code == "EC-JFERRY");
        var service = (await directory.ServicesAsync(default)).Single(s => s.Code == "BAT");
        var flow = sp.GetRequiredService<WorkOrderFlow>();
        var order = await flow.CreateAsync(
            new NewWorkOrder(
                WorkOrderType.Corrective, Priority.High, "Chasse d'eau qui coule", "La chasse d'eau des toilettes des garçons coule en continu.",
                site.Id, null, null, null, "Toilettes du préau", null, null, service.Id, karim.TeamId, [karim.Id], null, null, null,
                sp.GetRequiredService<Cmms.Kernel.Time.IClock>().UtcNow.AddHours(3), []),
            new Actor(null, "Responsable bâtiments"), city.Id, null, null, null, default);
        await flow.SaveAsync(default);
        return order.Number;
    });

    [BrowserFact]
    public async Task On_a_phone_the_agent_starts_his_work_logs_hours_and_finishes_it_with_a_report()
    {
        var number = await ArrangeAsync();
        await using var session = await app.OpenAsync(Phone);
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Agent);

        await page.GetByTestId("home-tiles").GetByRole(AriaRole.Link, new() { Name = "Mon travail du jour", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mon travail du jour");
        await session.ScreenshotAsync("agent-my-work-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = $"{number} · Chasse d'eau qui coule" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Commencer le travail", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Le travail a commencé.");
        await Expect(page.GetByTestId("work-status")).ToHaveTextAsync("En cours");

        await page.GetByLabel("Heures", new() { Exact = true }).FillAsync("1,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les heures", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1,5 h enregistrées.");
        await Expect(page.GetByTestId("hours-list")).ToContainTextAsync("Karim Haddad");

        await page.GetByLabel("Compte rendu", new() { Exact = true }).FillAsync("Mécanisme de chasse remplacé, plus de fuite.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Terminer", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("work-status")).ToHaveTextAsync("Terminé");
        await session.ScreenshotAsync("agent-work-done-phone");
        session.AssertNoConsoleErrors();
    }
}
