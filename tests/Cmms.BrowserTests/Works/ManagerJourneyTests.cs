using System.Text.RegularExpressions;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Directory.Organisations;
using Cmms.Kernel.Security;
using Cmms.Works;
using Cmms.Works.Requests;
using Cmms.Works.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests.Works;

/// <summary>The buildings manager's day: a request in the inbox, validated into a work order for the plumbing team.</summary>
public sealed partial class ManagerJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task The_buildings_manager_validates_a_request_into_a_work_order_for_the_plumbing_team_and_sees_its_number_and_timeline()
    {
        var request = await SubmitPlumbingRequestAsync("Fuite sous le lavabo des toilettes du rez-de-chaussée");
        await using var session = await app.OpenAsync();
        var page = session.Page;

        await page.SignInToHomeAsync(DemoLogins.BuildingsManager);
        await page.GetByTestId("home-tiles").GetByRole(AriaRole.Link, new() { Name = "Demandes à traiter", Exact = true }).ClickAsync();
        await page.GetByTestId("inbox-list").GetByRole(AriaRole.Link).Filter(new() { HasText = request }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(request);
        await page.GetByLabel("Équipe", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Équipe plomberie-chauffage" });
        await page.GetByLabel("Agents", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Karim Haddad — Plombier" });
        await page.GetByLabel("Tâches (une par ligne)").FillAsync("Couper l'arrivée d'eau\nChanger le siphon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(WorkOrderUrl());
        await Expect(page.GetByTestId("work-order-number")).ToHaveTextAsync(OtNumber());
        await Expect(page.GetByTestId("assigned-agents")).ToHaveTextAsync("Karim Haddad");
        await Expect(page.GetByTestId("timeline").Locator("li")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Affecté");
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Julien Fabre");
        session.AssertNoConsoleErrors();
    }

    /// <summary>The town hall's referent reports a leak (through the handler the portal uses); plumbing goes to the buildings service.</summary>
    private Task<string> SubmitPlumbingRequestAsync(string title) => app.Factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var city = await db.Set<Organisation>().Where(o => o.Code == "VALBRUNE").Select(o => o.Id).SingleAsync();
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city);
        var directory = sp.GetRequiredService<IDirectory>();
        var buildings = (await directory.ServicesAsync(CancellationToken.None)).Single(s => s.Code == "BAT").Id;
        if (!await db.Set<RoutingRule>().AnyAsync(r => r.Category == RequestCategory.Plumbing && r.SiteId == null))
        {
            db.Add(new RoutingRule { Category = RequestCategory.Plumbing, ServiceId = buildings });
            await db.SaveChangesAsync();
        }

        var townHall = (await directory.SitesAsync(CancellationToken.None)).Single(s => s.Code == "HDV").Id;
        var referent = await db.Set<Directory.Users.User>().Where(u => u.Email == DemoLogins.TownHallReferent).Select(u => new { u.Id, u.DisplayName }).SingleAsync();
        var request = await sp.GetRequiredService<Submission>().SubmitAsync(
            new NewRequest(townHall, null, RequestCategory.Plumbing, Urgency.High, title, "L'eau coule sous le lavabo dès qu'on ouvre le robinet.",
                "Toilettes du rez-de-chaussée", null, null, RequestChannel.Portal, null, null, []),
            new Actor(referent.Id, referent.DisplayName), city, CancellationToken.None);
        return request.Number;
    });

    [GeneratedRegex(@"/work-orders/[0-9a-f-]{36}$")]
    private static partial Regex WorkOrderUrl();

    [GeneratedRegex(@"^OT-\d{4}-\d{6}$")]
    private static partial Regex OtNumber();
}
