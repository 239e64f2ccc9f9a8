using System.Text.RegularExpressions;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Directory.Organisations;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Cmms.Works;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;
using ImageMagick;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests.Works;

/// <summary>
/// The school's referent on a phone (390×844): reports a problem with a photo taken on the spot, finds
/// it in "Mes demandes", and confirms a request whose work is done.
/// </summary>
public sealed partial class ReferentJourneyTests(ReferentJourneyApp app) : IClassFixture<ReferentJourneyApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task On_a_phone_the_referent_sends_a_request_with_a_photo_and_finds_it_in_their_requests()
    {
        var photo = Path.Combine(Path.GetTempPath(), $"cmms-fuite-{Guid.NewGuid():N}.jpg");
        using (var image = new MagickImage(MagickColors.SteelBlue, 800, 600) { Format = MagickFormat.Jpeg })
        {
            await image.WriteAsync(photo);
        }

        try
        {
            await using var session = await app.Browser.OpenAsync(Phone);
            var page = session.Page;
            await page.SignInToHomeAsync(DemoLogins.SchoolReferent);

            await OpenFromMenuAsync(page, "Nouvelle demande");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nouvelle demande");
            await page.GetByLabel("Site").SelectOptionAsync(new SelectOptionValue { Label = "École élémentaire Jules-Ferry" });
            await page.GetByLabel("Type de problème").SelectOptionAsync(new SelectOptionValue { Label = "Plomberie" });
            await page.GetByLabel("Haute (2 jours)").CheckAsync();
            await page.GetByLabel("Titre").FillAsync("Fuite sous le lavabo des toilettes filles");
            await page.GetByLabel("Description du problème").FillAsync("L'eau coule en continu depuis ce matin.");
            await page.GetByLabel("Où exactement").FillAsync("Rez-de-chaussée, bloc sanitaire");
            await page.Locator("#request-map").ClickAsync();
            await Expect(page.Locator("#Latitude")).Not.ToHaveValueAsync("");
            await page.GetByLabel("Photos").SetInputFilesAsync(photo);
            await session.ScreenshotAsync("referent-new-request-phone");
            await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande", Exact = true }).ClickAsync();

            var flash = page.GetByRole(AriaRole.Status);
            await Expect(flash).ToHaveTextAsync(SentPattern());
            var number = NumberPattern().Match(await flash.TextContentAsync() ?? string.Empty).Value;
            await Expect(page.GetByTestId("request-status")).ToContainTextAsync("Envoyée, en attente de décision");
            await Expect(page.GetByTestId("photos").GetByRole(AriaRole.Img)).ToHaveCountAsync(1);

            await OpenFromMenuAsync(page, "Mes demandes");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Mes demandes");
            var link = page.GetByTestId("my-requests").GetByRole(AriaRole.Link, new() { Name = $"{number} — Fuite sous le lavabo des toilettes filles" });
            await Expect(link).ToBeVisibleAsync();
            await session.ScreenshotAsync("referent-my-requests-phone");
            session.AssertNoConsoleErrors();
        }
        finally
        {
            File.Delete(photo);
        }
    }

    [BrowserFact]
    public async Task The_referent_confirms_that_a_done_request_is_solved_and_it_is_closed()
    {
        var requestId = await app.DoneRequestAsync("Robinet du réfectoire qui goutte");
        await using var session = await app.Browser.OpenAsync(Phone);
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.SchoolReferent);

        await page.GotoAsync($"/requests/{requestId}");
        await Expect(page.GetByTestId("request-status")).ToContainTextAsync("Travaux terminés, à confirmer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer que c'est réglé", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Merci : la demande est clôturée.");
        await Expect(page.GetByTestId("request-status")).ToContainTextAsync("Clôturée");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirmer que c'est réglé", Exact = true })).ToHaveCountAsync(0);
        session.AssertNoConsoleErrors();
    }

    /// <summary>Opens the collapsed menu, then the "Demandes" group, then the link.</summary>
    private static async Task OpenFromMenuAsync(IPage page, string link)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (await toggler.IsVisibleAsync() && await toggler.GetAttributeAsync("aria-expanded") != "true")
        {
            await toggler.ClickAsync();
        }

        await page.MainMenu().GetByRole(AriaRole.Button, new() { Name = "Demandes", Exact = true }).ClickAsync();
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
    }

    [GeneratedRegex(@"^Votre demande DI-\d{4}-\d{6} a bien été envoyée\.$")]
    private static partial Regex SentPattern();

    [GeneratedRegex(@"DI-\d{4}-\d{6}")]
    private static partial Regex NumberPattern();
}

/// <summary>
/// The browser app of the referent's journeys, with a way to arrange what happens off the portal (the
/// service validating and finishing the work) through the Works handlers, as the manager.
/// </summary>
public sealed class ReferentJourneyApp : IAsyncLifetime
{
    public BrowserApp Browser { get; } = new();

    private CmmsFactory Factory => Browser.Factory;

    public Task InitializeAsync() => ((IAsyncLifetime)Browser).InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync().AsTask();

    /// <summary>A request of the school referent whose work the buildings service has done.</summary>
    public async Task<Guid> DoneRequestAsync(string title)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DbContext>();
        var city = await db.Set<Organisation>().Where(o => o.Code == "VALBRUNE").Select(o => o.Id).SingleAsync();
        using (sp.GetRequiredService<IOrganisationContext>().Use(city))
        {
            var directory = sp.GetRequiredService<IDirectory>();
            var site = (await directory.SitesAsync(CancellationToken.None)).Single(s => s.Code == "EC-JFERRY");
            var request = await sp.GetRequiredService<Submission>().SubmitAsync(
                new NewRequest(site.Id, null, RequestCategory.Plumbing, Urgency.Normal, title, "Constaté par la gardienne.", null, null, null, RequestChannel.Portal, null, null, []),
                await ActorAsync(sp, DemoLogins.SchoolReferent), city, CancellationToken.None);
            var manager = await ActorAsync(sp, DemoLogins.BuildingsManager);
            var team = (await directory.TeamsAsync(CancellationToken.None)).OrderBy(t => t.Name, StringComparer.Ordinal).First();
            var order = await sp.GetRequiredService<Decisions>().ValidateAsync(
                request.Id, null, new ValidationPlan(WorkOrderType.Corrective, null, team.Id, [], null, null, null, [], null), manager, CancellationToken.None);
            var flow = sp.GetRequiredService<WorkOrderFlow>();
            await flow.MoveAsync(order, WorkOrderStatus.InProgress, manager, null, null, CancellationToken.None);
            await flow.SaveAsync(CancellationToken.None);
            await flow.MoveAsync(order, WorkOrderStatus.Done, manager, null, null, CancellationToken.None);
            await flow.SaveAsync(CancellationToken.None);
            return request.Id;
        }
    }

    private static async Task<Actor> ActorAsync(IServiceProvider sp, string email)
    {
        var user = await sp.GetRequiredService<UserManager<Directory.Users.User>>().FindByEmailAsync(email);
        return new Actor(user!.Id, user.DisplayName);
    }
}
