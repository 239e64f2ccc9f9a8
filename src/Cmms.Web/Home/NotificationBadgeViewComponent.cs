using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Cmms.Web.Home;

public sealed record NotificationBadgeModel(string Url, int Unread);

/// <summary>The header's bell and unread count, when a module keeps notifications and a person is signed in.</summary>
public sealed class NotificationBadgeViewComponent(IEnumerable<INotificationBadge> badges, ICurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (user.UserId is null || badges.FirstOrDefault() is not { } badge)
        {
            return Content(string.Empty);
        }

        var unread = await badge.UnreadCountAsync(user, HttpContext.RequestAborted);
        return View("~/Views/Shared/_NotificationBadge.cshtml", new NotificationBadgeModel(badge.Url, unread));
    }
}
