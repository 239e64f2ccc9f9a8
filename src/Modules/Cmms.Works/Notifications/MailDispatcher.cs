using System.Globalization;
using System.Net;
using System.Text;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Mail;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Cmms.Works.Notifications;

/// <summary>
/// Sends the mails that go with notifications: those of people who chose immediate mails every
/// <c>Works:Mail:PollSeconds</c>, and once a day, from 07:00 Paris time, one summary per person who
/// chose the daily digest. Several application nodes may run it at once: each takes (claims) rows
/// with a conditional update before sending them, so a mail goes once. It works organisation by
/// organisation, each in a scope of its own. With no mail server configured it does nothing, and
/// the mails wait (see docs/operations.md, "Mail").
/// </summary>
public sealed partial class MailDispatcher(
    IServiceScopeFactory scopes, IMailSender sender, IClock clock, IConfiguration configuration, ILogger<MailDispatcher> logger) : BackgroundService
{
    /// <summary>The hour (Paris time) the daily digest goes.</summary>
    public const int DigestHour = 7;

    /// <summary>Mails tried this many times are given up (<see cref="MailState.Failed"/>).</summary>
    public const int MaxAttempts = 5;

    /// <summary>A claim older than this is from a run that died: the rows can be taken again.</summary>
    public static readonly TimeSpan ClaimLapse = TimeSpan.FromMinutes(15);

    private const int Batch = 20;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private TimeSpan PollInterval => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Works:Mail:PollSeconds", 30)));

    /// <summary>Mails not sent within this many days (the server was not configured, or down) are not sent any more.</summary>
    private TimeSpan MaxAge => TimeSpan.FromDays(Math.Max(1, configuration.GetValue("Works:Mail:MaxAgeDays", 3)));

    private string BaseUrl => (configuration["App:BaseUrl"] is { Length: > 0 } url ? url : "http://localhost:5000").TrimEnd('/');

    /// <summary>The latest 07:00 in Paris at or before <paramref name="nowUtc"/>: notifications older than it go in today's digest.</summary>
    public static DateTime LastDigestTimeUtc(DateTime nowUtc)
    {
        var paris = ParisTime.FromUtc(nowUtc);
        var today = paris.Date.AddHours(DigestHour);
        var digest = paris >= today ? today : today.AddDays(-1);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(digest, DateTimeKind.Unspecified), ParisTime.Zone);
    }

    /// <summary>One cycle: the immediate mails, then the digests that are due. What the hosted loop runs.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!sender.IsEnabled)
        {
            return;
        }

        await SendPendingAsync(cancellationToken);
        await SendDigestsAsync(LastDigestTimeUtc(clock.UtcNow), cancellationToken);
    }

    /// <summary>Sends the mails of people who chose immediate mails; returns how many went.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var organisationId in await OrganisationsWithAsync(MailState.Pending, null, cancellationToken))
        {
            sent += await InOrganisationAsync(organisationId, (sp, db) => SendPendingOfOrganisationAsync(sp, db, cancellationToken));
        }

        return sent;
    }

    /// <summary>Sends each person one summary of their digest notifications made before <paramref name="cutoffUtc"/>; returns how many mails went.</summary>
    public async Task<int> SendDigestsAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var organisationId in await OrganisationsWithAsync(MailState.Digest, cutoffUtc, cancellationToken))
        {
            sent += await InOrganisationAsync(organisationId, (sp, db) => SendDigestsOfOrganisationAsync(sp, db, cutoffUtc, cancellationToken));
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!sender.IsEnabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCycleFailed(logger, e);
            }
        }
    }

    /// <summary>The organisations with mails of this kind waiting: the one read across organisations, ids only.</summary>
    private async Task<List<Guid>> OrganisationsWithAsync(MailState state, DateTime? createdBeforeUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var waiting = scope.ServiceProvider.GetRequiredService<DbContext>().Notifications.IgnoreQueryFilters().AsNoTracking()
            .Where(n => n.Mail == state);
        if (createdBeforeUtc is { } before)
        {
            waiting = waiting.Where(n => n.CreatedAtUtc < before);
        }

        return await waiting.Select(n => n.OrganisationId).Distinct().ToListAsync(cancellationToken);
    }

    private async Task<int> InOrganisationAsync(Guid organisationId, Func<IServiceProvider, DbContext, Task<int>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(organisationId);
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = French; // the people's language; French is the only one they can choose yet
        try
        {
            return await work(sp, sp.GetRequiredService<DbContext>());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
        }
    }

    private async Task<int> SendPendingOfOrganisationAsync(IServiceProvider sp, DbContext db, CancellationToken cancellationToken)
    {
        var notifications = db.Notifications;
        var now = clock.UtcNow;
        var lapsed = now - ClaimLapse;

        // Too late to be useful by mail (the server was not configured, or down for days): the app still shows them.
        var tooOld = now - MaxAge;
        await notifications
            .Where(n => n.Mail == MailState.Pending && n.CreatedAtUtc < tooOld && (n.MailClaim == null || n.MailClaimedAtUtc < lapsed))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, MailState.None).SetProperty(n => n.MailError, "Not mailed: too old when the mail could be sent."), cancellationToken);

        var candidates = await notifications.AsNoTracking()
            .Where(n => n.Mail == MailState.Pending && (n.MailClaim == null || n.MailClaimedAtUtc < lapsed) && (n.MailNotBeforeUtc == null || n.MailNotBeforeUtc <= now))
            .OrderBy(n => n.CreatedAtUtc).Select(n => n.Id).Take(Batch).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        // The claim repeats the conditions: a row another node took meanwhile is not taken twice.
        var claim = Guid.NewGuid();
        await notifications
            .Where(n => candidates.Contains(n.Id) && n.Mail == MailState.Pending && (n.MailClaim == null || n.MailClaimedAtUtc < lapsed))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailClaim, claim).SetProperty(n => n.MailClaimedAtUtc, now), cancellationToken);
        var mine = await notifications.Where(n => n.MailClaim == claim).OrderBy(n => n.CreatedAtUtc).ToListAsync(cancellationToken);
        var people = await PeopleAsync(sp, mine, cancellationToken);
        var text = sp.GetRequiredService<IStringLocalizer<Text>>();

        var sent = 0;
        foreach (var notification in mine)
        {
            if (!people.TryGetValue(notification.UserId, out var person) || string.IsNullOrWhiteSpace(person.Email))
            {
                notification.Mail = MailState.None;
                notification.MailClaim = null;
            }
            else if (await TrySendAsync(Immediate(text, person, notification), [notification], cancellationToken))
            {
                sent++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    private async Task<int> SendDigestsOfOrganisationAsync(IServiceProvider sp, DbContext db, DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var notifications = db.Notifications;
        var now = clock.UtcNow;
        var lapsed = now - ClaimLapse;
        var tooOld = now - MaxAge - TimeSpan.FromDays(1);
        await notifications
            .Where(n => n.Mail == MailState.Digest && n.CreatedAtUtc < tooOld && (n.MailClaim == null || n.MailClaimedAtUtc < lapsed))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, MailState.None).SetProperty(n => n.MailError, "Not mailed: too old when the mail could be sent."), cancellationToken);

        var userIds = await notifications.AsNoTracking()
            .Where(n => n.Mail == MailState.Digest && n.CreatedAtUtc < cutoffUtc && (n.MailClaim == null || n.MailClaimedAtUtc < lapsed) && (n.MailNotBeforeUtc == null || n.MailNotBeforeUtc <= now))
            .Select(n => n.UserId).Distinct().ToListAsync(cancellationToken);
        var text = sp.GetRequiredService<IStringLocalizer<Text>>();
        var directory = sp.GetRequiredService<IDirectory>();
        var sent = 0;
        foreach (var userId in userIds)
        {
            // One person's whole digest is taken at once, by one node: one summary, never two halves.
            var claim = Guid.NewGuid();
            var taken = await notifications
                .Where(n => n.UserId == userId && n.Mail == MailState.Digest && n.CreatedAtUtc < cutoffUtc
                    && (n.MailClaim == null || n.MailClaimedAtUtc < lapsed) && (n.MailNotBeforeUtc == null || n.MailNotBeforeUtc <= now))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailClaim, claim).SetProperty(n => n.MailClaimedAtUtc, now), cancellationToken);
            if (taken == 0)
            {
                continue;
            }

            var mine = await notifications.Where(n => n.MailClaim == claim).OrderBy(n => n.CreatedAtUtc).ToListAsync(cancellationToken);
            var people = await directory.PeopleAsync([userId], cancellationToken);
            var person = people.Count > 0 ? people[0] : null;
            if (person is null || string.IsNullOrWhiteSpace(person.Email))
            {
                mine.ForEach(n => (n.Mail, n.MailClaim) = (MailState.None, null));
            }
            else if (await TrySendAsync(Digest(text, person, mine), mine, cancellationToken))
            {
                sent++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    private static async Task<Dictionary<Guid, PersonInfo>> PeopleAsync(IServiceProvider sp, List<Notification> notifications, CancellationToken cancellationToken) =>
        (await sp.GetRequiredService<IDirectory>().PeopleAsync([.. notifications.Select(n => n.UserId).Distinct()], cancellationToken))
        .ToDictionary(p => p.UserId);

    /// <summary>Sends, and records the outcome on the rows: sent, or to try again later (backing off), or given up.</summary>
    private async Task<bool> TrySendAsync(OutgoingMail mail, List<Notification> rows, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(mail, cancellationToken);
            var at = clock.UtcNow;
            foreach (var row in rows)
            {
                (row.Mail, row.MailedAtUtc, row.MailClaim, row.MailError) = (MailState.Sent, at, null, null);
            }

            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSendFailed(logger, rows[0].Id, e);
            var at = clock.UtcNow;
            foreach (var row in rows)
            {
                row.MailAttempts++;
                row.MailClaim = null;
                row.MailError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                if (row.MailAttempts >= MaxAttempts)
                {
                    row.Mail = MailState.Failed;
                }
                else
                {
                    row.MailNotBeforeUtc = at + TimeSpan.FromMinutes(Math.Pow(2, row.MailAttempts - 1)); // 1, 2, 4, 8 minutes
                }
            }

            return false;
        }
    }

    private OutgoingMail Immediate(IStringLocalizer text, PersonInfo person, Notification n)
    {
        var kind = text[$"NotificationKind.{n.Kind}"].Value;
        var link = BaseUrl + n.Url;
        var subject = $"{kind} — {n.Subject}";
        var plain = new StringBuilder()
            .AppendLine(text["Hello {0},", person.DisplayName]).AppendLine()
            .AppendLine(kind)
            .AppendLine(French, $"{n.Subject} — {n.Title}");
        var html = new StringBuilder()
            .Append("<p>").Append(Html(text["Hello {0},", person.DisplayName])).Append("</p>")
            .Append("<p><strong>").Append(Html(kind)).Append("</strong><br>").Append(Html($"{n.Subject} — {n.Title}")).Append("</p>");
        if (!string.IsNullOrWhiteSpace(n.Detail))
        {
            plain.AppendLine(n.Detail);
            html.Append("<p>").Append(Html(n.Detail)).Append("</p>");
        }

        plain.AppendLine().AppendLine(text["Open it: {0}", link]);
        html.Append("<p><a href=\"").Append(Html(link)).Append("\">").Append(Html(text["Open it in Cmms"])).Append("</a></p>");
        return new OutgoingMail(person.Email!, subject, SignedText(text, plain), SignedHtml(text, html));
    }

    private OutgoingMail Digest(IStringLocalizer text, PersonInfo person, List<Notification> items)
    {
        var subject = text["Your daily summary: {0} notification(s)", items.Count].Value;
        var plain = new StringBuilder().AppendLine(text["Hello {0},", person.DisplayName]).AppendLine()
            .AppendLine(text["Here is what happened since your last summary:"]).AppendLine();
        var html = new StringBuilder().Append("<p>").Append(Html(text["Hello {0},", person.DisplayName])).Append("</p><p>")
            .Append(Html(text["Here is what happened since your last summary:"])).Append("</p><ul>");
        foreach (var n in items)
        {
            var kind = text[$"NotificationKind.{n.Kind}"].Value;
            var link = BaseUrl + n.Url;
            plain.AppendLine(French, $"- {ParisTime.FromUtc(n.CreatedAtUtc).ToString("dd/MM HH:mm", French)} · {kind} — {n.Subject} — {n.Title}");
            if (!string.IsNullOrWhiteSpace(n.Detail))
            {
                plain.AppendLine(French, $"  {n.Detail}");
            }

            plain.AppendLine(French, $"  {link}");
            html.Append("<li><a href=\"").Append(Html(link)).Append("\">").Append(Html($"{kind} — {n.Subject} — {n.Title}")).Append("</a>");
            if (!string.IsNullOrWhiteSpace(n.Detail))
            {
                html.Append("<br>").Append(Html(n.Detail));
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
        return new OutgoingMail(person.Email!, subject, SignedText(text, plain), SignedHtml(text, html));
    }

    private string SignedText(IStringLocalizer text, StringBuilder body) =>
        body.AppendLine().AppendLine("--").AppendLine(text["This message was sent automatically by Cmms."])
            .AppendLine(text["Choose which e-mails you receive: {0}", BaseUrl + "/account/notifications"]).ToString();

    private string SignedHtml(IStringLocalizer text, StringBuilder body) =>
        body.Append("<hr><p><small>").Append(Html(text["This message was sent automatically by Cmms."])).Append(' ')
            .Append("<a href=\"").Append(Html(BaseUrl + "/account/notifications")).Append("\">").Append(Html(text["Choose my e-mails"])).Append("</a></small></p>").ToString();

    private static string Html(string value) => WebUtility.HtmlEncode(value);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail is disabled (Mail:Host is empty): notifications stay in the application, and their mails wait until a mail server is configured.")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A mail dispatch cycle failed.")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending the mail of notification {NotificationId} failed; it will be tried again.")]
    private static partial void LogSendFailed(ILogger logger, Guid notificationId, Exception exception);
}
