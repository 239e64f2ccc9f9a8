using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cmms.Web.Errors;

public sealed record ErrorPage(int Status, string RequestId);

/// <summary>Friendly pages for people; the API gets problem details instead (see WebSetup).</summary>
[AllowAnonymous, Route("error")]
public sealed class ErrorController : Controller
{
    [Route("{status:int}")]
    [ApiExplorerSettings(IgnoreApi = true)]
    public IActionResult Show(int status)
    {
        status = status is >= 400 and < 600 ? status : 500;
        Response.StatusCode = status;
        return View("~/Views/Error/Show.cshtml", new ErrorPage(status, HttpContext.TraceIdentifier));
    }
}
