using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Gis.Import;

/// <summary>
/// The body limit of the import form, from configuration (<c>Gis:ImportMaxMegabytes</c>), applied before
/// the form is read; a file over it sends the person back to the form with the reason, not to an error page.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ImportUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const int DefaultMegabytes = 50;

    /// <summary>Before the global antiforgery check (1000), which reads the form too.</summary>
    public int Order => 950;

    public static int Megabytes(IConfiguration configuration) =>
        configuration.GetValue<int?>("Gis:ImportMaxMegabytes") is { } mb and > 0 ? mb : DefaultMegabytes;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType)
        {
            return;
        }

        var megabytes = Megabytes(http.RequestServices.GetRequiredService<IConfiguration>());
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = (megabytes + 1L) * 1024 * 1024;
        }

        try
        {
            await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = (megabytes + 1L) * 1024 * 1024 }, http.RequestAborted);
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            var text = http.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
            var message = text["The file is larger than {0} MB: split it into several files.", megabytes].Value;
            if (GisImportController.IsScripted(http.Request))
            {
                context.Result = new ObjectResult(new { errors = new[] { message } }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
                return;
            }

            var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
            tempData["FlashError"] = message;
            context.Result = new RedirectResult("/gis/import");
        }
    }
}
