using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Kernel.Registers;

/// <summary>
/// The list and detail endpoints of a register under /api/v1: what the caller may see, in service unless retired
/// assets are asked for, in a bbox, on a site, matching words, paged by reference.
/// </summary>
public static class RegisterApi
{
    /// <summary>
    /// One page of the register. A bbox keeps the assets whose shape meets it: points on their indexed bounds, lines
    /// and outlines (<paramref name="maxSpan"/> above 0) then tested exactly and paged here — a window holds a few
    /// hundred of them. <paramref name="narrow"/> adds the register's own filters (a lighting cabinet).
    /// </summary>
    public static async Task<Results<Ok<Paged<TDto>>, ValidationProblem>> ListAsync<T, TTerm, TDto>(
        IQueryable<T> set, DbSet<TTerm> terms, ISiteScope scope, PageRequest paging, string? bbox, double maxSpan, string? q, Guid? siteId,
        bool? includeRetired, Func<T, TDto> dto, CancellationToken cancellationToken, Func<IQueryable<T>, IQueryable<T>>? narrow = null)
        where T : RegisterAsset
        where TTerm : AssetSearchTerm
    {
        var assets = set.AsNoTracking().VisibleTo(scope);
        if (includeRetired != true)
        {
            assets = assets.InService();
        }

        GeoBox? window = null;
        if (!string.IsNullOrWhiteSpace(bbox))
        {
            if (!GeoBox.TryParse(bbox, out var box))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["bbox"] = ["Expected minLon,minLat,maxLon,maxLat in WGS84 degrees, west before east and south before north."],
                });
            }

            window = box;
            assets = assets.InWindow(box, maxSpan);
        }

        if (siteId is { } site)
        {
            assets = assets.Where(a => a.SiteId == site);
        }

        var words = SearchText.QueryWords(q);
        if (!string.IsNullOrWhiteSpace(q) && words.Count == 0)
        {
            assets = assets.Where(a => false);
        }

        assets = narrow?.Invoke(assets) ?? assets;
        if (window is { } exact && maxSpan > 0)
        {
            var hits = (await assets.Matching(terms, words).ToListAsync(cancellationToken))
                .OrderBy(a => a.Reference, StringComparer.Ordinal).Where(a => GeoWindow.Meets(a.Shape, exact)).ToList();
            return TypedResults.Ok(new Paged<TDto>([.. hits.Skip(paging.Skip).Take(paging.PageSize).Select(dto)], paging.Page, paging.PageSize, hits.Count));
        }

        var (total, page) = await SearchIndex.ListAsync(assets, terms, words, a => a.Reference, paging.Skip, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new Paged<TDto>([.. page.Select(dto)], paging.Page, paging.PageSize, total));
    }

    /// <summary>One asset the caller may see, retired or not; a 404 otherwise.</summary>
    public static async Task<Results<Ok<TDto>, NotFound>> GetAsync<T, TDto>(
        IQueryable<T> set, ISiteScope scope, Guid id, Func<T, TDto> dto, CancellationToken cancellationToken)
        where T : RegisterAsset =>
        await set.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } asset
            ? TypedResults.Ok(dto(asset))
            : TypedResults.NotFound();
}
