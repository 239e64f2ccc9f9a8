using System.Net;
using System.Text.Json;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Kernel.Seeding;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests;

public sealed class HostTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private CmmsFactory App => apps[DatabaseProvider.Sqlite];

    [Fact]
    public async Task Pages_are_in_french_until_the_person_chooses_english()
    {
        using var browser = Browser.Open(App);
        browser.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var (_, french) = await browser.GetPageAsync("/account/login");
        await browser.PostFormAsync("/culture", new() { ["culture"] = "en-GB", ["returnUrl"] = "/account/login" });
        var (_, english) = await browser.GetPageAsync("/account/login");

        Assert.Contains("Connexion à Cmms", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", french, StringComparison.Ordinal);
        Assert.Contains("Sign in to Cmms", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_messages_name_the_field_in_french()
    {
        using var browser = Browser.Open(App);
        await browser.GetPageAsync("/account/login");

        var (_, html) = await browser.SubmitAsync("/account/login", new() { ["Email"] = "pas-une-adresse", ["Password"] = "" });

        Assert.Contains("Le champ Mot de passe est obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("Adresse e-mail n&#x27;est pas une adresse e-mail valide.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_and_amounts_follow_the_culture()
    {
        using var admin = await Browser.SignedInAsync(App, DemoLogins.Admin);
        var city = await DemoIds.LoadAsync(App, DemoIds.City);

        var (_, french) = await admin.GetPageAsync($"/agents/{city.Agent}");
        await admin.PostFormAsync("/culture", new() { ["culture"] = "en-GB", ["returnUrl"] = "/" });
        var (_, english) = await admin.GetPageAsync($"/agents/{city.Agent}");

        Assert.Matches(@"\d{2}/\d{2}/\d{4}", french);
        Assert.Matches(@"\d+,\d{2}\s€", french);
        Assert.Matches(@"£|€\d+\.\d{2}|\d+\.\d{2}", english);
    }

    [Fact]
    public async Task The_administrator_of_two_organisations_switches_and_acts_for_the_other()
    {
        using var admin = await Browser.SignedInAsync(App, DemoLogins.Admin);
        var agglo = await DemoIds.LoadAsync(App, DemoIds.Agglo);
        var (_, cityHome) = await admin.GetPageAsync("/");

        var switched = await admin.PostFormAsync("/account/organisation", new() { ["organisationId"] = agglo.Organisation.ToString() });
        var (_, aggloHome) = await admin.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains(">30<", cityHome.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(">10<", aggloHome.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{agglo.Organisation}\" selected=\"selected\">", aggloHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_can_switch_to_an_organisation_they_do_not_belong_to()
    {
        using var finance = await Browser.SignedInAsync(App, DemoLogins.Finance);
        var agglo = await DemoIds.LoadAsync(App, DemoIds.Agglo);

        var response = await finance.PostFormAsync("/account/organisation", new() { ["organisationId"] = agglo.Organisation.ToString() });
        var (_, home) = await finance.GetPageAsync("/");

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString() == "/" ? HttpStatusCode.Redirect : HttpStatusCode.OK);
        Assert.Contains("Philippe Marchand", home, StringComparison.Ordinal);
        Assert.DoesNotContain("VA-0", (await finance.GetPageAsync("/agents")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var admin = await Browser.SignedInAsync(App, DemoLogins.Admin);

        var response = await admin.PostFormAsync("/admin/trades", new() { ["NewTrade.Name"] = "Couvreur" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Couvreur", (await admin.GetPageAsync("/admin/trades")).Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/api/v1/services")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(url);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only()
    {
        using var browser = Browser.Open(App);

        var response = await browser.SignInAsync(DemoLogins.Admin, DemoLogins.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cmms.auth=", StringComparison.Ordinal));

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_answers_when_the_database_is_reachable()
    {
        using var client = App.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_and_its_key()
    {
        using var client = App.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/v1/agents", out _));
        Assert.True(paths.TryGetProperty("/api/v1/sites/{id}", out _));
        Assert.False(paths.TryGetProperty("/admin/users", out _));
        Assert.Equal("X-Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs/")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_page_gets_a_friendly_french_page_and_an_unknown_api_path_a_problem()
    {
        using var admin = await Browser.SignedInAsync(App, DemoLogins.Admin);

        var (page, html) = await admin.GetPageAsync("/nulle-part");
        var api = await admin.Http.GetAsync($"/api/v1/sites/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Loading_the_demo_city_again_adds_nothing(DatabaseProvider provider)
    {
        var app = apps[provider];
        static Task<int[]> CountAsync(CmmsFactory app) => app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            return new[]
            {
                await db.Set<Directory.Organisations.Organisation>().CountAsync(),
                await db.Set<Directory.Users.User>().CountAsync(),
                await db.Set<Directory.Users.Membership>().IgnoreQueryFilters().CountAsync(),
                await db.Set<Directory.Agents.Agent>().IgnoreQueryFilters().CountAsync(),
                await db.Set<Directory.Agents.AgentRate>().IgnoreQueryFilters().CountAsync(),
                await db.Set<Directory.Sites.Site>().IgnoreQueryFilters().CountAsync(),
                await db.Set<Directory.ApiKeys.ApiKey>().IgnoreQueryFilters().CountAsync(),
            };
        });
        var before = await CountAsync(app);

        await app.InScopeAsync(async sp =>
        {
            foreach (var seeder in sp.GetServices<IDemoSeeder>())
            {
                await seeder.SeedAsync(CancellationToken.None);
            }

            return 0;
        });

        Assert.Equal(before, await CountAsync(app));
        Assert.True(before[3] >= 40, $"about 40 agents expected, found {before[3]}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_migrations_of_each_provider_match_the_model(DatabaseProvider provider)
    {
        using var db = DesignTime.Create(provider, provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=none",
            _ => "Server=localhost;Database=none;TrustServerCertificate=True",
        });

        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed without a {provider} migration: run database/migrations.sh add <Name>.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void The_dba_scripts_contain_the_latest_migration()
    {
        foreach (var (provider, script) in new[] { (DatabaseProvider.PostgreSql, "cmms-postgresql.sql"), (DatabaseProvider.SqlServer, "cmms-sqlserver.sql") })
        {
            using var db = DesignTime.Create(provider, "Host=localhost;Server=localhost");
            var latest = db.Database.GetMigrations().Last();
            var path = Path.Combine(Repository.Root, "database", "scripts", script);

            Assert.Contains(latest, File.ReadAllText(path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_request_that_uses_both_context_types_returns_its_context_to_the_pool_once()
    {
        // Identity resolves CmmsDbContext, the modules DbContext: the same pooled instance. Were each
        // registration to return it to the pool, the second return would take it from whichever
        // request had rented it in between.
        await using var first = App.Services.CreateAsyncScope();
        var asIdentitySeesIt = first.ServiceProvider.GetRequiredService<CmmsDbContext>();
        Assert.Same(asIdentitySeesIt, first.ServiceProvider.GetRequiredService<DbContext>());

        await asIdentitySeesIt.DisposeAsync(); // what the container does first at the end of the scope
        await using var next = App.Services.CreateAsyncScope();
        var rentedMeanwhile = next.ServiceProvider.GetRequiredService<DbContext>();
        await first.DisposeAsync(); // and the rest of its disposals

        Assert.True(await rentedMeanwhile.Set<Cmms.Directory.Organisations.Organisation>().IgnoreQueryFilters().AnyAsync());
    }
}
