using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Notifications;

/// <summary>The unread count of the header's bell: one COUNT on the (UserId, ReadAtUtc) index.</summary>
internal sealed class NotificationBadge(DbContext db) : INotificationBadge
{
    public string Url => "/notifications";

    public Task<int> UnreadCountAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        user.UserId is { } me
            ? db.Notifications.CountAsync(n => n.UserId == me && n.ReadAtUtc == null, cancellationToken)
            : Task.FromResult(0);
}
