using System.Net;
using System.Text;
using System.Text.Json;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;

namespace Cmms.IntegrationTests;

public sealed class ApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private HttpClient Client(DatabaseProvider provider, string? key = DemoLogins.CityDemoApiKey)
    {
        var client = apps[provider].CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_valid_key_acts_for_its_own_organisation(DatabaseProvider provider)
    {
        using var city = Client(provider);
        using var agglo = Client(provider, DemoLogins.AggloDemoApiKey);

        var cityOrg = await city.GetFromJsonAsync<JsonElement>("/api/v1/organisation");
        var aggloOrg = await agglo.GetFromJsonAsync<JsonElement>("/api/v1/organisation");

        Assert.Equal("VALBRUNE", cityOrg.GetProperty("code").GetString());
        Assert.Equal("VALAGGLO", aggloOrg.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("cmms_demoville_not-the-right-secret-at-all")]
    [InlineData("not a key")]
    public async Task A_missing_or_wrong_key_is_refused_with_401(string? key)
    {
        using var client = Client(DatabaseProvider.Sqlite, key);

        var response = await client.GetAsync("/api/v1/agents");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_key_revoked_by_an_administrator_is_refused_from_then_on(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var (_, created) = await admin.SubmitAsync("/admin/api-keys", new() { ["NewKey.Name"] = "Logiciel de finances" });
        var key = System.Text.RegularExpressions.Regex.Match(created, "value=\"(cmms_[^\"]+)\"").Groups[1].Value;
        using var client = Client(provider, key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/services")).StatusCode);

        var keyId = await app.InScopeAsync(async sp =>
        {
            var db = (Microsoft.EntityFrameworkCore.DbContext)sp.GetService(typeof(Microsoft.EntityFrameworkCore.DbContext))!;
            ApiKeyPrefix(key, out var prefix);
            return Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Set<Directory.ApiKeys.ApiKey>()).Single(k => k.Prefix == prefix).Id;
        });
        await admin.PostFormAsync($"/admin/api-keys/{keyId}/revoke", []);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/services")).StatusCode);
        Assert.DoesNotContain(key, (await admin.GetPageAsync("/admin/api-keys")).Html, StringComparison.Ordinal);
    }

    private static void ApiKeyPrefix(string key, out string prefix) => prefix = key.Split('_')[1];

    [Fact]
    public async Task A_page_size_over_the_limit_is_a_problem_naming_the_field()
    {
        using var client = Client(DatabaseProvider.Sqlite);

        var problem = await ProblemAsync(await client.GetAsync("/api/v1/agents?pageSize=500"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task A_value_that_cannot_be_read_is_a_problem_not_a_failure()
    {
        using var client = Client(DatabaseProvider.Sqlite);

        await ProblemAsync(await client.GetAsync("/api/v1/agents?page=abc"), HttpStatusCode.BadRequest);
        await ProblemAsync(await client.PostAsync("/api/v1/sites", new StringContent("{not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_invalid_site_is_refused_with_each_field_named_and_nothing_written(DatabaseProvider provider)
    {
        using var client = Client(provider);
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/v1/sites")).GetProperty("total").GetInt32();

        var response = await client.PostAsJsonAsync("/api/v1/sites", new { code = "école 1", name = "", postCode = "7140", latitude = 46.8 });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");

        Assert.True(errors.TryGetProperty("code", out _));
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("postCode", out _));
        Assert.Equal(before, (await client.GetFromJsonAsync<JsonElement>("/api/v1/sites")).GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_site_created_by_the_api_is_read_back_and_a_stale_update_is_a_409(DatabaseProvider provider)
    {
        using var client = Client(provider);

        var created = await client.PostAsJsonAsync("/api/v1/sites", new { code = "STADE", name = "Stade municipal", kind = "Other", postCode = "71400", city = "Valbrune", latitude = 46.81, longitude = 4.44 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var site = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location);
        Assert.Equal("Stade municipal", site.GetProperty("name").GetString());
        var version = site.GetProperty("version").GetInt32();
        var url = created.Headers.Location!.ToString();

        var first = await client.PutAsJsonAsync(url, new { code = "STADE", name = "Stade Léo-Lagrange", kind = "Other", version });
        var second = await client.PutAsJsonAsync(url, new { code = "STADE", name = "Stade des Ormeaux", kind = "Other", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal("Stade Léo-Lagrange", (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_duplicate_site_code_is_a_problem_on_the_code_field()
    {
        using var client = Client(DatabaseProvider.Sqlite);

        var problem = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/sites", new { code = "HDV", name = "Autre mairie" }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_and_pay_data_is_kept_from_managers()
    {
        var app = apps[DatabaseProvider.Sqlite];
        using var client = Client(DatabaseProvider.Sqlite);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/agents/{Guid.NewGuid()}")).StatusCode);

        var agents = await client.GetFromJsonAsync<JsonElement>("/api/v1/agents");
        Assert.True(agents.GetProperty("items")[0].GetProperty("hourlyCost").GetDecimal() > 0);

        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var managed = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/agents");
        Assert.True(managed.GetProperty("total").GetInt32() > 0);
        Assert.All(managed.GetProperty("items").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("hourlyCost").ValueKind));
    }

    [Fact]
    public async Task A_person_without_the_role_gets_a_403_from_the_api_not_a_redirect()
    {
        using var agent = await Browser.SignedInAsync(apps[DatabaseProvider.Sqlite], DemoLogins.Agent);
        using var anonymous = Browser.Open(apps[DatabaseProvider.Sqlite]);

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.Http.GetAsync("/api/v1/agents")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/api/v1/agents")).StatusCode);
    }

    [Fact]
    public async Task A_browser_session_writing_through_the_api_needs_the_antiforgery_token()
    {
        using var admin = await Browser.SignedInAsync(apps[DatabaseProvider.Sqlite], DemoLogins.Admin);
        var (_, page) = await admin.GetPageAsync("/sites");
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var site = new { code = "CSRF", name = "Site forgé", kind = "Other" };

        var forged = await admin.Http.PostAsJsonAsync("/api/v1/sites", site);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sites") { Content = JsonContent.Create(site with { code = "AJAX", name = "Site saisi" }) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var genuine = await admin.Http.SendAsync(request);

        await ProblemAsync(forged, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, genuine.StatusCode);
        Assert.DoesNotContain("Site forgé", (await admin.GetPageAsync("/sites?q=forg")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_key_opens_no_page_for_people()
    {
        using var client = apps[DatabaseProvider.Sqlite].CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.CityDemoApiKey);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
