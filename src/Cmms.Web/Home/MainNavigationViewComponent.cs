using System.Globalization;
using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Cmms.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Cmms.Web.Home;

public sealed record NavSection(string Title, IReadOnlyList<NavLink> Links);

public sealed record NavLink(string Text, string Url, bool Active);

/// <summary>The menu: every module's items that the person's roles allow, translated by the module that owns them.</summary>
/// <remarks>
/// The menu depends only on the roles and the language, and is drawn on every page: it is translated and
/// grouped once per combination (a few dozen at most) and kept for the life of the app.
/// </remarks>
public sealed class MainNavigationViewComponent(IEnumerable<INavigationContributor> contributors, ICurrentUser user, IStringLocalizerFactory localizers, IMemoryCache cache)
    : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        var roles = Roles.All.Where(user.IsInRole).ToList();
        var menu = cache.GetOrCreate($"menu:{CultureInfo.CurrentUICulture.Name}:{string.Join(',', roles)}", _ => Build(roles))!;
        var path = HttpContext.Request.Path.Value ?? "/";
        var sections = menu
            .Select(s => s with { Links = [.. s.Links.Select(l => l with { Active = path.StartsWith(l.Url, StringComparison.OrdinalIgnoreCase) })] })
            .ToList();
        return View("~/Views/Shared/_MainNavigation.cshtml", sections);
    }

    private List<NavSection> Build(List<string> roles) =>
        [.. contributors
            .Select(c => (Contributor: c, Text: ModuleLocalizers.ForType(c.GetType(), localizers)))
            .SelectMany(c => c.Contributor.Items.Select(item => (Item: item, c.Text)))
            .Where(x => x.Item.Roles.Any(roles.Contains))
            .OrderBy(x => x.Item.Order)
            .GroupBy(x => x.Text[x.Item.Section].Value)
            .Select(g => new NavSection(g.Key, [.. g.Select(x => new NavLink(x.Text[x.Item.Text], x.Item.Url, false))]))];
}
