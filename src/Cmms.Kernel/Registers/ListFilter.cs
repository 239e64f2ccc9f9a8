using System.Linq.Expressions;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Web;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Kernel.Registers;

/// <summary>What every register list filters on besides its own fields: text, site, in service or retired, the page.</summary>
public sealed record ListFilter(string? Q, Guid? Site, string Status, int Page)
{
    public const string Active = "active";
    public const string Retired = "retired";
    public const string All = "all";

    public static ListFilter Of(string? q, Guid? site, string? status, int page) =>
        new(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), site, status is Retired or All ? status : Active, Math.Max(1, page));

    /// <summary>The query string of the filter, for the pager and links.</summary>
    public string Query => $"q={Uri.EscapeDataString(Q ?? string.Empty)}&site={Site}&status={Status}";

    public IReadOnlyList<string> Words => SearchText.QueryWords(Q);

    /// <summary>A query with no word to look up (a single letter) finds nothing rather than everything.</summary>
    public bool FindsNothing => Q is not null && Words.Count == 0;

    /// <summary>The status and site filters; the text is applied by <see cref="PageAsync"/>, which counts it its own way.</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> assets)
        where T : RegisterAsset
    {
        assets = Status switch
        {
            Retired => assets.Where(a => a.RetiredOn != null),
            All => assets,
            _ => assets.InService(),
        };
        if (Site is { } site)
        {
            assets = assets.Where(a => a.SiteId == site);
        }

        return FindsNothing ? assets.Where(a => false) : assets;
    }

    /// <summary>
    /// One page of the filtered assets matching the text (looked up in the module's <paramref name="terms"/>), ordered on
    /// <paramref name="order"/> then the reference, and how many match in all.
    /// </summary>
    public async Task<Paged<TRow>> PageAsync<T, TTerm, TRow>(
        IQueryable<T> filtered, DbSet<TTerm> terms, Expression<Func<T, string>> order, Func<T, TRow> row, CancellationToken cancellationToken)
        where T : RegisterAsset
        where TTerm : AssetSearchTerm
    {
        var paging = new PageRequest(Page);
        var (total, page) = await SearchIndex.ListAsync(filtered, terms, Words, order, paging.Skip, paging.PageSize, cancellationToken);
        return new Paged<TRow>([.. page.Select(row)], paging.Page, paging.PageSize, total);
    }
}
