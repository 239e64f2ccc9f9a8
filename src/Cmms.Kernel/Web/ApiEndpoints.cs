using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Kernel.Web;

/// <summary>Conventions every module's API follows: one version prefix, role checks, validated input.</summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>OGC API – Features (the GIS module): read by QGIS and GDAL with an API key, like the API.</summary>
    public const string OgcPrefix = "/ogc";

    /// <summary>
    /// Whether a path answers systems rather than people: the API and OGC API – Features answer with
    /// status codes and problem details, never with a login redirect or an HTML error page.
    /// </summary>
    public static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(OgcPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>A group under /api/v1 with its OpenAPI tag; every endpoint in it must still name its roles.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string path, string tag)
    {
        var group = endpoints.MapGroup($"{Prefix}/{path.Trim('/')}").WithTags(tag);
        group.AddEndpointFilter(SessionWritesNeedAntiforgery);
        group.AddEndpointFilter(OneConnectionPerCall);
        return group;
    }

    /// <summary>
    /// A list answers with a count and a page, often a lookup or two: one connection for the call rather than one
    /// taken from the pool and given back around each query (on SQLite the pool's lock was felt under load).
    /// </summary>
    private static async ValueTask<object?> OneConnectionPerCall(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<DbContext>().Database;
        await db.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            return await next(context);
        }
        finally
        {
            await db.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// A person's browser session may write through the API only with the antiforgery token in the
    /// X-CSRF-TOKEN header, as pages do; a system's API key is not a cookie and needs none.
    /// </summary>
    private static async ValueTask<object?> SessionWritesNeedAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var unsafeMethod = !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method));
        if (unsafeMethod && !http.User.HasClaim(c => c.Type == CmmsClaims.ApiKeyId))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return TypedResults.Problem(
                    title: "Missing or invalid antiforgery token.",
                    detail: "A browser session writing through the API must send the page's antiforgery token in the X-CSRF-TOKEN header; systems use an API key.",
                    statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context);
    }

    /// <summary>Accepts an API key or a signed-in person holding one of <paramref name="roles"/>.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = AuthSchemes.Api, Roles = string.Join(',', roles) });

    /// <summary>Validates the body's data annotations and answers 400 with the fields named, before the handler runs.</summary>
    public static RouteHandlerBuilder Validated<TBody>(this RouteHandlerBuilder builder)
        where TBody : class =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var body = context.Arguments.OfType<TBody>().FirstOrDefault();
            if (body is null)
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] });
            }

            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(body, new ValidationContext(body), results, validateAllProperties: true))
            {
                return await next(context);
            }

            var errors = results
                .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [string.Empty]).Select(m => (Member: m, r.ErrorMessage)))
                .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.Member))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid value.").ToArray());
            return TypedResults.ValidationProblem(errors);
        }).ProducesValidationProblem();
}
