using System.Globalization;
using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Cmms.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Cmms.Web.Home;

public sealed record HomePage(string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<HomeTile> Tiles);

/// <summary>Each person's home: the figures every module counts for their roles and scope.</summary>
[Route("")]
public sealed class HomeController(IServiceProvider services, ICurrentUser user, IStringLocalizerFactory localizers, IMemoryCache cache) : Controller
{
    /// <summary>
    /// Figures are counts for orientation that everyone opens many times a day: counting them once
    /// per person every half minute keeps the home page cheap. The key holds the organisation, the
    /// person, their roles and language, so a figure is never shown outside the scope it was counted for.
    /// </summary>
    private static readonly TimeSpan FiguresLifetime = TimeSpan.FromSeconds(30);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roles = Roles.All.Where(user.IsInRole).ToList();
        var key = $"home:{user.OrganisationId}:{user.UserId}:{string.Join(',', roles)}:{CultureInfo.CurrentUICulture.Name}";
        var tiles = await cache.GetOrCreateAsync(key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = FiguresLifetime;
            return await CountAsync(cancellationToken);
        }) ?? [];
        return View(new HomePage(user.DisplayName, roles, tiles));
    }

    private async Task<List<HomeTile>> CountAsync(CancellationToken cancellationToken)
    {
        // The providers are built only when counting: each holds a database context, and most visits find the figures remembered.
        var tiles = new List<HomeTile>();
        foreach (var provider in services.GetServices<IHomeTileProvider>())
        {
            // A tile's title is its module's text: the module that counts it also names it.
            var text = ModuleLocalizers.ForType(provider.GetType(), localizers);
            tiles.AddRange((await provider.GetTilesAsync(user, cancellationToken)).Select(t => t with { Title = text[t.Title] }));
        }

        return [.. tiles.OrderBy(t => t.Order)];
    }
}
