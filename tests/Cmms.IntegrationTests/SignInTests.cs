using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;

namespace Cmms.IntegrationTests;

public sealed class SignInTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_right_password_signs_in_and_the_home_greets_the_person(DatabaseProvider provider)
    {
        using var browser = Browser.Open(apps[provider]);

        var response = await browser.SignInAsync(DemoLogins.Finance, DemoLogins.Password);
        var (home, html) = await browser.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Bonjour Philippe Marchand", html, StringComparison.Ordinal);
        Assert.Contains("Finances", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_wrong_password_is_refused_with_a_message_that_does_not_reveal_the_account(DatabaseProvider provider)
    {
        using var browser = Browser.Open(apps[provider]);

        var wrongPassword = await browser.SignInAsync(DemoLogins.HumanResources, "Not-The-Password-1");
        var unknownAccount = await browser.SignInAsync("personne@valbrune.fr", "Not-The-Password-1");
        var (home, _) = await browser.GetPageAsync("/");

        foreach (var response in new[] { wrongPassword, unknownAccount })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Adresse e-mail ou mot de passe incorrect.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Five_failures_lock_the_account_even_against_the_right_password_until_an_administrator_unlocks_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var browser = Browser.Open(app);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.SignInAsync(DemoLogins.Mechanic, "Wrong-Password-123");
        }

        var locked = await browser.SignInAsync(DemoLogins.Mechanic, DemoLogins.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("votre compte est verrouillé", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var mechanic = await app.InScopeAsync(sp => Users.IdOfAsync(sp, DemoLogins.Mechanic));
        var (_, page) = await admin.GetPageAsync($"/admin/users/{mechanic}");
        Assert.Contains("Ce compte est verrouillé", page, StringComparison.Ordinal);
        await admin.PostFormAsync($"/admin/users/{mechanic}/unlock", []);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(DemoLogins.Mechanic, DemoLogins.Password)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = await Browser.SignedInAsync(apps[DatabaseProvider.Sqlite], DemoLogins.Storekeeper);
        await browser.GetPageAsync("/");

        await browser.PostFormAsync("/account/logout", []);
        var (home, _) = await browser.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/login", home.Headers.Location?.PathAndQuery ?? home.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_can_change_their_password_and_the_rules_are_explained_in_french()
    {
        var app = apps[DatabaseProvider.Sqlite];
        using var browser = await Browser.SignedInAsync(app, DemoLogins.NurseryReferent);
        await browser.GetPageAsync("/account/password");

        var (_, weak) = await browser.SubmitAsync("/account/password", new()
        {
            ["CurrentPassword"] = DemoLogins.Password, ["NewPassword"] = "court", ["ConfirmPassword"] = "court",
        });
        Assert.Contains("au moins 12 caractères", weak, StringComparison.Ordinal);

        var (_, done) = await browser.SubmitAsync("/account/password", new()
        {
            ["CurrentPassword"] = DemoLogins.Password, ["NewPassword"] = "Creche-Lutins-2027", ["ConfirmPassword"] = "Creche-Lutins-2027",
        });
        Assert.Contains("Votre mot de passe a été modifié.", done, StringComparison.Ordinal);

        using var again = Browser.Open(app);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(DemoLogins.NurseryReferent, "Creche-Lutins-2027")).StatusCode);
    }
}
