using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Notifications;

public sealed record NotificationRow(Guid Id, NotificationKind Kind, string Subject, string Title, string? Detail, DateTime CreatedAtUtc, bool Unread);

public sealed record NotificationList(Paged<NotificationRow> Page, int Unread);

/// <summary>How a person wants to be mailed; in-app notifications are always kept.</summary>
public sealed class NotificationPreferencesForm : IVersionedForm
{
    [Required, EnumDataType(typeof(MailChoice)), Display(Name = "E-mails")]
    public MailChoice? Mail { get; set; } = MailChoice.Immediately;

    public int Version { get; set; }
}

/// <summary>
/// The signed-in person's own notifications, in the organisation they act for, and their choice of
/// mails. Nobody sees or marks anyone else's: another person's notification is not found.
/// </summary>
[Authorize]
public sealed class NotificationsController(DbContext db, ICurrentUser user, IClock clock, IStringLocalizer<Text> text, IMemoryCache cache) : Controller
{
    [HttpGet("/notifications")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me)
        {
            return NotFound();
        }

        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == me);
        var paging = new PageRequest(Math.Max(1, page), 30);
        var total = await mine.CountAsync(cancellationToken);
        var unread = await mine.CountAsync(n => n.ReadAtUtc == null, cancellationToken);
        var rows = await mine.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.Subject, n.Title, n.Detail, n.CreatedAtUtc, n.ReadAtUtc == null))
            .ToListAsync(cancellationToken);
        return View(new NotificationList(new Paged<NotificationRow>(rows, paging.Page, paging.PageSize, total), unread));
    }

    /// <summary>Marks one of the person's notifications read and opens what it is about.</summary>
    [HttpPost("/notifications/{id:guid}/read")]
    public async Task<IActionResult> Read(Guid id, CancellationToken cancellationToken)
    {
        var notification = user.UserId is { } me
            ? await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == me, cancellationToken)
            : null;
        if (notification is null)
        {
            return NotFound();
        }

        if (notification.ReadAtUtc is null)
        {
            notification.ReadAtUtc = clock.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
            NotificationBadge.Forget(cache, notification.UserId);
        }

        return Redirect(Url.IsLocalUrl(notification.Url) ? notification.Url : "/notifications");
    }

    [HttpPost("/notifications/read-all")]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me)
        {
            return NotFound();
        }

        var now = clock.UtcNow;
        await db.Notifications.Where(n => n.UserId == me && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
        NotificationBadge.Forget(cache, me);
        TempData["Flash"] = text["All your notifications are marked as read."].Value;
        return Redirect("/notifications");
    }

    [HttpGet("/account/notifications")]
    public async Task<IActionResult> Preferences(CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me)
        {
            return NotFound();
        }

        var preference = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == me, cancellationToken);
        return View(new NotificationPreferencesForm { Mail = preference?.Mail ?? MailChoice.Immediately, Version = preference?.Version ?? 0 });
    }

    [HttpPost("/account/notifications")]
    public async Task<IActionResult> Preferences(NotificationPreferencesForm form, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || form.Mail is not { } choice)
        {
            return View(form);
        }

        var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.UserId == me, cancellationToken);
        if (preference is null)
        {
            db.NotificationPreferences.Add(new NotificationPreference { UserId = me, Mail = choice });
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            // Changed in another tab meanwhile (or first saved there): the second save is then a deliberate choice.
            preference.Mail = choice;
            if (await db.TrySaveAsync(preference, form.Version, cancellationToken) is { } conflict)
            {
                return this.ConflictView("Preferences", form, new NotificationPreferencesForm { Mail = preference.Mail, Version = preference.Version }, conflict);
            }
        }

        TempData["Flash"] = text["Your choice of e-mails has been saved."].Value;
        return Redirect("/account/notifications");
    }
}
