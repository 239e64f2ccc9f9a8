using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;

namespace Cmms.IntegrationTests;

/// <summary>The administration forms: clear French messages on bad input, and nothing half-written.</summary>
public sealed class AdminFormsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private CmmsFactory App => apps[DatabaseProvider.Sqlite];

    [Fact]
    public async Task A_service_with_an_empty_name_or_a_taken_code_is_refused_field_by_field()
    {
        using var admin = await Browser.SignedInAsync(App, DemoLogins.Admin);

        var (response, html) = await admin.SubmitAsync("/admin/services/new", new() { ["Code"] = "BAT", ["Name"] = "", ["Kind"] = "Buildings" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le champ Nom est obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("Un autre service a déjà ce code.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_user_needs_a_strong_password_and_a_site_when_referent()
    {
        using var admin = await Browser.SignedInAsync(App, DemoLogins.Admin);

        var (_, html) = await admin.SubmitAsync("/admin/users/new", new()
        {
            ["DisplayName"] = "Lucie Bonnet", ["Email"] = "lucie.bonnet@valbrune.fr", ["Password"] = "motdepasse", ["Roles"] = "referent", ["IsActive"] = "true",
        });

        Assert.Contains("Un référent est rattaché à au moins un site.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lucie.bonnet", (await admin.GetPageAsync("/admin/users?q=Lucie")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_known_to_the_agglomeration_joins_the_city_with_their_existing_account()
    {
        using var admin = await Browser.SignedInAsync(App, DemoLogins.Admin);
        var city = await DemoIds.LoadAsync(App, DemoIds.City);

        var (_, html) = await admin.SubmitAsync("/admin/users/new", new()
        {
            ["DisplayName"] = "Laura Perrin", ["Email"] = DemoLogins.AggloReferent, ["Roles"] = "referent", ["ReferentSiteIds"] = city.Site.ToString(), ["IsActive"] = "true",
        });

        Assert.Contains("avait déjà un compte dans une autre collectivité", html, StringComparison.Ordinal);
        Assert.Contains("name=\"DisplayName\" value=\"Laura Perrin\"", html, StringComparison.Ordinal);
        Assert.Contains("disabled", html, StringComparison.Ordinal); // her name and password stay hers
    }

    [Fact]
    public async Task Rates_can_be_added_for_the_future_only_and_a_rate_in_effect_cannot_be_removed()
    {
        using var admin = await Browser.SignedInAsync(App, DemoLogins.Admin);
        var city = await DemoIds.LoadAsync(App, DemoIds.City);
        var url = $"/agents/{city.Agent}";
        await admin.GetPageAsync(url);

        var (_, past) = await admin.SubmitAsync($"{url}/rates", new() { ["EffectiveFrom"] = "2026-01-15", ["HourlyCost"] = "45,00" });
        Assert.Contains("Un nouveau taux doit commencer après aujourd", past, StringComparison.Ordinal);

        var next = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (_, future) = await admin.SubmitAsync($"{url}/rates", new() { ["EffectiveFrom"] = next, ["HourlyCost"] = "45,50" });
        Assert.Contains("Le taux a été ajouté.", future, StringComparison.Ordinal);
        Assert.Contains("45,50", future, StringComparison.Ordinal);

        var (_, refused) = await admin.SubmitAsync($"{url}/rates/{city.Rate}/delete", []);
        Assert.Contains("Ce taux est déjà en vigueur", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_cannot_be_put_in_another_organisations_service()
    {
        using var admin = await Browser.SignedInAsync(App, DemoLogins.AggloAdmin);
        var city = await DemoIds.LoadAsync(App, DemoIds.City);

        var (_, html) = await admin.SubmitAsync("/admin/teams/new", new() { ["Name"] = "Équipe pirate", ["ServiceId"] = city.Service.ToString() });

        Assert.Contains("Service inconnu.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_key_is_shown_once_and_stored_only_as_a_hash()
    {
        using var admin = await Browser.SignedInAsync(App, DemoLogins.Admin);

        var (_, created) = await admin.SubmitAsync("/admin/api-keys", new() { ["NewKey.Name"] = "Portail citoyen" });
        var key = System.Text.RegularExpressions.Regex.Match(created, "value=\"(cmms_[^\"]+)\"").Groups[1].Value;
        var (_, list) = await admin.GetPageAsync("/admin/api-keys");

        Assert.StartsWith("cmms_", key, StringComparison.Ordinal);
        Assert.Contains("Portail citoyen", list, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Split('_', 3)[2], list, StringComparison.Ordinal);
    }
}
