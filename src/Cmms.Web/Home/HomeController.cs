using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Cmms.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cmms.Web.Home;

public sealed record HomePage(string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<HomeTile> Tiles);

/// <summary>Each person's home: the figures every module counts for their roles and scope.</summary>
[Route("")]
public sealed class HomeController(IEnumerable<IHomeTileProvider> providers, ICurrentUser user, IStringLocalizerFactory localizers) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var tiles = new List<HomeTile>();
        foreach (var provider in providers)
        {
            // A tile's title is its module's text: the module that counts it also names it.
            var text = ModuleLocalizers.ForType(provider.GetType(), localizers);
            tiles.AddRange((await provider.GetTilesAsync(user, cancellationToken)).Select(t => t with { Title = text[t.Title] }));
        }

        var roles = Roles.All.Where(user.IsInRole).ToList();
        return View(new HomePage(user.DisplayName, roles, [.. tiles.OrderBy(t => t.Order)]));
    }
}
