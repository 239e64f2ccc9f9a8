using System.Text.RegularExpressions;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Cmms.Works;
using Cmms.Works.Attachments;
using Cmms.Works.Requests;
using Cmms.Works.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Works;

/// <summary>Arranges the manager's tests: requests submitted through the handler as a referent of the city, routing rules.</summary>
internal static partial class ManagerArrange
{
    public static Task<T> AsCityAsync<T>(CmmsFactory app, Func<IServiceProvider, DbContext, Task<T>> work) => app.InScopeAsync(async sp =>
    {
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Organisation);
        return await work(sp, sp.GetRequiredService<DbContext>());
    });

    public static Task<Guid> ServiceAsync(CmmsFactory app, string code) =>
        AsCityAsync(app, async (sp, _) => (await sp.GetRequiredService<IDirectory>().ServicesAsync(CancellationToken.None)).Single(s => s.Code == code).Id);

    public static Task<Guid> SiteAsync(CmmsFactory app, string code) =>
        AsCityAsync(app, async (sp, _) => (await sp.GetRequiredService<IDirectory>().SitesAsync(CancellationToken.None)).Single(s => s.Code == code).Id);

    public static Task<Guid> TeamAsync(CmmsFactory app, string name) =>
        AsCityAsync(app, async (sp, _) => (await sp.GetRequiredService<IDirectory>().TeamsAsync(CancellationToken.None)).Single(t => t.Name == name).Id);

    public static Task<Guid> AgentAsync(CmmsFactory app, string fullName) =>
        AsCityAsync(app, async (sp, _) => (await sp.GetRequiredService<IDirectory>().AgentsAsync(CancellationToken.None)).Single(a => a.FullName == fullName).Id);

    /// <summary>Requests of this category, anywhere, go to the service with this code.</summary>
    public static Task EnsureRuleAsync(CmmsFactory app, RequestCategory category, string serviceCode) => AsCityAsync(app, async (sp, db) =>
    {
        var service = (await sp.GetRequiredService<IDirectory>().ServicesAsync(CancellationToken.None)).Single(s => s.Code == serviceCode).Id;
        var rule = await db.Set<RoutingRule>().FirstOrDefaultAsync(r => r.Category == category && r.SiteId == null);
        if (rule is null)
        {
            db.Add(new RoutingRule { Category = category, ServiceId = service });
        }
        else
        {
            rule.ServiceId = service;
        }

        await db.SaveChangesAsync();
        return true;
    });

    /// <summary>A request as the town hall's referent submits it (through the handler the portal uses).</summary>
    public static Task<InterventionRequest> SubmitAsync(
        CmmsFactory app, RequestCategory category, string title, string siteCode = "HDV", Urgency urgency = Urgency.Normal,
        string? location = null, int photos = 0, string referent = Directory.Demo.DemoLogins.TownHallReferent) => AsCityAsync(app, async (sp, db) =>
    {
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var site = (await sp.GetRequiredService<IDirectory>().SitesAsync(CancellationToken.None)).Single(s => s.Code == siteCode).Id;
        var userId = await Users.IdOfAsync(sp, referent);
        var name = await db.Set<Directory.Users.User>().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync();
        var pictures = Enumerable.Range(1, photos).Select(i => new Photo($"photo-{i}.jpg", "image/jpeg", [1, 2, 3, (byte)i], [1, 2, (byte)i], 640, 480)).ToList();
        return await sp.GetRequiredService<Submission>().SubmitAsync(
            new NewRequest(site, null, category, urgency, title, $"{title} : description détaillée.", location, null, null, RequestChannel.Portal, null, null, pictures),
            new Actor(userId, name), city.Organisation, CancellationToken.None);
    });

    /// <summary>Moves a request's due date, as if it had been waiting that long.</summary>
    public static Task DueAsync(CmmsFactory app, Guid requestId, DateTime dueAtUtc) => AsCityAsync(app, async (_, db) =>
        await db.Set<InterventionRequest>().Where(r => r.Id == requestId).ExecuteUpdateAsync(s => s.SetProperty(r => r.DueAtUtc, dueAtUtc)));

    public static Task<T> ReadAsync<T>(CmmsFactory app, Func<DbContext, Task<T>> read) => AsCityAsync(app, (_, db) => read(db));

    public static string Version(string html) => VersionPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"Version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionPattern();
}
