using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Cmms.Gis.Search;

/// <param name="Ref">"module:id", as work orders and requests name the asset.</param>
public sealed record AssetDto(string Ref, string Module, Guid Id, string Label, string Kind, Guid? SiteId, double? Latitude, double? Longitude, string PageUrl);

internal static class AssetsApi
{
    private static readonly string[] Readers = [Roles.ApiClient, .. Roles.All];

    public static void MapAssetsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("assets", "Assets");
        group.MapGet("", Search).RequireRoles(Readers)
            .WithSummary("Assets of every module, by name or reference")
            .WithDescription("Searches every asset register (buildings, equipment, vehicles, green spaces, roads) by text in the label or reference, optionally on one site (siteId); best matches first, at most take (1–100, default 20). A referent finds only their sites' assets. ref is the module:id pair that requests and work orders use.");
    }

    private static async Task<Results<Ok<List<AssetDto>>, ProblemHttpResult>> Search(
        string? q, Guid? siteId, int? take, AssetSearch search, CancellationToken cancellationToken)
    {
        if (q?.Length > 100)
        {
            return TypedResults.Problem(title: "The search text is too long.", detail: "q: at most 100 characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (take is < 1 or > AssetSearch.MaxTake)
        {
            return TypedResults.Problem(title: "take is out of range.", detail: $"take: between 1 and {AssetSearch.MaxTake}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var found = await search.SearchAsync(q, siteId, take ?? 20, cancellationToken);
        return TypedResults.Ok(found.Select(a => new AssetDto(
            a.Ref.ToString(), a.Ref.Module, a.Ref.Id, a.Label, a.Kind, a.SiteId, a.Latitude, a.Longitude, a.PageUrl)).ToList());
    }
}
