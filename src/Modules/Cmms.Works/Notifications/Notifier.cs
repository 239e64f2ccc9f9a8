using Cmms.Directory.Contracts;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Cmms.Works.Notifications;

/// <summary>
/// Tells the people who must act, and nobody else: one in-app notification each, with its mail
/// queued now, kept for the daily digest, or not sent, as each person chose. The person who acted is
/// never told of their own action. Saved with the caller's changes.
/// </summary>
internal sealed class Notifier(DbContext db, IDirectory directory, IClock clock, IMemoryCache cache)
{
    private readonly HashSet<Guid> badgesToForget = [];
    public async Task NotifyAsync(
        IEnumerable<Guid> userIds, Guid? actorUserId, NotificationKind kind, string subject, string title, string? detail, string url,
        CancellationToken cancellationToken)
    {
        var ids = userIds.Where(id => id != actorUserId).Distinct().ToList();
        if (ids.Count > 0)
        {
            Add(await RecipientsAsync(await directory.PeopleAsync(ids, cancellationToken), actorUserId, cancellationToken), kind, subject, title, detail, url);
        }
    }

    public async Task NotifyManagersAsync(Guid serviceId, Guid? actorUserId, NotificationKind kind, string subject, string title, string? detail, string url, CancellationToken cancellationToken) =>
        Add(await ManagersOfAsync(serviceId, actorUserId, cancellationToken), kind, subject, title, detail, url);

    /// <summary>Who manages a service, and how each wants to be mailed: read before a write transaction, so it stays short.</summary>
    public async Task<IReadOnlyList<Recipient>> ManagersOfAsync(Guid serviceId, Guid? actorUserId, CancellationToken cancellationToken) =>
        await RecipientsAsync(await directory.ManagersOfServiceAsync(serviceId, cancellationToken), actorUserId, cancellationToken);

    public void Add(IReadOnlyList<Recipient> recipients, NotificationKind kind, string subject, string title, string? detail, string url)
    {
        if (badgesToForget.Count == 0 && recipients.Count > 0)
        {
            // Once saved (not before: a page read in between would keep the old count), the bells count again.
            db.SavedChanges += (_, _) => ForgetBadges();
        }

        foreach (var recipient in recipients)
        {
            badgesToForget.Add(recipient.UserId);
            db.Notifications.Add(new Notification
            {
                UserId = recipient.UserId, Kind = kind, Subject = subject, Title = title, Detail = detail, Url = url,
                CreatedAtUtc = clock.UtcNow, Mail = recipient.Mail,
            });
        }
    }

    private void ForgetBadges()
    {
        foreach (var userId in badgesToForget)
        {
            NotificationBadge.Forget(cache, userId);
        }
    }

    private async Task<IReadOnlyList<Recipient>> RecipientsAsync(IReadOnlyList<PersonInfo> people, Guid? actorUserId, CancellationToken cancellationToken)
    {
        var told = people.Where(p => p.UserId != actorUserId).DistinctBy(p => p.UserId).ToList();
        if (told.Count == 0)
        {
            return [];
        }

        var ids = told.Select(p => p.UserId).ToList();
        var choices = await db.NotificationPreferences.AsNoTracking()
            .Where(p => ids.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Mail, cancellationToken);
        return
        [
            .. told.Select(p => new Recipient(p.UserId, string.IsNullOrWhiteSpace(p.Email)
                ? MailState.None
                : choices.GetValueOrDefault(p.UserId, MailChoice.Immediately) switch
                {
                    MailChoice.Immediately => MailState.Pending,
                    MailChoice.DailyDigest => MailState.Digest,
                    _ => MailState.None,
                })),
        ];
    }
}

/// <summary>A person to notify, and what becomes of the mail that goes with it.</summary>
internal sealed record Recipient(Guid UserId, MailState Mail);
