using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Cmms.Buildings.Buildings;
using Cmms.Buildings.Equipment;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Buildings;

/// <summary>Reads and arranges the building register's rows for the tests, and acts as a given person inside the app's services.</summary>
internal static partial class BuildingsArrange
{
    public const string Footprint =
        """{"type":"Polygon","coordinates":[[[4.4300,46.8100],[4.4305,46.8100],[4.4305,46.8103],[4.4300,46.8103],[4.4300,46.8100]]]}""";

    public const string BowTie =
        """{"type":"Polygon","coordinates":[[[4.4300,46.8100],[4.4305,46.8103],[4.4305,46.8100],[4.4300,46.8103],[4.4300,46.8100]]]}""";

    public static Task<Building> BuildingAsync(CmmsFactory app, string code) => app.InScopeAsync(async sp =>
        await sp.GetRequiredService<DbContext>().Set<Building>().IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.Code == code));

    public static Task<EquipmentItem> EquipmentAsync(CmmsFactory app, Guid id) => app.InScopeAsync(async sp =>
        await sp.GetRequiredService<DbContext>().Set<EquipmentItem>().IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == id));

    /// <summary>An equipment of the building in service, of this kind.</summary>
    public static Task<EquipmentItem> EquipmentOfAsync(CmmsFactory app, string buildingCode, EquipmentKind kind) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var building = await db.Set<Building>().IgnoreQueryFilters().SingleAsync(b => b.Code == buildingCode);
        return await db.Set<EquipmentItem>().IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.BuildingId == building.Id && e.Kind == kind && e.Status == EquipmentStatus.InService).OrderBy(e => e.Name).FirstAsync();
    });

    public static Task<(Guid Level, Guid Room)> RoomAsync(CmmsFactory app, string buildingCode, string roomName) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var building = await db.Set<Building>().IgnoreQueryFilters().SingleAsync(b => b.Code == buildingCode);
        var room = await db.Set<Cmms.Buildings.Rooms.Room>().IgnoreQueryFilters().FirstAsync(r => r.BuildingId == building.Id && r.Name == roomName);
        return (room.LevelId, room.Id);
    });

    /// <summary>Runs <paramref name="work"/> in the app's services as a signed-in person of an organisation, as a request would.</summary>
    public static Task<T> AsAsync<T>(CmmsFactory app, string organisationCode, string email, string[] roles, Func<IServiceProvider, Task<T>> work) => app.InScopeAsync(async sp =>
    {
        var ids = await DemoIds.LoadAsync(app, organisationCode);
        var userId = await Users.IdOfAsync(sp, email);
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, userId.ToString()), new(CmmsClaims.OrganisationId, ids.Organisation.ToString()), new(CmmsClaims.DisplayName, email),
            .. roles.Select(r => new Claim(ClaimTypes.Role, r)),
        ];
        var accessor = sp.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")), RequestServices = sp };
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR"); // as the app's default request culture
        try
        {
            return await work(sp);
        }
        finally
        {
            accessor.HttpContext = null;
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    });

    public static string Field(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{name}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    public static string TextArea(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<textarea[^>]*name=\"{name}\"[^>]*>([^<]*)</textarea>").Groups[1].Value).Trim();

    /// <summary>The rows of a list page's table (<c>data-testid="<paramref name="testId"/>"</c>), without the filters above it.</summary>
    public static string Table(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {testId}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    /// <summary>The value of the option selected in a select (empty when none or the empty one is).</summary>
    public static string Selected(string html, string name)
    {
        var select = Regex.Match(html, $"<select[^>]*name=\"{name}\"[\\s\\S]*?</select>").Value;
        return WebUtility.HtmlDecode(Regex.Match(select, "<option value=\"([^\"]*)\" selected=\"selected\"").Groups[1].Value);
    }

    /// <summary>The fields of a building's edit form as the page gave them.</summary>
    public static Dictionary<string, string> BuildingForm(string html) => new()
    {
        ["SiteId"] = Selected(html, "SiteId"),
        ["Code"] = Field(html, "Code"), ["Name"] = Field(html, "Name"), ["Address"] = Field(html, "Address"),
        ["Geometry"] = TextArea(html, "Geometry"), ["YearBuilt"] = Field(html, "YearBuilt"), ["Surface"] = Field(html, "Surface"),
        ["ErpType"] = Selected(html, "ErpType"), ["ErpCategory"] = Selected(html, "ErpCategory"),
        ["ErpCapacity"] = Field(html, "ErpCapacity"), ["Version"] = Field(html, "Version"),
    };
}
