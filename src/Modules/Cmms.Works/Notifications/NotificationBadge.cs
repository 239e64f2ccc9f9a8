using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Works.Notifications;

/// <summary>
/// The unread count of the header's bell, on every page anyone opens: one COUNT on the (UserId, ReadAtUtc)
/// index, kept a few seconds per person. This node forgets it as soon as it saves a notification for that
/// person or they read one; another node of a cluster shows it at most <see cref="Lifetime"/> late.
/// </summary>
internal sealed class NotificationBadge(IServiceProvider services, IMemoryCache cache) : INotificationBadge
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);

    public string Url => "/notifications";

    public async Task<int> UnreadCountAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me)
        {
            return 0;
        }

        if (cache.TryGetValue(Key(me), out int unread))
        {
            return unread;
        }

        // The context is taken only when the count is not remembered: renting one on every page costs more than the count.
        var db = services.GetRequiredService<DbContext>();
        unread = await db.Notifications.CountAsync(n => n.UserId == me && n.ReadAtUtc == null, cancellationToken);
        cache.Set(Key(me), unread, Lifetime);
        return unread;
    }

    public static void Forget(IMemoryCache cache, Guid userId) => cache.Remove(Key(userId));

    private static string Key(Guid userId) => $"works:unread:{userId}";
}
