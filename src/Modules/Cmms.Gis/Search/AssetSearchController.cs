using Cmms.Directory.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Gis.Search;

public sealed record AssetSearchRow(string Label, string Kind, string? SiteName, string PageUrl);

public sealed record AssetSearchPage(string? Query, Guid? SiteId, IReadOnlyList<SiteInfo> Sites, IReadOnlyList<AssetSearchRow> Rows, bool AnyCatalog, int Take);

/// <summary>Any asset of any module, by name or reference: one box for buildings, vehicles, trees and lamps.</summary>
[Authorize]
[Route("assets/search")]
public sealed class AssetSearchController(IDirectory directory) : Controller
{
    private const int Shown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, Guid? site, CancellationToken cancellationToken)
    {
        var search = HttpContext.RequestServices.GetRequiredService<AssetSearch>();
        var sites = await directory.SitesAsync(cancellationToken);
        var names = sites.ToDictionary(s => s.Id, s => s.Name);
        q = q?.Trim();
        if (q?.Length > 100)
        {
            q = q[..100];
        }

        IReadOnlyList<AssetSearchRow> rows = [];
        if (!string.IsNullOrEmpty(q) || site is not null)
        {
            var found = await search.SearchAsync(q, site, Shown, cancellationToken);
            rows = [.. found.Select(a => new AssetSearchRow(a.Label, a.Kind, a.SiteId is { } id ? names.GetValueOrDefault(id) : null, a.PageUrl))];
        }

        return View("/Search/Index.cshtml", new AssetSearchPage(q, site, [.. sites.OrderBy(s => s.Name, StringComparer.CurrentCulture)], rows, search.AnyCatalog, Shown));
    }
}
