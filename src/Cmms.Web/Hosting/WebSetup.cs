using System.Globalization;
using System.Text.Json.Serialization;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using Serilog;

namespace Cmms.Web.Hosting;

internal static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("fr-FR"), new("en-GB")];

    public static IServiceCollection AddCmmsWeb(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<IStringLocalizerFactory, CachingStringLocalizerFactory>();
        services.AddControllersWithViews()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = ModuleLocalizers.ForType);
        services.ConfigureOptions<LocalizedValidationMessages>();
        services.AddScoped<Home.PageChrome>();
        services.AddSingleton(sp => Kernel.Geo.MapTiles.From(sp.GetRequiredService<IConfiguration>()));
        services.Configure<RazorViewEngineOptions>(o =>
        {
            // A module keeps each use case's views beside its controller: /Agents/Index.cshtml.
            o.ViewLocationFormats.Insert(0, "/{1}/{0}.cshtml");
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = o.SupportedUICultures = Cultures;
            // French unless the person chose English: browsers' languages are not trusted to mean a choice.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ApiExceptionHandler>();
        // French text is written as is, not as numeric entities.
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Cmms API";
                document.Info.Description = "Computerised maintenance management for municipal technical services. Authenticate with an organisation's API key in the X-Api-Key header; errors are RFC 7807 problem details.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key",
                    Description = "An API key created by an administrator of the organisation (Administration > API keys).",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication UseCmmsPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto });
        app.UseMiddleware<SecurityHeaders>();
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages.UseExceptionHandler("/error/500").UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevel);
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapCmmsHost(this WebApplication app)
    {
        app.MapControllers();
        app.MapHealthChecks("/health").AllowAnonymous();

        // Liveness for load balancers: the process answers, whatever the database does.
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Cmms API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        return app;
    }

    /// <summary>A request the client gave up on (a closed tab, a load test stopping) is not a fault of the app.</summary>
    private static Serilog.Events.LogEventLevel RequestLogLevel(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested ? Serilog.Events.LogEventLevel.Information
        : exception is not null || context.Response.StatusCode > 499 ? Serilog.Events.LogEventLevel.Error
        : Serilog.Events.LogEventLevel.Information;

    private static bool IsApi(HttpContext context) => ApiEndpoints.IsMachinePath(context.Request.Path);
}
