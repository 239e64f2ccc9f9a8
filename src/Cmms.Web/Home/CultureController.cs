using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Cmms.Web.Home;

/// <summary>The language switch: remembered for a year in a cookie, French when none was chosen.</summary>
[AllowAnonymous, Route("culture")]
public sealed class CultureController : Controller
{
    [HttpPost("")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (Hosting.WebSetup.Cultures.All(c => c.Name != culture))
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
