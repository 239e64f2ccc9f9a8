using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Cmms.Database;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Directory.Organisations;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Cmms.Works;
using Cmms.Works.Attachments;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;
using ImageMagick;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Works;

/// <summary>The referent's portal, through HTTP: submitting with photos, following, answering, confirming.</summary>
public sealed partial class PortalTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string SchoolSite = "EC-JFERRY";
    private const string TownHallSite = "HDV";

    /// <summary>A phone photo: JPEG, with the place it was taken in its EXIF GPS tags.</summary>
    internal static byte[] PhoneJpegWithGps()
    {
        using var image = new MagickImage(MagickColors.SteelBlue, 640, 480) { Format = MagickFormat.Jpeg };
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(46, 1), new Rational(48, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.Make, "PhoneMaker");
        image.SetProfile(exif);
        return image.ToByteArray();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_submitting_with_a_phone_photo_gets_a_number_and_the_photo_is_kept_without_its_position(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        var site = await SiteIdAsync(app, SchoolSite);
        var original = PhoneJpegWithGps();
        using (var before = new MagickImage(original))
        {
            Assert.NotNull(before.GetExifProfile()?.GetValue(ExifTag.GPSLatitude));
        }

        var (response, html) = await SubmitRequestAsync(referent, site, "Fuite sous l'évier", [("fuite.jpg", "image/jpeg", original)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var number = NumberPattern().Match(html);
        Assert.True(number.Success, html);
        Assert.Contains($"Votre demande {number.Value} a bien été envoyée.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Envoyée, en attente de décision", WebUtility.HtmlDecode(html), StringComparison.Ordinal);

        var stored = await AsCityAsync(app, async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            var requestId = await db.Set<InterventionRequest>().Where(r => r.Number == number.Value).Select(r => r.Id).SingleAsync();
            return await db.Set<Attachment>().SingleAsync(a => a.RequestId == requestId);
        });
        using (var after = new MagickImage(stored.Content))
        {
            Assert.Null(after.GetExifProfile());
        }

        // The photo is served to the referent, with its type and no sniffing; another site's referent is told it does not exist.
        using var photo = await referent.Http.GetAsync($"/attachments/{stored.Id}");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", photo.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("private", photo.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var thumbnail = await referent.Http.GetAsync($"/attachments/{stored.Id}/thumbnail");
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        using var other = await Browser.SignedInAsync(app, DemoLogins.TownHallReferent);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/attachments/{stored.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/attachments/{stored.Id}/thumbnail")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_pdf_renamed_as_a_photo_is_refused_with_the_reason_and_no_request_is_made(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        var site = await SiteIdAsync(app, SchoolSite);
        var before = await CountRequestsAsync(app);
        var pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"u8.ToArray();

        var (response, html) = await SubmitRequestAsync(referent, site, "Porte bloquée", [("photo.jpg", "image/jpeg", pdf)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ce fichier n'est pas une photo : utilisez JPEG, PNG, WebP ou HEIC.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Porte bloquée", WebUtility.HtmlDecode(html), StringComparison.Ordinal); // the input is kept
        Assert.Equal(before, await CountRequestsAsync(app));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task More_photos_than_allowed_are_refused_and_no_request_is_made(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        var site = await SiteIdAsync(app, SchoolSite);
        var before = await CountRequestsAsync(app);
        var photo = PhoneJpegWithGps();

        var (response, html) = await SubmitRequestAsync(referent, site, "Plafond taché", [.. Enumerable.Range(1, 6).Select(i => ($"photo{i}.jpg", "image/jpeg", photo))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Envoyez au plus 5 photos.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(before, await CountRequestsAsync(app));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_cannot_report_on_a_site_that_is_not_theirs(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        var townHall = await SiteIdAsync(app, TownHallSite);
        var before = await CountRequestsAsync(app);

        var (response, html) = await SubmitRequestAsync(referent, townHall, "Ampoule grillée", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez l'un de vos sites.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(before, await CountRequestsAsync(app));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task My_requests_lists_the_referents_own_requests_and_not_another_referents(DatabaseProvider provider)
    {
        var app = apps[provider];
        var mine = await SubmitAsync(app, DemoLogins.SchoolReferent, SchoolSite, "Radiateur froid en classe 3");
        var theirs = await SubmitAsync(app, DemoLogins.TownHallReferent, TownHallSite, "Vitre fêlée salle du conseil");
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);

        var (response, html) = await referent.GetPageAsync("/requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(mine.Number, html, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Number, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetPageAsync($"/requests/{theirs.Id}")).Response.StatusCode);
        var (_, page) = await referent.GetPageAsync($"/requests/{mine.Id}");
        Assert.Contains("Radiateur froid en classe 3", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"timeline\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_open_request_on_the_same_site_and_kind_is_suggested_as_the_same_problem(DatabaseProvider provider)
    {
        var app = apps[provider];
        var open = await SubmitAsync(app, DemoLogins.SchoolReferent, SchoolSite, "Serrure du portail cassée", RequestCategory.Locksmith);
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        using var other = await Browser.SignedInAsync(app, DemoLogins.TownHallReferent);
        var url = $"/requests/similar?siteId={open.SiteId}&category=Locksmith";

        var (_, partial) = await referent.GetPageAsync(url);
        var (_, outsider) = await other.GetPageAsync(url);

        Assert.Contains($"C'est le même problème ? Suivez la demande {open.Number}", WebUtility.HtmlDecode(partial), StringComparison.Ordinal);
        Assert.DoesNotContain(open.Number, outsider, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Answering_the_services_question_sends_the_request_back_to_the_service(DatabaseProvider provider)
    {
        var app = apps[provider];
        var request = await SubmitAsync(app, DemoLogins.SchoolReferent, SchoolSite, "Odeur de gaz près de la chaufferie");
        await AsCityAsync(app, async sp =>
        {
            await sp.GetRequiredService<Decisions>().AskInformationAsync(request.Id, null, "Dans quelle salle exactement ?", await ActorAsync(sp, DemoLogins.BuildingsManager), CancellationToken.None);
            return 0;
        });
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        var (_, page) = await referent.GetPageAsync($"/requests/{request.Id}");
        Assert.Contains("Dans quelle salle exactement ?", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var (_, empty) = await referent.SubmitAsync($"/requests/{request.Id}/answer", new() { ["version"] = Version(page), ["answer"] = " " });
        Assert.Contains("Veuillez écrire quelques mots.", WebUtility.HtmlDecode(empty), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.InformationRequested, await StatusAsync(app, request.Id));

        var (_, answered) = await referent.SubmitAsync($"/requests/{request.Id}/answer", new() { ["version"] = Version(page), ["answer"] = "Salle 12, au premier étage." });

        Assert.Contains("Votre réponse a été envoyée au service.", WebUtility.HtmlDecode(answered), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await StatusAsync(app, request.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_acting_on_a_request_changed_meanwhile_is_told_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = apps[provider];
        var request = await SubmitAsync(app, DemoLogins.SchoolReferent, SchoolSite, "Néon qui clignote au réfectoire");
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        var (_, page) = await referent.GetPageAsync($"/requests/{request.Id}");
        await AsCityAsync(app, async sp =>
        {
            await sp.GetRequiredService<Decisions>().AskInformationAsync(request.Id, null, "Quel réfectoire ?", await ActorAsync(sp, DemoLogins.BuildingsManager), CancellationToken.None);
            return 0;
        });

        var (_, withdrawn) = await referent.SubmitAsync($"/requests/{request.Id}/withdraw", new() { ["version"] = Version(page) });

        Assert.Contains("Quelqu'un a modifié cette demande", WebUtility.HtmlDecode(withdrawn), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.InformationRequested, await StatusAsync(app, request.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Confirming_a_done_request_closes_it_and_its_work_order(DatabaseProvider provider)
    {
        var app = apps[provider];
        var request = await SubmitAsync(app, DemoLogins.SchoolReferent, SchoolSite, "Chasse d'eau qui coule");
        var workOrderId = await MakeDoneAsync(app, request.Id);
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        var (_, page) = await referent.GetPageAsync($"/requests/{request.Id}");
        Assert.Contains("Confirmer que c'est réglé", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var (_, confirmed) = await referent.SubmitAsync($"/requests/{request.Id}/confirm", new() { ["version"] = Version(page) });

        Assert.Contains("Merci : la demande est clôturée.", WebUtility.HtmlDecode(confirmed), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Closed, await StatusAsync(app, request.Id));
        Assert.Equal(WorkOrderStatus.Closed, await AsCityAsync(app, sp => sp.GetRequiredService<DbContext>().Set<WorkOrder>().Where(w => w.Id == workOrderId).Select(w => w.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Saying_the_problem_persists_needs_a_reason_and_sends_the_work_back(DatabaseProvider provider)
    {
        var app = apps[provider];
        var request = await SubmitAsync(app, DemoLogins.SchoolReferent, SchoolSite, "Volet roulant bloqué");
        var workOrderId = await MakeDoneAsync(app, request.Id);
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        var (_, page) = await referent.GetPageAsync($"/requests/{request.Id}");

        var (_, refused) = await referent.SubmitAsync($"/requests/{request.Id}/reopen", new() { ["version"] = Version(page), ["reason"] = "" });
        Assert.Contains("Veuillez écrire quelques mots.", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Done, await StatusAsync(app, request.Id));

        var (_, reopened) = await referent.SubmitAsync($"/requests/{request.Id}/reopen", new() { ["version"] = Version(page), ["reason"] = "Le volet se bloque encore à mi-hauteur." });

        Assert.Contains("Le service a été informé que le problème persiste.", WebUtility.HtmlDecode(reopened), StringComparison.Ordinal);
        Assert.Contains("Le volet se bloque encore à mi-hauteur.", WebUtility.HtmlDecode(reopened), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.InProgress, await StatusAsync(app, request.Id));
        Assert.Equal(WorkOrderStatus.InProgress, await AsCityAsync(app, sp => sp.GetRequiredService<DbContext>().Set<WorkOrder>().Where(w => w.Id == workOrderId).Select(w => w.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_services_managers_are_sent_to_their_own_page_and_others_are_told_it_does_not_exist(DatabaseProvider provider)
    {
        var app = apps[provider];
        var request = await SubmitAsync(app, DemoLogins.SchoolReferent, SchoolSite, "Tag sur le mur du préau");
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        using var nursery = await Browser.SignedInAsync(app, DemoLogins.NurseryReferent);

        var redirected = (await admin.GetPageAsync($"/requests/{request.Id}")).Response;
        var hidden = (await nursery.GetPageAsync($"/requests/{request.Id}")).Response;

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal($"/inbox/{request.Id}", redirected.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nursery.PostFormAsync($"/requests/{request.Id}/withdraw", new() { ["version"] = "1" })).StatusCode);
        Assert.Equal(RequestStatus.Submitted, await StatusAsync(app, request.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Twenty_requests_submitted_at_once_get_twenty_consecutive_numbers(DatabaseProvider provider)
    {
        var app = apps[provider];
        var numbers = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => SubmitAsync(app, DemoLogins.NurseryReferent, "CRE-PTITSLOUPS", $"Demande simultanée {i}")));

        var values = numbers.Select(r => int.Parse(r.Number[^6..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();

        Assert.Equal(20, values.Distinct().Count());
        Assert.Equal(Enumerable.Range(values[0], 20), values);
    }

    private static async Task<(HttpResponseMessage Response, string Html)> SubmitRequestAsync(Browser browser, Guid siteId, string title, IReadOnlyList<(string Name, string Type, byte[] Bytes)> photos)
    {
        var (_, form) = await browser.GetPageAsync("/requests/new");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(form).Groups[1].Value);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(siteId.ToString()), "SiteId" },
            { new StringContent("Plumbing"), "Category" },
            { new StringContent("Normal"), "Urgency" },
            { new StringContent(title), "Title" },
            { new StringContent("Constaté ce matin par la gardienne."), "Description" },
            { new StringContent("Sanitaires du rez-de-chaussée"), "Location" },
            { new StringContent("46.80412"), "Latitude" },
            { new StringContent("4.43518"), "Longitude" },
        };
        foreach (var (name, type, bytes) in photos)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            content.Add(file, "Photos", name);
        }

        var response = await browser.Http.PostAsync("/requests/new", content);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location)
        {
            return await browser.GetPageAsync(location.ToString());
        }

        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A request made through the handler, as the portal makes it, by a referent on one of their sites.</summary>
    internal static Task<InterventionRequest> SubmitAsync(CmmsFactory app, string referent, string siteCode, string title, RequestCategory category = RequestCategory.Plumbing) =>
        AsCityAsync(app, async sp =>
        {
            var site = (await sp.GetRequiredService<IDirectory>().SitesAsync(CancellationToken.None)).Single(s => s.Code == siteCode);
            var organisationId = sp.GetRequiredService<IOrganisationContext>().OrganisationId!.Value;
            return await sp.GetRequiredService<Submission>().SubmitAsync(
                new NewRequest(site.Id, null, category, Urgency.Normal, title, "Décrit par le référent.", null, null, null, RequestChannel.Portal, null, null, []),
                await ActorAsync(sp, referent), organisationId, CancellationToken.None);
        });

    /// <summary>The service validates the request for a team, which starts and finishes the work: the referent is asked to confirm.</summary>
    internal static Task<Guid> MakeDoneAsync(CmmsFactory app, Guid requestId) => AsCityAsync(app, async sp =>
    {
        var manager = await ActorAsync(sp, DemoLogins.BuildingsManager);
        var team = (await sp.GetRequiredService<IDirectory>().TeamsAsync(CancellationToken.None)).OrderBy(t => t.Name, StringComparer.Ordinal).First();
        var order = await sp.GetRequiredService<Decisions>().ValidateAsync(
            requestId, null, new ValidationPlan(WorkOrderType.Corrective, null, team.Id, [], null, null, null, [], null), manager, CancellationToken.None);
        var flow = sp.GetRequiredService<WorkOrderFlow>();
        await flow.MoveAsync(order, WorkOrderStatus.InProgress, manager, null, null, CancellationToken.None);
        await flow.SaveAsync(CancellationToken.None);
        await flow.MoveAsync(order, WorkOrderStatus.Done, manager, null, null, CancellationToken.None);
        await flow.SaveAsync(CancellationToken.None);
        return order.Id;
    });

    /// <summary>Runs <paramref name="work"/> for the demo city, as a job would.</summary>
    internal static Task<T> AsCityAsync<T>(CmmsFactory app, Func<IServiceProvider, Task<T>> work) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var city = await db.Set<Organisation>().Where(o => o.Code == DemoIds.City).Select(o => o.Id).SingleAsync();
        using (sp.GetRequiredService<IOrganisationContext>().Use(city))
        {
            return await work(sp);
        }
    });

    private static async Task<Actor> ActorAsync(IServiceProvider sp, string email)
    {
        var id = await Users.IdOfAsync(sp, email);
        var person = (await sp.GetRequiredService<IDirectory>().PeopleAsync([id], CancellationToken.None)).Single();
        return new Actor(id, person.DisplayName);
    }

    private static Task<Guid> SiteIdAsync(CmmsFactory app, string code) =>
        AsCityAsync(app, async sp => (await sp.GetRequiredService<IDirectory>().SitesAsync(CancellationToken.None)).Single(s => s.Code == code).Id);

    private static Task<int> CountRequestsAsync(CmmsFactory app) =>
        AsCityAsync(app, sp => sp.GetRequiredService<DbContext>().Set<InterventionRequest>().CountAsync());

    private static Task<RequestStatus> StatusAsync(CmmsFactory app, Guid id) =>
        AsCityAsync(app, sp => sp.GetRequiredService<DbContext>().Set<InterventionRequest>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

    private static string Version(string html) => VersionPattern().Match(html).Groups[1].Value;

    [GeneratedRegex(@"DI-\d{4}-\d{6}")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
