using System.Net;
using System.Text.RegularExpressions;
using Cmms.Database;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Testing;
using Cmms.Works;
using Cmms.Works.Attachments;
using Cmms.Works.Costs;
using Cmms.Works.Field;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Works;

/// <summary>
/// The field agent's phone pages: Karim Haddad (plumbing team) sees his work and his team's, starts it,
/// records hours, parts and photos, and finishes it with a report. Each test arranges its own work orders.
/// </summary>
public sealed partial class FieldTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private sealed record City(Guid Org, Guid Karim, Guid Plumbing, Guid Electricity, Guid Site, Guid Buildings);

    private static readonly Actor Manager = new(null, "Responsable test");

    private static async Task<T> ActAsync<T>(CmmsFactory app, Guid organisation, Func<IServiceProvider, DbContext, Task<T>> work) =>
        await app.InScopeAsync(async sp =>
        {
            using var acting = sp.GetRequiredService<IOrganisationContext>().Use(organisation);
            return await work(sp, sp.GetRequiredService<DbContext>());
        });

    private static async Task<City> CityAsync(CmmsFactory app)
    {
        var org = (await DemoIds.LoadAsync(app, DemoIds.City)).Organisation;
        return await ActAsync(app, org, async (sp, _) =>
        {
            var directory = sp.GetRequiredService<IDirectory>();
            var karim = (await directory.AgentsAsync(default)).Single(a => a.FullName == "Karim Haddad");
            var teams = await directory.TeamsAsync(default);
            var site = (await directory.SitesAsync(default)).First(s => s.Code == "EC-JFERRY");
            var buildings = (await directory.ServicesAsync(default)).Single(s => s.Code == "BAT");
            return new City(org, karim.Id, karim.TeamId!.Value, teams.Single(t => t.Name == "Équipe électricité").Id, site.Id, buildings.Id);
        });
    }

    /// <summary>A work order made by a manager, assigned to a team and/or agents, then moved along <paramref name="moves"/>.</summary>
    private static Task<(Guid Id, string Number)> OrderAsync(CmmsFactory app, City city, Guid? team, Guid[] agents, params WorkOrderStatus[] moves) =>
        ActAsync(app, city.Org, async (sp, _) =>
        {
            var flow = sp.GetRequiredService<WorkOrderFlow>();
            var now = sp.GetRequiredService<IClock>().UtcNow;
            var order = await flow.CreateAsync(
                new NewWorkOrder(
                    WorkOrderType.Corrective, Priority.High, $"Fuite lavabo {Guid.NewGuid().ToString("N")[..6]}", "Fuite sous le lavabo des sanitaires.", city.Site,
                    null, null, null, "Sanitaires du préau", null, null, city.Buildings, team, agents, null, null, null, now.AddHours(4),
                    ["Couper l'arrivée d'eau", "Remplacer le joint"]),
                Manager, city.Org, null, null, null, default);
            await flow.SaveAsync(default);
            foreach (var to in moves)
            {
                await flow.MoveAsync(order, to, Manager, "Motif du test", to == WorkOrderStatus.OnHold ? HoldReason.Other : null, default);
                await flow.SaveAsync(default);
            }

            return (order.Id, order.Number);
        });

    private static Task<T> ReadAsync<T>(CmmsFactory app, City city, Func<DbContext, Task<T>> read) => ActAsync(app, city.Org, (_, db) => read(db));

    private static Task<(int Entries, int Costs, int Parts, int Notes, int Photos)> CountsAsync(CmmsFactory app, City city) =>
        ReadAsync(app, city, async db => (
            await db.Set<TimeEntry>().CountAsync(), await db.Set<CostEvent>().CountAsync(), await db.Set<PartUsage>().CountAsync(),
            await db.Set<WorkNote>().CountAsync(), await db.Set<Attachment>().CountAsync()));

    private static string Text(string html) => WebUtility.HtmlDecode(html);

    private static string Version(string html, string action) =>
        Regex.Match(html[html.IndexOf($"action=\"{action}\"", StringComparison.Ordinal)..], "name=\"(?:version|Version)\" value=\"(\\d+)\"").Groups[1].Value;

    private static string Today(CmmsFactory app) => ParisTime.Today(app.Services.GetRequiredService<IClock>()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_agent_sees_his_work_and_his_teams_unnamed_work_but_not_another_teams(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var his = await OrderAsync(app, city, city.Plumbing, [city.Karim]);
        var team = await OrderAsync(app, city, city.Plumbing, []);
        var other = await OrderAsync(app, city, city.Electricity, []);
        using var karim = await Browser.SignedInAsync(app, DemoLogins.Agent);

        var (response, html) = await karim.GetPageAsync("/my-work");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mon travail du jour", html, StringComparison.Ordinal);
        Assert.Contains(his.Number, html, StringComparison.Ordinal);
        Assert.Contains(team.Number, html, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Number, html, StringComparison.Ordinal);
        Assert.Contains("École élémentaire Jules-Ferry", Text(html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await karim.GetPageAsync($"/my-work/{his.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await karim.GetPageAsync($"/my-work/{team.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await karim.GetPageAsync($"/my-work/{other.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await karim.PostFormAsync($"/my-work/{other.Id}/notes", new() { ["Text"] = "Intrus" })).StatusCode);

        var (_, home) = await karim.GetPageAsync("/");
        Assert.Contains("Mon travail du jour", home, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_person_without_an_agent_record_is_told_so_on_my_work(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);

        var (response, html) = await admin.GetPageAsync("/my-work");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("aucune fiche agent", Text(html), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Starting_and_logging_hours_today_values_them_at_todays_rate(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var order = await OrderAsync(app, city, city.Plumbing, [city.Karim]);
        using var karim = await Browser.SignedInAsync(app, DemoLogins.Agent);
        var url = $"/my-work/{order.Id}";
        var (_, page) = await karim.GetPageAsync(url);

        var (_, started) = await karim.SubmitAsync($"{url}/start", new() { ["version"] = Version(page, $"{url}/start") });
        var (_, logged) = await karim.SubmitAsync($"{url}/hours", new()
        {
            ["AgentId"] = city.Karim.ToString(), ["WorkDate"] = Today(app), ["Hours"] = "2,5", ["Kind"] = "Normal", ["Note"] = "Joint changé",
        });

        Assert.Contains("Le travail a commencé.", Text(started), StringComparison.Ordinal);
        Assert.Contains("2,5 h enregistrées.", Text(logged), StringComparison.Ordinal);
        var rate = await ActAsync(app, city.Org, async (sp, _) =>
            DirectoryRates.HourlyCostOn(await sp.GetRequiredService<IDirectory>().RatesAsync([city.Karim], default), city.Karim, ParisTime.Today(sp.GetRequiredService<IClock>())));
        var (status, entry, cost) = await ReadAsync(app, city, async db => (
            (await db.Set<WorkOrder>().SingleAsync(w => w.Id == order.Id)).Status,
            await db.Set<TimeEntry>().SingleAsync(t => t.WorkOrderId == order.Id),
            await db.Set<CostEvent>().SingleAsync(c => c.WorkOrderId == order.Id)));
        Assert.Equal(WorkOrderStatus.InProgress, status);
        Assert.Equal(2.5m, entry.Hours);
        Assert.Equal(rate, entry.HourlyCost);
        Assert.Equal(CostKind.Labour, cost.Kind);
        Assert.Equal(entry.Id, cost.SourceId);
        Assert.Equal(decimal.Round(2.5m * rate!.Value, 2, MidpointRounding.AwayFromZero), cost.Amount);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Wrong_hours_and_work_on_a_closed_work_order_are_refused_in_french_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var open = await OrderAsync(app, city, city.Plumbing, [city.Karim], WorkOrderStatus.InProgress);
        var closed = await OrderAsync(app, city, city.Plumbing, [city.Karim], WorkOrderStatus.InProgress, WorkOrderStatus.Done, WorkOrderStatus.Closed);
        using var karim = await Browser.SignedInAsync(app, DemoLogins.Agent);
        var today = DateOnly.Parse(Today(app), System.Globalization.CultureInfo.InvariantCulture);
        await karim.GetPageAsync($"/my-work/{open.Id}");
        var before = await CountsAsync(app, city);

        async Task<string> HoursAsync(Guid id, string hours, DateOnly day) => Text((await karim.SubmitAsync($"/my-work/{id}/hours", new()
        {
            ["AgentId"] = city.Karim.ToString(), ["WorkDate"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Hours"] = hours, ["Kind"] = "Normal",
        })).Html);

        Assert.Contains("Les heures doivent être supérieures à 0 et au plus 24.", await HoursAsync(open.Id, "-1", today), StringComparison.Ordinal);
        Assert.Contains("Les heures doivent être supérieures à 0 et au plus 24.", await HoursAsync(open.Id, "0", today), StringComparison.Ordinal);
        Assert.Contains("Impossible de saisir des heures pour un jour à venir.", await HoursAsync(open.Id, "2", today.AddDays(1)), StringComparison.Ordinal);
        Assert.Contains("Les heures ne se saisissent que sur un travail affecté", await HoursAsync(closed.Id, "2", today), StringComparison.Ordinal);
        Assert.Contains("Saisissez un nombre", await HoursAsync(open.Id, "deux", today), StringComparison.Ordinal);

        const string closedMessage = "Cet ordre de travail est clôturé ou annulé : plus rien ne peut y être enregistré.";
        var (_, note) = await karim.SubmitAsync($"/my-work/{closed.Id}/notes", new() { ["Text"] = "Trop tard" });
        var (_, part) = await karim.SubmitAsync($"/my-work/{closed.Id}/parts", new() { ["Label"] = "Joint", ["Quantity"] = "1", ["Unit"] = "u", ["UnitCost"] = "2" });
        Assert.Contains(closedMessage, Text(note), StringComparison.Ordinal);
        Assert.Contains(closedMessage, Text(part), StringComparison.Ordinal);

        Assert.Equal(before, await CountsAsync(app, city));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_timer_stopped_after_68_minutes_records_an_hour_and_a_quarter(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var order = await OrderAsync(app, city, city.Plumbing, [city.Karim], WorkOrderStatus.InProgress);
        using var karim = await Browser.SignedInAsync(app, DemoLogins.Agent);
        var url = $"/my-work/{order.Id}";
        await karim.GetPageAsync(url);

        var (_, running) = await karim.SubmitAsync($"{url}/timer/start", []);
        Assert.Contains("data-testid=\"timer-stop\"", running, StringComparison.Ordinal);
        var (_, list) = await karim.GetPageAsync("/my-work");
        Assert.Contains("data-testid=\"timer-running\"", list, StringComparison.Ordinal);
        await ActAsync(app, city.Org, async (_, db) =>
        {
            var timer = await db.Set<TimeEntry>().SingleAsync(t => t.WorkOrderId == order.Id && t.StoppedAtUtc == null);
            timer.StartedAtUtc = timer.StartedAtUtc!.Value.AddMinutes(-68);
            return await db.SaveChangesAsync();
        });
        var (_, stopped) = await karim.SubmitAsync($"{url}/timer/stop", []);

        Assert.Contains("1,25 h enregistrées", Text(stopped), StringComparison.Ordinal);
        var (entry, cost) = await ReadAsync(app, city, async db => (
            await db.Set<TimeEntry>().SingleAsync(t => t.WorkOrderId == order.Id),
            await db.Set<CostEvent>().SingleAsync(c => c.WorkOrderId == order.Id)));
        Assert.Equal(1.25m, entry.Hours);
        Assert.NotNull(entry.StoppedAtUtc);
        Assert.Equal(CostKind.Labour, cost.Kind);
        Assert.Equal(entry.Cost, cost.Amount);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_part_used_writes_the_part_and_its_parts_cost(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var order = await OrderAsync(app, city, city.Plumbing, [city.Karim], WorkOrderStatus.InProgress);
        using var karim = await Browser.SignedInAsync(app, DemoLogins.Agent);
        var url = $"/my-work/{order.Id}";
        await karim.GetPageAsync(url);

        var (_, refused) = await karim.SubmitAsync($"{url}/parts", new() { ["Label"] = "Joint", ["Quantity"] = "0", ["Unit"] = "u", ["UnitCost"] = "-1" });
        var (_, saved) = await karim.SubmitAsync($"{url}/parts", new()
        {
            ["Label"] = "Joint fibre 20/27", ["ItemReference"] = "PLB-0042", ["Quantity"] = "3", ["Unit"] = "u", ["UnitCost"] = "1,35",
        });

        Assert.Contains("La quantité doit être un nombre supérieur à 0.", Text(refused), StringComparison.Ordinal);
        Assert.Contains("Le coût unitaire doit être un nombre positif ou nul.", Text(refused), StringComparison.Ordinal);
        Assert.Contains("La pièce a été enregistrée.", Text(saved), StringComparison.Ordinal);
        var (part, cost) = await ReadAsync(app, city, async db => (
            await db.Set<PartUsage>().SingleAsync(p => p.WorkOrderId == order.Id),
            await db.Set<CostEvent>().SingleAsync(c => c.WorkOrderId == order.Id)));
        Assert.Equal("PLB-0042", part.ItemReference);
        Assert.Equal(CostKind.Parts, cost.Kind);
        Assert.Equal(part.Id, cost.SourceId);
        Assert.Equal(4.05m, cost.Amount);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Finishing_with_a_report_makes_the_work_order_and_its_request_done(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var (orderId, requestId) = await ActAsync(app, city.Org, async (sp, _) =>
        {
            var referent = await Users.IdOfAsync(sp, DemoLogins.SchoolReferent);
            var request = await sp.GetRequiredService<Submission>().SubmitAsync(
                new NewRequest(city.Site, null, RequestCategory.Plumbing, Urgency.Normal, "Robinet qui fuit", "Le robinet du préau fuit.",
                    null, null, null, RequestChannel.Portal, null, null, []),
                new Actor(referent, "Référent école"), city.Org, default);
            var order = await sp.GetRequiredService<Decisions>().ValidateAsync(
                request.Id, request.Version, new ValidationPlan(WorkOrderType.Corrective, null, city.Plumbing, [city.Karim], null, null, null, [], null), Manager, default);
            return (order.Id, request.Id);
        });
        using var karim = await Browser.SignedInAsync(app, DemoLogins.Agent);
        var url = $"/my-work/{orderId}";
        var (_, page) = await karim.GetPageAsync(url);
        var (_, started) = await karim.SubmitAsync($"{url}/start", new() { ["version"] = Version(page, $"{url}/start") });

        var (_, noReport) = await karim.SubmitAsync($"{url}/finish", new() { ["Report"] = " ", ["Version"] = Version(started, $"{url}/finish") });
        var (_, finished) = await karim.SubmitAsync($"{url}/finish", new() { ["Report"] = "Joint remplacé, plus de fuite.", ["Version"] = Version(noReport, $"{url}/finish") });

        Assert.Contains("Écrivez un court compte rendu", Text(noReport), StringComparison.Ordinal);
        Assert.Contains("Terminé", Text(finished), StringComparison.Ordinal);
        var (order, request) = await ReadAsync(app, city, async db => (
            await db.Set<WorkOrder>().SingleAsync(w => w.Id == orderId), await db.Set<InterventionRequest>().SingleAsync(r => r.Id == requestId)));
        Assert.Equal(WorkOrderStatus.Done, order.Status);
        Assert.Equal("Joint remplacé, plus de fuite.", order.Report);
        Assert.Equal(RequestStatus.Done, request.Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Finishing_from_a_stale_page_shows_the_conflict_and_keeps_the_report_unsaved(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var order = await OrderAsync(app, city, city.Plumbing, [city.Karim], WorkOrderStatus.InProgress);
        using var karim = await Browser.SignedInAsync(app, DemoLogins.Agent);
        var url = $"/my-work/{order.Id}";
        var (_, page) = await karim.GetPageAsync(url);
        await ActAsync(app, city.Org, async (_, db) =>
        {
            (await db.Set<WorkOrder>().SingleAsync(w => w.Id == order.Id)).Title = "Fuite lavabo (précisée)";
            return await db.SaveChangesAsync();
        });

        var (response, html) = await karim.SubmitAsync($"{url}/finish", new() { ["Report"] = "Joint remplacé.", ["Version"] = Version(page, $"{url}/finish") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"conflict-notice\"", html, StringComparison.Ordinal);
        Assert.Contains("Joint remplacé.", Text(html), StringComparison.Ordinal);
        var saved = await ReadAsync(app, city, db => db.Set<WorkOrder>().SingleAsync(w => w.Id == order.Id));
        Assert.Equal(WorkOrderStatus.InProgress, saved.Status);
        Assert.Null(saved.Report);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_file_that_is_not_a_photo_is_refused_and_nothing_is_attached(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await CityAsync(app);
        var order = await OrderAsync(app, city, city.Plumbing, [city.Karim], WorkOrderStatus.InProgress);
        using var karim = await Browser.SignedInAsync(app, DemoLogins.Agent);
        var url = $"/my-work/{order.Id}";
        var (_, page) = await karim.GetPageAsync(url);
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var before = await CountsAsync(app, city);

        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("After"), "stage" },
            { new ByteArrayContent("ceci n'est pas une photo"u8.ToArray()) { Headers = { ContentType = new("image/jpeg") } }, "photos", "photo.jpg" },
        };
        using var response = await karim.Http.PostAsync($"{url}/photos", form);
        var html = Text(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ce fichier n'est pas une photo", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(app, city));
    }
}
