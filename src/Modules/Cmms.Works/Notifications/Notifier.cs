using Cmms.Directory.Contracts;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Notifications;

/// <summary>
/// Tells the people who must act, and nobody else: one in-app notification each, with its mail
/// queued now, kept for the daily digest, or not sent, as each person chose. The person who acted is
/// never told of their own action. Saved with the caller's changes.
/// </summary>
internal sealed class Notifier(DbContext db, IDirectory directory, IClock clock)
{
    public async Task NotifyAsync(
        IEnumerable<Guid> userIds, Guid? actorUserId, NotificationKind kind, string subject, string title, string? detail, string url,
        CancellationToken cancellationToken)
    {
        var recipients = userIds.Where(id => id != actorUserId).Distinct().ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        var people = (await directory.PeopleAsync(recipients, cancellationToken)).ToDictionary(p => p.UserId);
        var choices = await db.NotificationPreferences.AsNoTracking()
            .Where(p => recipients.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Mail, cancellationToken);
        foreach (var userId in recipients)
        {
            var choice = choices.GetValueOrDefault(userId, MailChoice.Immediately);
            var hasAddress = people.TryGetValue(userId, out var person) && !string.IsNullOrWhiteSpace(person.Email);
            db.Notifications.Add(new Notification
            {
                UserId = userId, Kind = kind, Subject = subject, Title = title, Detail = detail, Url = url,
                CreatedAtUtc = clock.UtcNow,
                Mail = !hasAddress ? MailState.None : choice switch
                {
                    MailChoice.Immediately => MailState.Pending,
                    MailChoice.DailyDigest => MailState.Digest,
                    _ => MailState.None,
                },
            });
        }
    }

    public async Task NotifyManagersAsync(Guid serviceId, Guid? actorUserId, NotificationKind kind, string subject, string title, string? detail, string url, CancellationToken cancellationToken)
    {
        var managers = await directory.ManagersOfServiceAsync(serviceId, cancellationToken);
        await NotifyAsync(managers.Select(m => m.UserId), actorUserId, kind, subject, title, detail, url, cancellationToken);
    }
}
