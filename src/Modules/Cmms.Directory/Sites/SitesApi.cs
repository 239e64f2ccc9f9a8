using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Sites;

public sealed record SiteDto(Guid Id, string Code, string Name, SiteKind Kind, string? Address, string? PostCode, string? City, double? Latitude, double? Longitude, int Version);

internal static class SitesApi
{
    public static void MapSitesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("sites", "Sites");
        group.MapGet("", List).RequireRoles(Roles.ApiClient, Roles.Administrator, Roles.ServiceManager, Roles.Referent).Validated<PageRequest>();
        group.MapGet("{id:guid}", Get).RequireRoles(Roles.ApiClient, Roles.Administrator, Roles.ServiceManager, Roles.Referent);
        group.MapPost("", Create).RequireRoles(Roles.ApiClient, Roles.Administrator).Validated<SiteForm>();
        group.MapPut("{id:guid}", Update).RequireRoles(Roles.ApiClient, Roles.Administrator).Validated<SiteForm>();
    }

    private static async Task<Ok<Paged<SiteDto>>> List([AsParameters] PageRequest paging, string? q, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        var sites = await SiteQueries.ScopedAsync(db, scopes, user, cancellationToken);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            sites = sites.Where(s => s.Name.ToUpper().Contains(term) || s.Code.Contains(term));
        }

        var items = await sites.OrderBy(s => s.Code).Skip(paging.Skip).Take(paging.PageSize).Select(ToDto).ToListAsync(cancellationToken);
        var total = await sites.TotalAsync(paging, items.Count, cancellationToken);
        return TypedResults.Ok(new Paged<SiteDto>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<SiteDto>, NotFound>> Get(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await (await SiteQueries.ScopedAsync(db, scopes, user, cancellationToken)).Where(s => s.Id == id).Select(ToDto).FirstOrDefaultAsync(cancellationToken) is { } site
            ? TypedResults.Ok(site)
            : TypedResults.NotFound();

    private static async Task<Results<Created<SiteDto>, ValidationProblem>> Create(SiteForm input, DbContext db, CancellationToken cancellationToken)
    {
        if (await ProblemsAsync(input, null, db, cancellationToken) is { } problem)
        {
            return problem;
        }

        var site = new Site { Code = string.Empty, Name = string.Empty };
        input.ApplyTo(site);
        db.Sites.Add(site);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/sites/{site.Id}", ToDtoCompiled(site));
    }

    private static async Task<Results<Ok<SiteDto>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, SiteForm input, DbContext db, CancellationToken cancellationToken)
    {
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (site is null)
        {
            return TypedResults.NotFound();
        }

        if (await ProblemsAsync(input, id, db, cancellationToken) is { } problem)
        {
            return problem;
        }

        input.ApplyTo(site);
        if (await db.TrySaveAsync(site, input.Version, cancellationToken) is { } conflict)
        {
            return TypedResults.Problem(
                title: "The site was changed by someone else.",
                detail: $"Version {input.Version} is no longer current (now {site.Version}, changed by {conflict.ChangedBy}). Read the site again and re-apply the change.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok(ToDtoCompiled(site));
    }

    private static async Task<ValidationProblem?> ProblemsAsync(SiteForm input, Guid? id, DbContext db, CancellationToken cancellationToken)
    {
        var errors = input.Problems().ToDictionary(p => Camel(p.Field), p => new[] { p.Message });
        var code = input.Code.Trim();
        if (await db.Sites.AnyAsync(s => s.Code == code && s.Id != id, cancellationToken))
        {
            errors["code"] = ["Another site already has this code."];
        }

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static readonly System.Linq.Expressions.Expression<Func<Site, SiteDto>> ToDto = s =>
        new SiteDto(s.Id, s.Code, s.Name, s.Kind, s.Address, s.PostCode, s.City, s.Latitude, s.Longitude, s.Version);

    private static readonly Func<Site, SiteDto> ToDtoCompiled = ToDto.Compile();
}
