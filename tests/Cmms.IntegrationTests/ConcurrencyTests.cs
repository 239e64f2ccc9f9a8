using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Directory.Services;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests;

/// <summary>Two administrators editing the same record: the second is told, and neither edit is lost.</summary>
public sealed class ConcurrencyTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static async Task<Browser> SecondAdministratorAsync(CmmsFactory app, Browser first, string email)
    {
        await first.GetPageAsync("/admin/users/new");
        var (response, _) = await first.SubmitAsync("/admin/users/new", new()
        {
            ["DisplayName"] = "Paul Mercier", ["Email"] = email, ["Password"] = "Paul-Mercier-2026", ["Roles"] = "administrator", ["IsActive"] = "true",
        });
        Assert.True(response.IsSuccessStatusCode);
        return await Browser.SignedInAsync(app, email, "Paul-Mercier-2026");
    }

    private static string Field(string html, string name) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_second_administrator_saving_a_user_is_told_and_keeps_their_input(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var claire = await Browser.SignedInAsync(app, DemoLogins.Admin);
        using var paul = await SecondAdministratorAsync(app, claire, $"paul.{provider}@valbrune.fr".ToLowerInvariant());
        var userId = await app.InScopeAsync(sp => Users.IdOfAsync(sp, DemoLogins.TownHallReferent));
        var url = $"/admin/users/{userId}";
        var (_, claireForm) = await claire.GetPageAsync(url);
        var (_, paulForm) = await paul.GetPageAsync(url);

        Dictionary<string, string> Edit(string html, string name) => new()
        {
            ["DisplayName"] = name, ["Email"] = DemoLogins.TownHallReferent, ["Roles"] = "referent", ["IsActive"] = "true",
            ["ReferentSiteIds"] = System.Text.RegularExpressions.Regex.Match(html[html.IndexOf("id=\"ReferentSiteIds\"", StringComparison.Ordinal)..], "<option value=\"([^\"]+)\" selected=\"selected\">").Groups[1].Value,
            ["Version"] = Field(html, "Version"), ["ConcurrencyStamp"] = Field(html, "ConcurrencyStamp"),
        };

        var (_, claireSaved) = await claire.SubmitAsync(url, Edit(claireForm, "Thomas Girard-Martin"));
        var (conflict, paulPage) = await paul.SubmitAsync(url, Edit(paulForm, "Thomas Girard (mairie)"));

        Assert.Contains("utilisateur a été enregistré.", claireSaved, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("data-testid=\"conflict-notice\"", paulPage, StringComparison.Ordinal);
        Assert.Contains("Claire Morel", paulPage, StringComparison.Ordinal);
        Assert.Contains("Thomas Girard-Martin", paulPage, StringComparison.Ordinal); // theirs, shown
        Assert.Equal("Thomas Girard (mairie)", Field(paulPage, "DisplayName")); // yours, kept
        Assert.Equal("Thomas Girard-Martin", await NameOfAsync(app, userId)); // first save kept

        // Saving again, knowingly, applies the second edit.
        var (_, resaved) = await paul.SubmitAsync(url, Edit(paulPage, "Thomas Girard (mairie)"));
        Assert.DoesNotContain("conflict-notice", resaved, StringComparison.Ordinal);
        Assert.Equal("Thomas Girard (mairie)", await NameOfAsync(app, userId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_stale_service_form_changes_nothing_and_shows_both_values(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        using var first = await Browser.SignedInAsync(app, DemoLogins.Admin);
        using var second = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var url = $"/admin/services/{city.Service}";
        var (_, form) = await first.GetPageAsync(url);
        await second.GetPageAsync(url);
        var code = Field(form, "Code");
        var version = Field(form, "Version");

        await first.SubmitAsync(url, new() { ["Code"] = code, ["Name"] = "Direction des bâtiments", ["Kind"] = "Buildings", ["Version"] = version });
        var (_, page) = await second.SubmitAsync(url, new() { ["Code"] = code, ["Name"] = "Patrimoine bâti", ["Kind"] = "Buildings", ["Version"] = version });

        Assert.Contains("conflict-notice", page, StringComparison.Ordinal);
        Assert.Contains("Direction des bâtiments", page, StringComparison.Ordinal);
        Assert.Equal("Patrimoine bâti", Field(page, "Name"));
        var saved = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Service>().IgnoreQueryFilters().SingleAsync(s => s.Id == city.Service));
        Assert.Equal("Direction des bâtiments", saved.Name);
        Assert.Equal(int.Parse(version, System.Globalization.CultureInfo.InvariantCulture) + 1, saved.Version);
    }

    private static Task<string> NameOfAsync(CmmsFactory app, Guid userId) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<DbContext>().Set<Directory.Users.User>().AsNoTracking().SingleAsync(u => u.Id == userId)).DisplayName);
}
