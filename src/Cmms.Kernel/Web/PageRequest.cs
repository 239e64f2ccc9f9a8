using Microsoft.EntityFrameworkCore;
using System.ComponentModel.DataAnnotations;

namespace Cmms.Kernel.Web;

/// <summary>Paging parameters shared by lists and API collections; bounded so no request reads a whole table.</summary>
public sealed record PageRequest([property: Range(1, int.MaxValue)] int Page = 1, [property: Range(1, PageRequest.MaxPageSize)] int PageSize = 50)
{
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

public static class PageTotals
{
    /// <summary>
    /// How many rows the page was cut from. A page that is not full tells it by itself (everything before it, plus
    /// what it holds), so the COUNT query runs only for a full page or a page past the end.
    /// </summary>
    public static async Task<int> TotalAsync<T>(this IQueryable<T> matching, PageRequest paging, int returned, CancellationToken cancellationToken) =>
        returned < paging.PageSize && (returned > 0 || paging.Skip == 0)
            ? paging.Skip + returned
            : await matching.CountAsync(cancellationToken);
}
