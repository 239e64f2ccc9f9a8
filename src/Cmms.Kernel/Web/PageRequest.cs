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
    /// The number of matches when a page of <paramref name="returned"/> rows tells it, so no count is needed: a page
    /// that is not full is the last one. An empty page past the first says nothing (the offset may overshoot the
    /// matches), and a full page may have more after it: null then, and the caller counts.
    /// </summary>
    public static long? KnownFrom(long skip, int size, int returned) => returned < size && (returned > 0 || skip == 0) ? skip + returned : null;

    /// <summary>How many rows the page was cut from: the COUNT query runs only when the page cannot tell (<see cref="KnownFrom"/>).</summary>
    public static async Task<int> TotalAsync<T>(this IQueryable<T> matching, PageRequest paging, int returned, CancellationToken cancellationToken) =>
        KnownFrom(paging.Skip, paging.PageSize, returned) is { } known ? (int)known : await matching.CountAsync(cancellationToken);
}
