using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Cmms.Directory.Sites;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.GreenSpaces;

/// <summary>What the green-space and road tests share: site ids, GeoJSON text, acting as someone outside a request.</summary>
internal static partial class AssetArrange
{
    public static Task<Guid> SiteAsync(CmmsFactory app, Guid organisation, string code) =>
        app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Site>().IgnoreQueryFilters()
            .Where(s => s.Code == code && s.OrganisationId == organisation).Select(s => s.Id).SingleAsync());

    public static string Point(double lon, double lat) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"type":"Point","coordinates":[{{lon}},{{lat}}]}""");

    public static string Line(params (double Lon, double Lat)[] points) =>
        "{\"type\":\"LineString\",\"coordinates\":[" + string.Join(",", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.Lon},{p.Lat}]"))) + "]}";

    public static string Polygon(params (double Lon, double Lat)[] ring) =>
        "{\"type\":\"Polygon\",\"coordinates\":[[" + string.Join(",", ring.Append(ring[0]).Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.Lon},{p.Lat}]"))) + "]]}";

    /// <summary>
    /// Runs <paramref name="work"/> in a service scope as a signed-in person of <paramref name="organisation"/> holding
    /// <paramref name="role"/> (and, for a referent, their user id): what the map, OGC and exports do on a request.
    /// </summary>
    public static Task<T> ActingAsync<T>(CmmsFactory app, Guid organisation, string role, Guid? userId, Func<IServiceProvider, Task<T>> work) =>
        app.InScopeAsync(async sp =>
        {
            Claim[] claims =
            [
                new(CmmsClaims.OrganisationId, organisation.ToString()), new(ClaimTypes.Role, role),
                new(ClaimTypes.NameIdentifier, (userId ?? Guid.NewGuid()).ToString()), new(CmmsClaims.DisplayName, "Test"),
            ];
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")) };

            // Requests are French unless the person chose English.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            return await work(sp);
        });

    /// <summary>The value of an input or the text of a textarea on a page.</summary>
    public static string Field(string html, string name)
    {
        var input = Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"");
        if (input.Success)
        {
            return WebUtility.HtmlDecode(input.Groups[1].Value);
        }

        var area = Regex.Match(html, $"name=\"{name}\"[^>]*>\\s*([^<]*)</textarea>");
        return WebUtility.HtmlDecode(area.Groups[1].Value.Trim());
    }

    public static Guid IdIn(Uri? location) => Guid.Parse(location!.ToString().Split('/')[^1]);
}
