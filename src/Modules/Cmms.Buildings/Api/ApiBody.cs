using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Cmms.Buildings.Api;

/// <summary>
/// Reads a JSON body for this module's API so that every mistake is a 400 problem naming its field: a value of the
/// wrong type names the field, a body that is not JSON (or a form) names <c>body</c>. The handler reads the body
/// itself, after checking the record it addresses exists, so an unknown id is a 404 whatever the body.
/// </summary>
internal static class ApiBody
{
    public static async Task<(T? Body, ValidationProblem? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problem("body", "A JSON body is required (Content-Type: application/json)."));
        }

        T? body;
        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            body = await request.ReadFromJsonAsync<T>(options, cancellationToken);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            return (null, Problem(field, field == "body" ? "The body is not valid JSON." : "This value cannot be read: check its type (a GUID, a number, a date yyyy-MM-dd, or one of the names listed)."));
        }

        if (body is null)
        {
            return (null, Problem("body", "A JSON body is required."));
        }

        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(body, new ValidationContext(body), results, validateAllProperties: true))
        {
            return (body, null);
        }

        return (null, TypedResults.ValidationProblem(results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [string.Empty]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(e => Camel(e.Member))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid value.").ToArray())));
    }

    /// <summary>Describes the JSON body in the OpenAPI document (the handler reads it itself).</summary>
    public static RouteHandlerBuilder JsonBody<T>(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken) },
                },
            });

    public static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Camel(field)] = [message] });

    /// <summary>The rules' problems, in English as the rest of the API, by camelCase field.</summary>
    public static ValidationProblem Problems(IEnumerable<RuleProblem> problems) =>
        TypedResults.ValidationProblem(problems.GroupBy(p => Camel(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.English).Distinct().ToArray()));

    public static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary>A GeoJSON member of a body as text for the geometry reader; null when absent or JSON null.</summary>
    public static string? GeoJsonText(JsonElement? element) =>
        element is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value ? value.GetRawText() : null;
}
