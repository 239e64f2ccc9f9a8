using Cmms.Works.Attachments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Portal;

/// <summary>
/// Sets the body limit of a form with photos from the configured photo limits, and reads the form
/// before the antiforgery check and model binding do, so that a body over the limit (too many or too
/// large photos) sends the person back to the form with the reason instead of an error page.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UploadLimitAttribute(string backTo) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>The default limit: five photos of 10 MB and the text around them.</summary>
    public const long DefaultBytes = (5L * PhotoReader.DefaultMaxBytes) + (1024 * 1024);

    /// <summary>After [RequestSizeLimit] (900), before the global antiforgery check (1000), which reads the form too.</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType)
        {
            return;
        }

        var reader = http.RequestServices.GetRequiredService<PhotoReader>();
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ((long)reader.MaxPerUpload * reader.MaxBytes) + (1024 * 1024);
        }

        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            var services = http.RequestServices;
            var text = services.GetRequiredService<IStringLocalizer<Text>>();
            var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
            tempData["FlashError"] = text["The photos are too large to be sent together: send at most {0} photos of {1} MB each.", reader.MaxPerUpload, reader.MaxBytes / (1024 * 1024)].Value;
            context.Result = new RedirectResult(backTo);
        }
    }
}
