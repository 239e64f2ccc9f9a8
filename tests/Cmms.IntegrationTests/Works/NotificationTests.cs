using System.Net;
using System.Text.RegularExpressions;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Directory.Organisations;
using Cmms.Directory.Services;
using Cmms.Directory.Sites;
using Cmms.Directory.Teams;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Cmms.Works;
using Cmms.Works.Notifications;
using Cmms.Works.Requests;
using Cmms.Works.Routing;
using Cmms.Works.WorkOrders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Works;

/// <summary>Arranging Works data for notification tests, through the module's own handlers.</summary>
internal static class NotificationArrange
{
    public static async Task<T> InCityAsync<T>(WebApplicationFactory<Program> app, Func<IServiceProvider, DbContext, Guid, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DbContext>();
        var city = await db.Set<Organisation>().Where(o => o.Code == DemoIds.City).Select(o => o.Id).SingleAsync();
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city);
        return await work(sp, db, city);
    }

    /// <summary>Plumbing goes to the buildings service, green spaces to the green spaces service.</summary>
    public static Task EnsureRoutingAsync(WebApplicationFactory<Program> app) => InCityAsync(app, async (_, db, _) =>
    {
        if (!await db.Set<RoutingRule>().AnyAsync())
        {
            var services = await db.Set<Service>().ToDictionaryAsync(s => s.Code, s => s.Id);
            db.Set<RoutingRule>().AddRange(
                new RoutingRule { Category = RequestCategory.Plumbing, ServiceId = services["BAT"] },
                new RoutingRule { Category = RequestCategory.GreenSpaces, ServiceId = services["EV"] });
            await db.SaveChangesAsync();
        }

        return 0;
    });

    public static async Task<InterventionRequest> SubmitAsync(WebApplicationFactory<Program> app, string title, RequestCategory category = RequestCategory.Plumbing)
    {
        await EnsureRoutingAsync(app);
        return await InCityAsync(app, async (sp, db, city) =>
        {
            var site = await db.Set<Site>().Where(s => s.Code == "EC-JFERRY").Select(s => s.Id).SingleAsync();
            var referent = await Users.IdOfAsync(sp, DemoLogins.SchoolReferent);
            return await sp.GetRequiredService<Submission>().SubmitAsync(
                new NewRequest(site, null, category, Urgency.Normal, title, "Constaté ce matin par la directrice.", "Sanitaires du rez-de-chaussée",
                    null, null, RequestChannel.Portal, null, null, []),
                new Actor(referent, "Isabelle Lefèvre"), city, CancellationToken.None);
        });
    }

    public static Task<List<Notification>> NotificationsAboutAsync(WebApplicationFactory<Program> app, Guid requestId) =>
        InCityAsync(app, (_, db, _) => db.Set<Notification>().AsNoTracking().Where(n => n.Url == $"/requests/{requestId}").OrderBy(n => n.CreatedAtUtc).ToListAsync());

    public static Task<Guid> UserAsync(WebApplicationFactory<Program> app, string email) => InCityAsync(app, (sp, _, _) => Users.IdOfAsync(sp, email));

    /// <summary>The person chooses their mails on their preferences page, as they would.</summary>
    public static async Task ChooseMailsAsync(WebApplicationFactory<Program> app, string login, MailChoice choice)
    {
        using var browser = await Browser.SignedInAsync(app, login);
        var (_, form) = await browser.GetPageAsync("/account/notifications");
        var version = Regex.Match(form, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var response = await browser.PostFormAsync("/account/notifications", new() { ["Mail"] = choice.ToString(), ["Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

/// <summary>Who is told of what, the in-app list, the choice of mails, and done work that closes by itself.</summary>
public sealed class NotificationTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_new_request_notifies_only_the_managers_of_the_service_it_is_routed_to(DatabaseProvider provider)
    {
        var app = apps[provider];
        var request = await NotificationArrange.SubmitAsync(app, "Fuite sous l'évier de la cantine");

        var told = await NotificationArrange.NotificationsAboutAsync(app, request.Id);

        var buildings = await NotificationArrange.UserAsync(app, DemoLogins.BuildingsManager);
        var notification = Assert.Single(told);
        Assert.Equal(buildings, notification.UserId);
        Assert.Equal(NotificationKind.NewRequest, notification.Kind);
        Assert.Equal(request.Number, notification.Subject);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_rejection_notifies_only_the_referent_with_the_reason(DatabaseProvider provider)
    {
        var app = apps[provider];
        var request = await NotificationArrange.SubmitAsync(app, "Robinet qui goutte");
        var manager = await NotificationArrange.UserAsync(app, DemoLogins.BuildingsManager);
        await NotificationArrange.InCityAsync(app, async (sp, _, _) =>
        {
            await sp.GetRequiredService<Decisions>().RejectAsync(request.Id, null, "Relève du bailleur", new Actor(manager, "Julien Fabre"), CancellationToken.None);
            return 0;
        });

        var rejections = (await NotificationArrange.NotificationsAboutAsync(app, request.Id)).Where(n => n.Kind == NotificationKind.RequestRejected).ToList();

        var referent = await NotificationArrange.UserAsync(app, DemoLogins.SchoolReferent);
        var rejection = Assert.Single(rejections);
        Assert.Equal(referent, rejection.UserId);
        Assert.Equal("Relève du bailleur", rejection.Detail);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_manager_sees_the_notification_unread_then_opening_it_marks_it_read_and_leads_to_the_request(DatabaseProvider provider)
    {
        var app = apps[provider];
        var request = await NotificationArrange.SubmitAsync(app, "Chasse d'eau bloquée");
        var notification = Assert.Single(await NotificationArrange.NotificationsAboutAsync(app, request.Id));
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);

        var (_, list) = await manager.GetPageAsync("/notifications");
        Assert.Contains("Chasse d'eau bloquée", WebUtility.HtmlDecode(list), StringComparison.Ordinal);
        Assert.Contains("Nouvelle demande pour votre service", list, StringComparison.Ordinal);
        Assert.Contains("data-unread=\"true\"", list, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"unread-count\">[1-9]", list);

        var opened = await manager.PostFormAsync($"/notifications/{notification.Id}/read", []);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/requests/{request.Id}", opened.Headers.Location?.ToString());
        var read = Assert.Single(await NotificationArrange.NotificationsAboutAsync(app, request.Id));
        Assert.NotNull(read.ReadAtUtc);

        await manager.GetPageAsync("/notifications");
        var (_, afterAll) = await manager.SubmitAsync("/notifications/read-all", []);
        Assert.Contains("Toutes vos notifications sont marquées comme lues.", afterAll, StringComparison.Ordinal);
        Assert.DoesNotContain("data-unread=\"true\"", afterAll, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"unread-count\"", afterAll, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_bell_counts_a_new_notification_at_once_and_one_less_when_it_is_opened(DatabaseProvider provider)
    {
        // The count is kept a few seconds per person: saving a notification or reading one must not leave it stale.
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var before = Unread((await manager.GetPageAsync("/")).Html);

        var request = await NotificationArrange.SubmitAsync(app, "Néon qui clignote au préau");
        var after = Unread((await manager.GetPageAsync("/")).Html);
        var notification = Assert.Single(await NotificationArrange.NotificationsAboutAsync(app, request.Id));
        await manager.GetPageAsync("/notifications");
        await manager.PostFormAsync($"/notifications/{notification.Id}/read", []);
        var opened = Unread((await manager.GetPageAsync("/")).Html);

        Assert.Equal(before + 1, after);
        Assert.Equal(before, opened);
    }

    private static int Unread(string html)
    {
        var match = Regex.Match(html, "data-testid=\"unread-count\">(\\d+)");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_person_cannot_see_or_mark_someone_elses_notification(DatabaseProvider provider)
    {
        var app = apps[provider];
        var request = await NotificationArrange.SubmitAsync(app, "Urinoir bouché");
        var notification = Assert.Single(await NotificationArrange.NotificationsAboutAsync(app, request.Id));
        using var other = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);

        var (_, list) = await other.GetPageAsync("/notifications");
        var marked = await other.PostFormAsync($"/notifications/{notification.Id}/read", []);

        Assert.DoesNotContain("Urinoir bouché", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, marked.StatusCode);
        Assert.Null(Assert.Single(await NotificationArrange.NotificationsAboutAsync(app, request.Id)).ReadAtUtc);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_person_saves_their_choice_of_mails_and_a_stale_form_is_told_of_the_conflict(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var referent = await Browser.SignedInAsync(app, DemoLogins.TownHallReferent);
        var (_, form) = await referent.GetPageAsync("/account/notifications");
        var version = Regex.Match(form, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;

        var (_, saved) = await referent.SubmitAsync("/account/notifications", new() { ["Mail"] = "DailyDigest", ["Version"] = version });
        var (conflict, stale) = await referent.SubmitAsync("/account/notifications", new() { ["Mail"] = "None", ["Version"] = version });
        var (invalidResponse, invalid) = await referent.SubmitAsync("/account/notifications", new() { ["Mail"] = "Pigeon", ["Version"] = version });

        Assert.Contains("Votre choix d'e-mails a été enregistré.", WebUtility.HtmlDecode(saved), StringComparison.Ordinal);
        Assert.Matches("value=\"DailyDigest\" checked", saved);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("data-testid=\"conflict-notice\"", stale, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, invalidResponse.StatusCode);
        Assert.Contains("name=\"Mail\"", invalid, StringComparison.Ordinal); // the form again, nothing saved
        var userId = await NotificationArrange.UserAsync(app, DemoLogins.TownHallReferent);
        var choice = await NotificationArrange.InCityAsync(app, (_, db, _) => db.Set<NotificationPreference>().Where(p => p.UserId == userId).Select(p => p.Mail).SingleAsync());
        Assert.Equal(MailChoice.DailyDigest, choice);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Done_work_not_confirmed_within_the_delay_closes_by_itself_with_its_request_and_not_before(DatabaseProvider provider)
    {
        var app = apps[provider];
        var late = await DoneAsync(app, "Radiateur froid en classe 3", TimeSpan.FromDays(7.5));
        var recent = await DoneAsync(app, "Radiateur froid en classe 4", TimeSpan.FromDays(6));

        await app.Services.GetRequiredService<AutoClose>().RunOnceAsync(CancellationToken.None);

        var (lateOrder, lateRequest, lateStep) = await StateAsync(app, late);
        Assert.Equal(WorkOrderStatus.Closed, lateOrder);
        Assert.Equal(RequestStatus.Closed, lateRequest);
        Assert.Equal("Clôture automatique", lateStep.ByName);
        Assert.Equal("Non confirmée sous 7 jours", lateStep.Comment);
        var (recentOrder, recentRequest, _) = await StateAsync(app, recent);
        Assert.Equal(WorkOrderStatus.Done, recentOrder);
        Assert.Equal(RequestStatus.Done, recentRequest);
    }

    /// <summary>A request validated, worked on and done <paramref name="ago"/> ago; returns its id.</summary>
    private static async Task<Guid> DoneAsync(CmmsFactory app, string title, TimeSpan ago)
    {
        var request = await NotificationArrange.SubmitAsync(app, title);
        var manager = await NotificationArrange.UserAsync(app, DemoLogins.BuildingsManager);
        return await NotificationArrange.InCityAsync(app, async (sp, db, _) =>
        {
            var by = new Actor(manager, "Julien Fabre");
            var team = await db.Set<Team>().Where(t => t.ServiceId == request.ServiceId).OrderBy(t => t.Name).Select(t => t.Id).FirstAsync();
            var order = await sp.GetRequiredService<Decisions>().ValidateAsync(request.Id, null,
                new ValidationPlan(WorkOrderType.Corrective, null, team, [], null, null, null, [], null), by, CancellationToken.None);
            var flow = sp.GetRequiredService<WorkOrderFlow>();
            await flow.MoveAsync(order, WorkOrderStatus.InProgress, by, null, null, CancellationToken.None);
            await flow.MoveAsync(order, WorkOrderStatus.Done, by, null, null, CancellationToken.None);
            await flow.SaveAsync(CancellationToken.None);
            var doneAt = DateTime.UtcNow - ago;
            await db.Set<WorkOrder>().Where(w => w.Id == order.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.DoneAtUtc, doneAt));
            return request.Id;
        });
    }

    private static Task<(WorkOrderStatus Order, RequestStatus Request, RequestEvent Last)> StateAsync(CmmsFactory app, Guid requestId) =>
        NotificationArrange.InCityAsync(app, async (_, db, _) =>
        {
            var request = await db.Set<InterventionRequest>().AsNoTracking().SingleAsync(r => r.Id == requestId);
            var order = await db.Set<WorkOrder>().AsNoTracking().SingleAsync(w => w.Id == request.WorkOrderId);
            var last = (await db.Set<RequestEvent>().AsNoTracking().Where(e => e.RequestId == requestId).ToListAsync()).OrderBy(e => e.AtUtc).Last();
            return (order.Status, request.Status, last);
        });
}

/// <summary>One application per provider whose mails go to a real local SMTP server.</summary>
public sealed class MailAppPerProvider : IDisposable
{
    private readonly Dictionary<DatabaseProvider, (CmmsFactory Root, WebApplicationFactory<Program> App)> apps = [];
    private readonly Lock gate = new();
    private readonly Lazy<SmtpSink> sink = new(() => new SmtpSink());

    public SmtpSink Sink => sink.Value;

    public WebApplicationFactory<Program> this[DatabaseProvider provider]
    {
        get
        {
            lock (gate)
            {
                if (!apps.TryGetValue(provider, out var pair))
                {
                    var root = new CmmsFactory(provider);
                    var app = root.WithWebHostBuilder(b => b
                        .UseSetting("Mail:Host", Sink.Host)
                        .UseSetting("Mail:Port", Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .UseSetting("Mail:StartTls", "None")
                        .UseSetting("Mail:From", "Cmms Valbrune <gmao@valbrune.fr>")
                        .UseSetting("App:BaseUrl", "https://gmao.valbrune.fr/")
                        // The tests run the cycles themselves: the loop never ticks while they run.
                        .UseSetting("Works:Mail:PollSeconds", "86400"));
                    pair = (root, app);
                    apps[provider] = pair;
                }

                return pair.App;
            }
        }
    }

    public void Dispose()
    {
        foreach (var (root, app) in apps.Values)
        {
            app.Dispose();
            root.Dispose();
        }

        if (sink.IsValueCreated)
        {
            sink.Value.Dispose();
        }
    }
}

/// <summary>The mails that go with notifications, received by a real SMTP server.</summary>
public sealed class NotificationMailTests(MailAppPerProvider apps) : IClassFixture<MailAppPerProvider>
{
    private static MailDispatcher Dispatcher(WebApplicationFactory<Program> app) => app.Services.GetRequiredService<MailDispatcher>();

    private static Func<MimeKit.MimeMessage, bool> About(string title) => m => m.TextBody?.Contains(title, StringComparison.Ordinal) == true;

    [SmtpTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_immediate_mail_reaches_the_manager_in_french_with_the_link(DatabaseProvider provider)
    {
        var app = apps[provider];
        await NotificationArrange.ChooseMailsAsync(app, DemoLogins.BuildingsManager, MailChoice.Immediately);
        var request = await NotificationArrange.SubmitAsync(app, $"Lavabo descellé {provider}");

        await Dispatcher(app).SendPendingAsync(CancellationToken.None);

        var mail = Assert.Single(await apps.Sink.WaitForAsync(About($"Lavabo descellé {provider}"), 1));
        Assert.Equal(DemoLogins.BuildingsManager, mail.To.Mailboxes.Single().Address);
        Assert.Equal("gmao@valbrune.fr", mail.From.Mailboxes.Single().Address);
        Assert.Equal($"Nouvelle demande pour votre service — {request.Number}", mail.Subject);
        Assert.Contains($"https://gmao.valbrune.fr/requests/{request.Id}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://gmao.valbrune.fr/requests/{request.Id}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Bonjour Julien Fabre,", mail.TextBody, StringComparison.Ordinal);
        var row = Assert.Single(await NotificationArrange.NotificationsAboutAsync(app, request.Id));
        Assert.Equal(MailState.Sent, row.Mail);
        Assert.NotNull(row.MailedAtUtc);
    }

    [SmtpTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_digest_choice_sends_no_immediate_mail_then_one_summary_with_every_item(DatabaseProvider provider)
    {
        var app = apps[provider];
        await NotificationArrange.ChooseMailsAsync(app, DemoLogins.GreenSpacesManager, MailChoice.DailyDigest);
        var first = await NotificationArrange.SubmitAsync(app, $"Haie à tailler {provider}", RequestCategory.GreenSpaces);
        var second = await NotificationArrange.SubmitAsync(app, $"Pelouse à tondre {provider}", RequestCategory.GreenSpaces);

        await Dispatcher(app).SendPendingAsync(CancellationToken.None);
        await Task.Delay(500);
        Assert.DoesNotContain(apps.Sink.Messages, m => About($"Haie à tailler {provider}")(m));

        // The daily cycle, as at 07:00 after these notifications.
        await Dispatcher(app).SendDigestsAsync(DateTime.UtcNow.AddMinutes(1), CancellationToken.None);

        var digest = Assert.Single(await apps.Sink.WaitForAsync(About($"Haie à tailler {provider}"), 1));
        Assert.Equal(DemoLogins.GreenSpacesManager, digest.To.Mailboxes.Single().Address);
        Assert.StartsWith("Votre récapitulatif du jour", digest.Subject, StringComparison.Ordinal);
        Assert.Contains($"Pelouse à tondre {provider}", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains(first.Number, digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://gmao.valbrune.fr/requests/{second.Id}", digest.TextBody, StringComparison.Ordinal);
        await Dispatcher(app).SendDigestsAsync(DateTime.UtcNow.AddMinutes(1), CancellationToken.None);
        await Task.Delay(500);
        Assert.Single(apps.Sink.Messages, m => About($"Haie à tailler {provider}")(m));
    }

    [SmtpTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Choosing_no_mail_sends_none_but_keeps_the_notification_in_the_app(DatabaseProvider provider)
    {
        var app = apps[provider];
        await NotificationArrange.ChooseMailsAsync(app, DemoLogins.BuildingsManager, MailChoice.None);
        var request = await NotificationArrange.SubmitAsync(app, $"Porte des toilettes cassée {provider}");

        await Dispatcher(app).SendPendingAsync(CancellationToken.None);
        await Dispatcher(app).SendDigestsAsync(DateTime.UtcNow.AddMinutes(1), CancellationToken.None);
        await Task.Delay(500);

        Assert.DoesNotContain(apps.Sink.Messages, m => About($"Porte des toilettes cassée {provider}")(m));
        var row = Assert.Single(await NotificationArrange.NotificationsAboutAsync(app, request.Id));
        Assert.Equal(MailState.None, row.Mail);
        await NotificationArrange.ChooseMailsAsync(app, DemoLogins.BuildingsManager, MailChoice.Immediately);
    }

    [SmtpTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_dispatchers_running_at_once_send_each_mail_once(DatabaseProvider provider)
    {
        var app = apps[provider];
        await NotificationArrange.ChooseMailsAsync(app, DemoLogins.BuildingsManager, MailChoice.Immediately);
        var titles = Enumerable.Range(1, 4).Select(i => $"Fuite n°{i} au gymnase {provider}").ToList();
        foreach (var title in titles)
        {
            await NotificationArrange.SubmitAsync(app, title);
        }

        // Two nodes: two dispatchers with their own scopes, at the same moment.
        await Task.WhenAll(
            Task.Run(() => Dispatcher(app).SendPendingAsync(CancellationToken.None)),
            Task.Run(() => Dispatcher(app).SendPendingAsync(CancellationToken.None)));

        await apps.Sink.WaitForAsync(m => titles.Any(t => About(t)(m)), titles.Count);
        await Task.Delay(1000);
        Assert.All(titles, t => Assert.Single(apps.Sink.Messages, m => About(t)(m)));
    }
}
