using System.Text.RegularExpressions;
using Cmms.Fleet;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Fleet;

/// <summary>Finds the demo fleet's rows for the tests, acting for the organisation that owns them.</summary>
internal static partial class FleetArrange
{
    public static Task<T> AsAsync<T>(CmmsFactory app, string organisation, Func<IServiceProvider, DbContext, Task<T>> work) => app.InScopeAsync(async sp =>
    {
        var ids = await DemoIds.LoadAsync(app, organisation);
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(ids.Organisation);
        return await work(sp, sp.GetRequiredService<DbContext>());
    });

    public static Task<Vehicle> VehicleAsync(CmmsFactory app, string number, string organisation = DemoIds.City) =>
        AsAsync(app, organisation, (_, db) => db.Set<Vehicle>().AsNoTracking().Include(v => v.Meters).SingleAsync(v => v.InternalNumber == number));

    public static Task<Meter> MainMeterAsync(CmmsFactory app, Guid vehicleId, string organisation = DemoIds.City) =>
        AsAsync(app, organisation, async (_, db) => Units.Main(await db.Set<Meter>().AsNoTracking().Where(m => m.VehicleId == vehicleId).ToListAsync())!);

    public static Task<int> ReadingCountAsync(CmmsFactory app, Guid vehicleId, string organisation = DemoIds.City) =>
        AsAsync(app, organisation, (_, db) => db.Set<MeterReading>().CountAsync(r => r.VehicleId == vehicleId));

    /// <summary>The meter's latest reading as the French form shows it (48 215), for typing a figure relative to it.</summary>
    public static string Figure(decimal value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    public static string Field(string html, string name) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    /// <summary>The page's text as a reader sees it: tags removed, entities decoded.</summary>
    public static string Text(string html) => System.Net.WebUtility.HtmlDecode(Tags().Replace(html, string.Empty));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

/// <summary>Text as the French pages write it, with the narrow spaces of numbers removed: "48 215 km" reads "48215 km".</summary>
internal static class FrenchText
{
    public static string Plain(string html) =>
        System.Net.WebUtility.HtmlDecode(html).Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace("\u00A0", " ", StringComparison.Ordinal);
}
