using System.Net;
using System.Text;
using System.Text.Json;
using Cmms.Database;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Testing;
using Cmms.Works;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Works;

public sealed class WorksApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private HttpClient Client(DatabaseProvider provider, string key = DemoLogins.CityDemoApiKey)
    {
        var client = apps[provider].CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response) =>
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");

    private static async Task<Guid> CitySiteAsync(CmmsFactory app, string code)
    {
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        return await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Directory.Sites.Site>().IgnoreQueryFilters()
            .Where(s => s.Code == code && s.OrganisationId == city.Organisation).Select(s => s.Id).SingleAsync());
    }

    private static object ValidRequest(Guid siteId, string? externalReference = null) => new
    {
        siteId, category = "Plumbing", urgency = "High", title = "Fuite sous l'évier des sanitaires",
        description = "L'eau coule en continu sous l'évier du rez-de-chaussée.", location = "Sanitaires RDC",
        externalReference, requesterName = "Mme Lefèvre", requesterContact = "03 85 00 00 00",
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_request_posted_with_the_citys_key_is_numbered_routed_and_read_back_with_its_history(DatabaseProvider provider)
    {
        var app = apps[provider];
        var site = await CitySiteAsync(app, "HDV");
        using var client = Client(provider);

        var response = await client.PostAsJsonAsync("/api/v1/requests", ValidRequest(site, "PORTAIL-1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches(@"^DI-\d{4}-\d{6}$", created.GetProperty("number").GetString());
        Assert.Equal("Submitted", created.GetProperty("status").GetString());
        Assert.Equal("Envoyée, en attente de décision", created.GetProperty("statusLabel").GetString());
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var routed = await app.InScopeAsync(async sp =>
        {
            using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Organisation);
            return await sp.GetRequiredService<Submission>().RouteAsync(RequestCategory.Plumbing, site, CancellationToken.None);
        });
        Assert.Equal(routed, created.GetProperty("serviceId").GetGuid());
        Assert.Equal($"/api/v1/requests/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());

        var read = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal(created.GetProperty("number").GetString(), read.GetProperty("number").GetString());
        var step = Assert.Single(read.GetProperty("history").EnumerateArray());
        Assert.Equal("Submitted", step.GetProperty("to").GetString());
        Assert.Contains("Mme Lefèvre", step.GetProperty("by").GetString(), StringComparison.Ordinal);
        var found = await client.GetFromJsonAsync<JsonElement>("/api/v1/requests?externalReference=PORTAIL-1");
        Assert.Equal(created.GetProperty("id").GetGuid(), Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_agglomerations_key_neither_reads_nor_lists_a_city_request(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var cityClient = Client(provider);
        using var aggloClient = Client(provider, DemoLogins.AggloDemoApiKey);
        var response = await cityClient.PostAsJsonAsync("/api/v1/requests", ValidRequest(await CitySiteAsync(app, "HDV"), "ISOLATION-1"));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await aggloClient.GetAsync($"/api/v1/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aggloClient.GetAsync($"/api/v1/requests/{id}/photos")).StatusCode);
        var list = await aggloClient.GetStringAsync("/api/v1/requests?pageSize=200");
        Assert.DoesNotContain(id.ToString(), list, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ISOLATION-1", list, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_city_site_given_with_the_agglomerations_key_is_a_problem_on_siteId(DatabaseProvider provider)
    {
        using var agglo = Client(provider, DemoLogins.AggloDemoApiKey);

        var errors = await ErrorsAsync(await agglo.PostAsJsonAsync("/api/v1/requests", ValidRequest(await CitySiteAsync(apps[provider], "HDV"))));

        Assert.True(errors.TryGetProperty("siteId", out _));
    }

    [Fact]
    public async Task Invalid_request_bodies_are_problems_naming_the_field_and_nothing_is_written()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var site = await CitySiteAsync(app, "HDV");
        using var client = Client(DatabaseProvider.Sqlite);
        var before = await CountRequestsAsync(app);

        var noTitle = await ErrorsAsync(await client.PostAsJsonAsync("/api/v1/requests", new { siteId = site, category = "Plumbing", urgency = "High", description = "x", requesterName = "M. Roy" }));
        var unknownSite = await ErrorsAsync(await client.PostAsJsonAsync("/api/v1/requests", ValidRequest(Guid.NewGuid())));
        var badEnum = await ErrorsAsync(await client.PostAsync("/api/v1/requests", Json($$"""{"siteId":"{{site}}","category":"Plomberie","urgency":"High","title":"t","description":"d","requesterName":"M. Roy"}""")));
        var badGuid = await ErrorsAsync(await client.PostAsync("/api/v1/requests", Json("""{"siteId":"pas-un-guid","category":"Plumbing","urgency":"High","title":"t","description":"d","requesterName":"M. Roy"}""")));
        var noRequester = await ErrorsAsync(await client.PostAsJsonAsync("/api/v1/requests", new { siteId = site, category = "Plumbing", urgency = "High", title = "t", description = "d" }));
        var malformed = await ErrorsAsync(await client.PostAsync("/api/v1/requests", Json("{not json")));
        var notJson = await ErrorsAsync(await client.PostAsync("/api/v1/requests", new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "t" })));

        Assert.True(noTitle.TryGetProperty("title", out _));
        Assert.True(unknownSite.TryGetProperty("siteId", out _));
        Assert.True(badEnum.TryGetProperty("category", out _));
        Assert.True(badGuid.TryGetProperty("siteId", out _));
        Assert.True(noRequester.TryGetProperty("requesterName", out _));
        Assert.True(malformed.TryGetProperty("body", out _));
        Assert.True(notJson.TryGetProperty("body", out _));
        Assert.Equal(before, await CountRequestsAsync(app));
    }

    [Fact]
    public async Task Bad_query_values_and_wrong_ids_are_problems_not_failures()
    {
        using var client = Client(DatabaseProvider.Sqlite);

        await ProblemAsync(await client.GetAsync("/api/v1/requests?status=Ouverte"), HttpStatusCode.BadRequest);
        await ProblemAsync(await client.GetAsync("/api/v1/work-orders?since=hier"), HttpStatusCode.BadRequest);
        await ProblemAsync(await client.GetAsync("/api/v1/work-orders?pageSize=500"), HttpStatusCode.BadRequest);
        Assert.False((await client.GetAsync("/api/v1/requests/pas-un-guid")).IsSuccessStatusCode); // no such route
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/work-orders/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/work-orders/{Guid.NewGuid()}/hours", new { agentId = Guid.NewGuid(), date = "2026-01-01", hours = 1 })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Fifty_requests_posted_at_once_get_fifty_distinct_gapless_numbers(DatabaseProvider provider)
    {
        var app = apps[provider];
        var site = await CitySiteAsync(app, "EC-JFERRY");
        using var client = Client(provider);
        var batch = $"LOT-{Guid.NewGuid():N}"[..20];

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => client.PostAsJsonAsync("/api/v1/requests", ValidRequest(site, $"{batch}-{i}"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = (await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonElement>())))
            .Select(r => int.Parse(r.GetProperty("number").GetString()![^6..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(50, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(numbers[0], 50), numbers);
        var rows = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<InterventionRequest>().IgnoreQueryFilters()
            .CountAsync(r => r.ExternalReference!.StartsWith(batch)));
        Assert.Equal(50, rows);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Hours_entered_through_the_api_are_valued_and_counted_in_the_work_orders_costs(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (orderId, agentId) = await WorkOrderAsync(app, close: false);
        using var client = Client(provider);
        var today = ParisTime.Today(app.Services.GetRequiredService<IClock>());

        var response = await client.PostAsJsonAsync($"/api/v1/work-orders/{orderId}/hours", new { agentId, date = today, hours = 2.5m, kind = "Overtime", note = "Remplacement du siphon" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entry = await response.Content.ReadFromJsonAsync<JsonElement>();
        var rate = entry.GetProperty("hourlyCost").GetDecimal();
        Assert.True(rate > 0);
        Assert.Equal(decimal.Round(2.5m * rate, 2, MidpointRounding.AwayFromZero), entry.GetProperty("cost").GetDecimal());
        Assert.Equal("Overtime", entry.GetProperty("kind").GetString());

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{orderId}");
        var costs = detail.GetProperty("costs");
        Assert.Equal(entry.GetProperty("cost").GetDecimal(), costs.GetProperty("labour").GetDecimal());
        Assert.Equal(costs.GetProperty("labour").GetDecimal(), costs.GetProperty("total").GetDecimal());
        Assert.Contains(agentId, detail.GetProperty("agentIds").EnumerateArray().Select(a => a.GetGuid()));
        Assert.Equal("Planned,Assigned", string.Join(',', detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("to").GetString())));
        var hours = await client.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{orderId}/hours");
        Assert.Single(hours.EnumerateArray());

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders?status=Assigned&serviceId={detail.GetProperty("serviceId").GetGuid()}&pageSize=200");
        Assert.Contains(orderId, list.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("id").GetGuid()));
        using var agglo = Client(provider, DemoLogins.AggloDemoApiKey);
        Assert.Equal(HttpStatusCode.NotFound, (await agglo.GetAsync($"/api/v1/work-orders/{orderId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agglo.PostAsJsonAsync($"/api/v1/work-orders/{orderId}/hours", new { agentId, date = today, hours = 1 })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refused_hours_are_problems_naming_the_field(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (open, agentId) = await WorkOrderAsync(app, close: false);
        var (closed, _) = await WorkOrderAsync(app, close: true);
        using var client = Client(provider);
        var today = ParisTime.Today(app.Services.GetRequiredService<IClock>());

        var negative = await ErrorsAsync(await client.PostAsJsonAsync($"/api/v1/work-orders/{open}/hours", new { agentId, date = today, hours = -1 }));
        var future = await ErrorsAsync(await client.PostAsJsonAsync($"/api/v1/work-orders/{open}/hours", new { agentId, date = today.AddDays(3), hours = 1 }));
        var onClosed = await ErrorsAsync(await client.PostAsJsonAsync($"/api/v1/work-orders/{closed}/hours", new { agentId, date = today, hours = 1 }));
        var badKind = await ErrorsAsync(await client.PostAsync($"/api/v1/work-orders/{open}/hours", Json($$"""{"agentId":"{{agentId}}","date":"{{today:yyyy-MM-dd}}","hours":1,"kind":"Nuit"}""")));
        var noAgent = await ErrorsAsync(await client.PostAsJsonAsync($"/api/v1/work-orders/{open}/hours", new { date = today, hours = 1 }));

        Assert.True(negative.TryGetProperty("hours", out var message));
        Assert.Equal("Hours must be more than 0 and at most 24.", message[0].GetString());
        Assert.True(future.TryGetProperty("date", out _));
        Assert.True(onClosed.TryGetProperty("workOrderId", out _));
        Assert.True(badKind.TryGetProperty("kind", out _));
        Assert.True(noAgent.TryGetProperty("agentId", out _));
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{open}/hours")).EnumerateArray());
    }

    [Fact]
    public async Task Photos_sent_with_a_request_are_kept_and_a_file_that_is_not_a_photo_is_a_problem_on_files()
    {
        var app = apps[DatabaseProvider.Sqlite];
        using var client = Client(DatabaseProvider.Sqlite);
        var created = await client.PostAsJsonAsync("/api/v1/requests", ValidRequest(await CitySiteAsync(app, "HDV")));
        var url = $"{created.Headers.Location}/photos";
        using var image = new ImageMagick.MagickImage(ImageMagick.MagickColors.SteelBlue, 64, 48) { Format = ImageMagick.MagickFormat.Png };

        using var photo = new MultipartFormDataContent { { new ByteArrayContent(image.ToByteArray()), "files", "fuite.png" } };
        var accepted = await client.PostAsync(url, photo);
        using var text = new MultipartFormDataContent { { new ByteArrayContent("pas une photo"u8.ToArray()), "files", "fuite.jpg" } };
        var refused = await ErrorsAsync(await client.PostAsync(url, text));
        var empty = await ErrorsAsync(await client.PostAsJsonAsync(url, new { }));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var kept = Assert.Single((await client.GetFromJsonAsync<JsonElement>(url)).EnumerateArray());
        Assert.Equal("fuite.jpg", kept.GetProperty("fileName").GetString());
        Assert.Equal("image/jpeg", kept.GetProperty("contentType").GetString());
        Assert.Contains("not a photo", refused.GetProperty("files")[0].GetString(), StringComparison.Ordinal);
        Assert.True(empty.TryGetProperty("files", out _));
    }

    [Fact]
    public async Task A_referent_signed_in_reads_only_the_requests_of_their_sites()
    {
        var app = apps[DatabaseProvider.Sqlite];
        using var client = Client(DatabaseProvider.Sqlite);
        var school = (await (await client.PostAsJsonAsync("/api/v1/requests", ValidRequest(await CitySiteAsync(app, "EC-JFERRY")))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var townHall = (await (await client.PostAsJsonAsync("/api/v1/requests", ValidRequest(await CitySiteAsync(app, "HDV")))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);

        var list = await referent.Http.GetFromJsonAsync<JsonElement>("/api/v1/requests?pageSize=200");
        var ids = list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();

        Assert.Contains(school, ids);
        Assert.DoesNotContain(townHall, ids);
        Assert.Equal(HttpStatusCode.OK, (await referent.Http.GetAsync($"/api/v1/requests/{school}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.Http.GetAsync($"/api/v1/requests/{townHall}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Http.GetAsync("/api/v1/work-orders")).StatusCode);
    }

    [Fact]
    public async Task A_field_agent_signed_in_sees_the_work_assigned_to_them_and_enters_hours_only_for_their_team()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var (orderId, agentId) = await WorkOrderAsync(app, close: false);
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var stranger = await app.InScopeAsync(async sp =>
        {
            using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Organisation);
            var agents = await sp.GetRequiredService<IDirectory>().AgentsAsync(CancellationToken.None);
            var team = agents.Single(a => a.Id == agentId).TeamId;
            return agents.First(a => a.TeamId != team).Id;
        });
        using var agent = await Browser.SignedInAsync(app, DemoLogins.Agent);
        var (_, home) = await agent.GetPageAsync("/");
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        agent.Http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        var today = ParisTime.Today(app.Services.GetRequiredService<IClock>());

        var list = await agent.Http.GetFromJsonAsync<JsonElement>("/api/v1/work-orders?pageSize=200");
        var forStranger = await ErrorsAsync(await agent.Http.PostAsJsonAsync($"/api/v1/work-orders/{orderId}/hours", new { agentId = stranger, date = today, hours = 1 }));
        var forHimself = await agent.Http.PostAsJsonAsync($"/api/v1/work-orders/{orderId}/hours", new { agentId, date = today, hours = 1.25m });

        Assert.Contains(orderId, list.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("id").GetGuid()));
        Assert.True(forStranger.TryGetProperty("agentId", out _));
        Assert.Equal(HttpStatusCode.Created, forHimself.StatusCode);
    }

    [Fact]
    public async Task The_works_endpoints_are_described_in_the_openapi_document()
    {
        using var client = apps[DatabaseProvider.Sqlite].CreateClient();

        var paths = (await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var (path, method) in new[]
        {
            ("/api/v1/requests", "post"), ("/api/v1/requests", "get"), ("/api/v1/requests/{id}", "get"), ("/api/v1/requests/{id}/photos", "post"),
            ("/api/v1/work-orders", "get"), ("/api/v1/work-orders/{id}", "get"), ("/api/v1/work-orders/{id}/hours", "post"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not in the OpenAPI document");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        }

        Assert.True(paths.GetProperty("/api/v1/requests").GetProperty("post").TryGetProperty("requestBody", out _));
        Assert.True(paths.GetProperty("/api/v1/requests").GetProperty("post").GetProperty("responses").TryGetProperty("201", out _));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static Task<int> CountRequestsAsync(CmmsFactory app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<InterventionRequest>().IgnoreQueryFilters().CountAsync());

    /// <summary>A work order of the city assigned to Karim (the demo field agent), closed if asked.</summary>
    private static async Task<(Guid WorkOrder, Guid Agent)> WorkOrderAsync(CmmsFactory app, bool close)
    {
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var site = await CitySiteAsync(app, "HDV");
        var userId = await app.InScopeAsync(sp => Users.IdOfAsync(sp, DemoLogins.Agent));
        return await app.InScopeAsync(async sp =>
        {
            using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Organisation);
            var directory = sp.GetRequiredService<IDirectory>();
            var agent = (await directory.AgentOfUserAsync(userId, CancellationToken.None))!;
            var service = (await directory.TeamsAsync(CancellationToken.None)).Single(t => t.Id == agent.TeamId).ServiceId;
            var flow = sp.GetRequiredService<WorkOrderFlow>();
            var by = new Actor(null, "Tests");
            var order = await flow.CreateAsync(
                new NewWorkOrder(WorkOrderType.Corrective, Priority.Normal, "Remplacer le siphon", "Sanitaires du rez-de-chaussée", site,
                    null, null, null, null, null, null, service, agent.TeamId, [agent.Id], null, null, null, DateTime.UtcNow.AddDays(5), []),
                by, city.Organisation, null, null, null, CancellationToken.None);
            if (close)
            {
                foreach (var step in new[] { WorkOrderStatus.InProgress, WorkOrderStatus.Done, WorkOrderStatus.Closed })
                {
                    await flow.MoveAsync(order, step, by, null, null, CancellationToken.None);
                }
            }

            await flow.SaveAsync(CancellationToken.None);
            return (order.Id, agent.Id);
        });
    }
}
