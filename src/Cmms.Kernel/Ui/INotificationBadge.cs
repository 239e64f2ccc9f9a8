using Cmms.Kernel.Security;

namespace Cmms.Kernel.Ui;

/// <summary>
/// The bell in the header: how many notifications the signed-in person has not read yet, in the
/// organisation they act for, and where to read them. The module that keeps notifications answers;
/// it is asked on every page, so one cheap indexed count.
/// </summary>
public interface INotificationBadge
{
    string Url { get; }

    Task<int> UnreadCountAsync(ICurrentUser user, CancellationToken cancellationToken);
}
