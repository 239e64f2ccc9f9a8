using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;

namespace Cmms.IntegrationTests;

/// <summary>Each role reaches its pages and is refused the others; nobody reaches anything signed out.</summary>
public sealed class AuthorizationTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static readonly string[] AdminPages = ["/admin/users", "/admin/services", "/admin/teams", "/admin/trades", "/admin/api-keys", "/admin/organisation", "/agents/new", "/sites/new", "/admin/users/new"];

    public static TheoryData<string, string[], string[]> RolePages => new()
    {
        { DemoLogins.Admin, ["/", "/sites", "/agents", .. AdminPages], [] },
        { DemoLogins.BuildingsManager, ["/", "/sites", "/agents"], AdminPages },
        { DemoLogins.Agent, ["/", "/account/password"], ["/sites", "/agents", .. AdminPages] },
        { DemoLogins.Mechanic, ["/"], ["/sites", "/agents", .. AdminPages] },
        { DemoLogins.Storekeeper, ["/"], ["/sites", "/agents", .. AdminPages] },
        { DemoLogins.SchoolReferent, ["/", "/sites"], ["/agents", .. AdminPages] },
        { DemoLogins.Finance, ["/", "/agents"], ["/sites", .. AdminPages] },
        { DemoLogins.HumanResources, ["/", "/agents"], ["/sites", .. AdminPages] },
    };

    [Theory]
    [MemberData(nameof(RolePages))]
    public async Task Each_role_reaches_its_pages_and_is_refused_the_others(string email, string[] allowed, string[] forbidden)
    {
        using var browser = await Browser.SignedInAsync(apps[DatabaseProvider.Sqlite], email);

        foreach (var url in allowed)
        {
            Assert.Equal((url, HttpStatusCode.OK), (url, (await browser.GetPageAsync(url)).Response.StatusCode));
        }

        foreach (var url in forbidden)
        {
            var response = (await browser.GetPageAsync(url)).Response;
            Assert.True(
                response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/access-denied", StringComparison.Ordinal),
                $"{email} reached {url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_access_denied_page_answers_403_in_french()
    {
        using var browser = await Browser.SignedInAsync(apps[DatabaseProvider.Sqlite], DemoLogins.Agent);

        var (response, html) = await browser.GetPageAsync("/account/access-denied");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Accès refusé", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/users")]
    [InlineData("/agents")]
    [InlineData("/sites")]
    public async Task Signed_out_pages_redirect_to_sign_in(string url)
    {
        using var browser = Browser.Open(apps[DatabaseProvider.Sqlite]);

        var (response, _) = await browser.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referent_sees_only_the_sites_they_answer_for()
    {
        using var browser = await Browser.SignedInAsync(apps[DatabaseProvider.Sqlite], DemoLogins.SchoolReferent);

        var (_, html) = await browser.GetPageAsync("/sites");

        Assert.Contains("Jules-Ferry", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hôtel de ville", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Médiathèque", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_sees_only_the_agents_of_their_services()
    {
        using var manager = await Browser.SignedInAsync(apps[DatabaseProvider.Sqlite], DemoLogins.BuildingsManager);
        using var admin = await Browser.SignedInAsync(apps[DatabaseProvider.Sqlite], DemoLogins.Admin);

        var (_, managed) = await manager.GetPageAsync("/agents");
        var (_, all) = await admin.GetPageAsync("/agents");

        Assert.Contains("Karim", managed, StringComparison.Ordinal); // plumber of the buildings service
        Assert.Contains("Sébastien", all, StringComparison.Ordinal); // the workshop's mechanic
        Assert.DoesNotContain("Sébastien", managed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_is_not_shown_hourly_rates_but_finance_is()
    {
        var app = apps[DatabaseProvider.Sqlite];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        using var finance = await Browser.SignedInAsync(app, DemoLogins.Finance);
        var karim = await app.InScopeAsync(async sp =>
        {
            var user = await Users.IdOfAsync(sp, DemoLogins.Agent);
            var db = sp.GetService(typeof(Microsoft.EntityFrameworkCore.DbContext)) as Microsoft.EntityFrameworkCore.DbContext;
            return Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db!.Set<Directory.Agents.Agent>()).Single(a => a.UserId == user).Id;
        });

        var (_, managerPage) = await manager.GetPageAsync($"/agents/{karim}");
        var (_, financePage) = await finance.GetPageAsync($"/agents/{karim}");

        Assert.DoesNotContain("Taux horaires", managerPage, StringComparison.Ordinal);
        Assert.Contains("Taux horaires", financePage, StringComparison.Ordinal);
    }
}
