using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Cmms.Works.Api;

/// <summary>
/// Reads and checks a JSON body for the Works API, so that every mistake of the caller is a 400 problem
/// naming the field: a value of the wrong type (an unknown enum name, a malformed GUID) names its field,
/// a body that is not JSON names <c>body</c>. A form posted by a browser is a 400 too, not a 415.
/// </summary>
internal static class ApiInput
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

        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [string.Empty]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(e => Camel(e.Member))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid value.").ToArray());
        return (null, TypedResults.ValidationProblem(errors));
    }

    /// <summary>
    /// Describes the JSON body in the OpenAPI document. The handler reads the body itself, so no
    /// content-type constraint is put on the route (it would answer 415, or 401 as no endpoint, to a form).
    /// </summary>
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

    /// <summary>Describes a multipart upload of files named <c>files</c> in the OpenAPI document.</summary>
    public static RouteHandlerBuilder FilesBody(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["files"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                            },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });

    public static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Problems(IEnumerable<KeyValuePair<string, string>> errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => Camel(e.Key), e => new[] { e.Value }));

    public static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary>A moment given in the query string, as UTC (PostgreSQL refuses any other kind).</summary>
    public static DateTime? Utc(DateTimeOffset? moment) => moment?.UtcDateTime;
}
