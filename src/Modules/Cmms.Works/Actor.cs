using Cmms.Kernel.Security;

namespace Cmms.Works;

/// <summary>Who is acting, as the workflow records it: the person (or API client) and the name shown in timelines.</summary>
internal sealed record Actor(Guid? UserId, string Name)
{
    public static Actor Of(ICurrentUser user) => new(user.UserId, user.DisplayName);
}
