using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Cmms.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cmms.Web.Home;

public sealed record NavSection(string Title, IReadOnlyList<NavLink> Links);

public sealed record NavLink(string Text, string Url, bool Active);

/// <summary>The menu: every module's items that the person's roles allow, translated by the module that owns them.</summary>
public sealed class MainNavigationViewComponent(IEnumerable<INavigationContributor> contributors, ICurrentUser user, IStringLocalizerFactory localizers) : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        var path = HttpContext.Request.Path.Value ?? "/";
        var sections = contributors
            .Select(c => (Contributor: c, Text: ModuleLocalizers.ForType(c.GetType(), localizers)))
            .SelectMany(c => c.Contributor.Items.Select(item => (Item: item, c.Text)))
            .Where(x => x.Item.Roles.Any(user.IsInRole))
            .OrderBy(x => x.Item.Order)
            .GroupBy(x => x.Text[x.Item.Section].Value)
            .Select(g => new NavSection(g.Key, [.. g.Select(x => new NavLink(x.Text[x.Item.Text], x.Item.Url, path.StartsWith(x.Item.Url, StringComparison.OrdinalIgnoreCase)))]))
            .ToList();
        return View("~/Views/Shared/_MainNavigation.cshtml", sections);
    }
}
