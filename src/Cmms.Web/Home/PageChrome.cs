using System.Globalization;
using System.Security.Claims;
using Cmms.Directory.Users;
using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Cmms.Web.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Cmms.Web.Home;

public sealed record NavSection(string Title, IReadOnlyList<NavLink> Links);

public sealed record NavLink(string Text, string Url)
{
    public bool IsActive(string path) => path.StartsWith(Url, StringComparison.OrdinalIgnoreCase);
}

public sealed record Bell(string Url, int Unread);

/// <summary>What the layout draws around every page: the menu of the person's roles, the bell, the organisations they act for.</summary>
/// <remarks>
/// The layout writes these itself rather than through view components and partials: each of those costs a view
/// lookup, an activation and its own buffers on every page, and together they cost more than most pages' content
/// (docs/operations.md, "Home page and API"). The menu depends only on the roles and the language: it is
/// translated and grouped once per combination (a few dozen at most) and kept for the life of the app.
/// </remarks>
public sealed class PageChrome(IEnumerable<INavigationContributor> contributors, IEnumerable<INotificationBadge> badges, ICurrentUser user,
    IStringLocalizerFactory localizers, IMemoryCache cache)
{
    public IReadOnlyList<NavSection> Menu()
    {
        var roles = Roles.All.Where(user.IsInRole).ToList();
        return cache.GetOrCreate($"menu:{CultureInfo.CurrentUICulture.Name}:{string.Join(',', roles)}", _ => BuildMenu(roles))!;
    }

    /// <summary>The bell, when a module keeps notifications and a person (not a system) is signed in.</summary>
    public async Task<Bell?> BellAsync(CancellationToken cancellationToken) =>
        user.UserId is not null && badges.FirstOrDefault() is { } badge
            ? new Bell(badge.Url, await badge.UnreadCountAsync(user, cancellationToken))
            : null;

    /// <summary>The organisations the person may act for, from the sign-in cookie: a choice only for people who belong to several.</summary>
    public static IReadOnlyList<OrganisationChoice> Organisations(ClaimsPrincipal principal) =>
        [.. principal.FindAll(CmmsClaims.Membership).Select(c => OrganisationChoice.FromClaimValue(c.Value)).OfType<OrganisationChoice>()];

    private List<NavSection> BuildMenu(List<string> roles) =>
        [.. contributors
            .Select(c => (Contributor: c, Text: ModuleLocalizers.ForType(c.GetType(), localizers)))
            .SelectMany(c => c.Contributor.Items.Select(item => (Item: item, c.Text)))
            .Where(x => x.Item.Roles.Any(roles.Contains))
            .OrderBy(x => x.Item.Order)
            .GroupBy(x => x.Text[x.Item.Section].Value)
            .Select(g => new NavSection(g.Key, [.. g.Select(x => new NavLink(x.Text[x.Item.Text], x.Item.Url))]))];
}
