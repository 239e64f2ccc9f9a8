using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Cmms.Works.Attachments;
using Cmms.Works.Notifications;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using static Cmms.IntegrationTests.Works.ManagerArrange;

namespace Cmms.IntegrationTests.Works;

/// <summary>The manager's inbox and the four decisions on a request.</summary>
public sealed class InboxTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private async Task<CmmsFactory> AppAsync(DatabaseProvider provider)
    {
        var app = apps[provider];
        await EnsureRuleAsync(app, RequestCategory.Plumbing, "BAT");
        await EnsureRuleAsync(app, RequestCategory.GreenSpaces, "EV");
        return app;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_inbox_lists_only_the_managers_services_requests_with_the_late_ones_first(DatabaseProvider provider)
    {
        var app = await AppAsync(provider);
        var recent = await SubmitAsync(app, RequestCategory.Plumbing, "Robinet qui goutte aux toilettes");
        var late = await SubmitAsync(app, RequestCategory.Plumbing, "Chasse d'eau bloquée", urgency: Urgency.High);
        await DueAsync(app, late.Id, DateTime.UtcNow.AddDays(-3));
        var lawn = await SubmitAsync(app, RequestCategory.GreenSpaces, "Pelouse à tondre devant la mairie");

        using var buildings = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (response, inbox) = await buildings.GetPageAsync("/inbox");
        using var greenSpaces = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        var (_, theirs) = await greenSpaces.GetPageAsync("/inbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(recent.Number, inbox, StringComparison.Ordinal);
        Assert.Contains(late.Number, inbox, StringComparison.Ordinal);
        Assert.DoesNotContain(lawn.Number, inbox, StringComparison.Ordinal);
        Assert.True(inbox.IndexOf(late.Number, StringComparison.Ordinal) < inbox.IndexOf(recent.Number, StringComparison.Ordinal), "the late request comes first");
        Assert.Contains("en retard", inbox, StringComparison.Ordinal);
        Assert.Contains(lawn.Number, theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(recent.Number, theirs, StringComparison.Ordinal);

        // The buildings manager cannot open the green-spaces request either.
        var (other, _) = await buildings.GetPageAsync($"/inbox/{lawn.Id}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Validating_carries_the_request_into_a_work_order_and_the_request_becomes_validated(DatabaseProvider provider)
    {
        var app = await AppAsync(provider);
        var request = await SubmitAsync(app, RequestCategory.Plumbing, "Fuite sous l'évier de la cuisine", location: "Cuisine, rez-de-chaussée", photos: 2);
        var team = await TeamAsync(app, "Équipe plomberie-chauffage");
        var karim = await AgentAsync(app, "Karim Haddad");
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (_, page) = await manager.GetPageAsync($"/inbox/{request.Id}");
        Assert.Contains("/thumbnail", page, StringComparison.Ordinal);

        var response = await manager.PostFormAsync($"/inbox/{request.Id}/validate", new()
        {
            ["Version"] = Version(page), ["Type"] = "Corrective", ["Priority"] = "", ["TeamId"] = team.ToString(), ["AgentIds"] = karim.ToString(),
            ["Tasks"] = "Couper l'eau\nChanger le joint", ["Comment"] = "Passage prévu cette semaine",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (order, attachments, saved) = await ReadAsync(app, async db => (
            await db.Set<WorkOrder>().Include(w => w.Tasks).Include(w => w.Assignments).SingleAsync(w => w.RequestId == request.Id),
            await db.Set<Attachment>().Where(a => a.RequestId == request.Id).Select(a => a.WorkOrderId).ToListAsync(),
            await db.Set<InterventionRequest>().SingleAsync(r => r.Id == request.Id)));
        Assert.Equal($"/work-orders/{order.Id}", response.Headers.Location?.ToString());
        Assert.StartsWith("OT-", order.Number, StringComparison.Ordinal);
        Assert.Equal(request.Title, order.Title);
        Assert.Equal(request.Description, order.Description);
        Assert.Equal("Cuisine, rez-de-chaussée", order.Location);
        Assert.Equal(request.SiteId, order.SiteId);
        Assert.Equal(request.RequesterUserId, order.RequesterUserId);
        Assert.Equal(request.RequesterName, order.RequesterName);
        Assert.Equal(request.DueAtUtc, order.DueAtUtc, TimeSpan.FromSeconds(1));
        Assert.Equal(Priority.Normal, order.Priority); // from the urgency
        Assert.Equal(WorkOrderStatus.Assigned, order.Status);
        Assert.Equal([karim], order.Assignments.Select(a => a.AgentId));
        Assert.Equal(["Couper l'eau", "Changer le joint"], order.Tasks.OrderBy(t => t.Position).Select(t => t.Label));
        Assert.Equal(2, attachments.Count);
        Assert.All(attachments, a => Assert.Equal(order.Id, a));
        Assert.Equal(RequestStatus.Validated, saved.Status);
        Assert.Equal(order.Id, saved.WorkOrderId);

        var (_, orderPage) = await manager.GetPageAsync($"/work-orders/{order.Id}");
        Assert.Contains(order.Number, orderPage, StringComparison.Ordinal);
        Assert.Contains(request.Number, orderPage, StringComparison.Ordinal);
        Assert.Contains("Karim Haddad", orderPage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rejecting_needs_a_reason_and_the_referent_is_then_told_why(DatabaseProvider provider)
    {
        var app = await AppAsync(provider);
        var request = await SubmitAsync(app, RequestCategory.Plumbing, "Radiateur froid dans le bureau");
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (_, page) = await manager.GetPageAsync($"/inbox/{request.Id}");

        var (refused, refusedPage) = await manager.SubmitAsync($"/inbox/{request.Id}/reject", new() { ["Version"] = Version(page), ["Reason"] = " " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Indiquez pourquoi la demande est rejetée.", refusedPage, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await StatusAsync(app, request.Id));

        var (_, done) = await manager.SubmitAsync($"/inbox/{request.Id}/reject", new() { ["Version"] = Version(refusedPage), ["Reason"] = "Relève du contrat de chauffage du prestataire" });
        Assert.Contains("La demande a été rejetée", done, StringComparison.Ordinal);
        var (saved, told) = await ReadAsync(app, async db => (
            await db.Set<InterventionRequest>().SingleAsync(r => r.Id == request.Id),
            await db.Set<Notification>().Where(n => n.UserId == request.RequesterUserId && n.Kind == NotificationKind.RequestRejected && n.Subject == request.Number).Select(n => n.Detail).SingleAsync()));
        Assert.Equal(RequestStatus.Rejected, saved.Status);
        Assert.Equal("Relève du contrat de chauffage du prestataire", saved.LastReason);
        Assert.Equal("Relève du contrat de chauffage du prestataire", told);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Asking_for_information_needs_a_question_and_moves_the_request_out_of_the_waiting_list(DatabaseProvider provider)
    {
        var app = await AppAsync(provider);
        var request = await SubmitAsync(app, RequestCategory.Plumbing, "Bruit dans les canalisations");
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (_, page) = await manager.GetPageAsync($"/inbox/{request.Id}");

        var (_, missing) = await manager.SubmitAsync($"/inbox/{request.Id}/ask", new() { ["Version"] = Version(page), ["Question"] = "" });
        Assert.Contains("Rédigez la question pour le référent.", missing, StringComparison.Ordinal);

        var response = await manager.PostFormAsync($"/inbox/{request.Id}/ask", new() { ["Version"] = Version(page), ["Question"] = "À quel étage exactement ?" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await ReadAsync(app, db => db.Set<InterventionRequest>().SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RequestStatus.InformationRequested, saved.Status);
        Assert.Equal("À quel étage exactement ?", saved.LastReason);

        var (_, waiting) = await manager.GetPageAsync("/inbox");
        var (_, asked) = await manager.GetPageAsync("/inbox?status=InformationRequested");
        Assert.DoesNotContain(request.Number, waiting, StringComparison.Ordinal);
        Assert.Contains(request.Number, asked, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_request_marked_as_duplicate_points_to_the_open_original(DatabaseProvider provider)
    {
        var app = await AppAsync(provider);
        var original = await SubmitAsync(app, RequestCategory.Plumbing, "WC bouché au premier étage", siteCode: "SDF");
        var again = await SubmitAsync(app, RequestCategory.Plumbing, "Toilettes bouchées", siteCode: "SDF");
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (_, page) = await manager.GetPageAsync($"/inbox/{again.Id}");
        Assert.Contains(original.Number, page, StringComparison.Ordinal); // suggested as a likely duplicate

        var (_, unknown) = await manager.SubmitAsync($"/inbox/{again.Id}/duplicate", new() { ["Version"] = Version(page), ["OriginalNumber"] = "DI-1999-000001" });
        Assert.Contains("Aucune demande ne porte ce numéro.", unknown, StringComparison.Ordinal);

        var response = await manager.PostFormAsync($"/inbox/{again.Id}/duplicate", new() { ["Version"] = Version(page), ["OriginalNumber"] = original.Number.ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await ReadAsync(app, db => db.Set<InterventionRequest>().SingleAsync(r => r.Id == again.Id));
        Assert.Equal(RequestStatus.Duplicate, saved.Status);
        Assert.Equal(original.Id, saved.DuplicateOfId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_managers_validating_the_same_request_at_once_make_one_work_order_and_the_second_is_told(DatabaseProvider provider)
    {
        var app = await AppAsync(provider);
        var request = await SubmitAsync(app, RequestCategory.Plumbing, "Ballon d'eau chaude en panne");
        using var julien = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        using var claire = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var (_, hisPage) = await julien.GetPageAsync($"/inbox/{request.Id}");
        var (_, herPage) = await claire.GetPageAsync($"/inbox/{request.Id}");

        var answers = await Task.WhenAll(
            julien.PostFormAsync($"/inbox/{request.Id}/validate", new() { ["Version"] = Version(hisPage), ["Type"] = "Corrective" }),
            claire.PostFormAsync($"/inbox/{request.Id}/validate", new() { ["Version"] = Version(herPage), ["Type"] = "Corrective" }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        var told = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Contains("Un autre responsable a traité cette demande entre-temps", await told.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await ReadAsync(app, db => db.Set<WorkOrder>().CountAsync(w => w.RequestId == request.Id)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Routing_rules_send_a_request_to_their_service_and_an_unmatched_one_to_the_default(DatabaseProvider provider)
    {
        var app = await AppAsync(provider);
        var (roads, greenSpaces, townHall) = (await ServiceAsync(app, "VOI"), await ServiceAsync(app, "EV"), await SiteAsync(app, "HDV"));
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var (_, routing) = await admin.GetPageAsync("/admin/routing");
        var (_, saved) = await admin.SubmitAsync("/admin/routing/settings", new() { ["DefaultServiceId"] = roads.ToString(), ["AutoCloseDays"] = "10", ["Version"] = Version(routing) });
        Assert.Contains("Les paramètres de routage ont été enregistrés.", saved, StringComparison.Ordinal);
        await admin.SubmitAsync("/admin/routing/rules", new() { ["Category"] = "Locksmith", ["SiteId"] = townHall.ToString(), ["ServiceId"] = greenSpaces.ToString() });
        var (_, twice) = await admin.SubmitAsync("/admin/routing/rules", new() { ["Category"] = "Locksmith", ["SiteId"] = townHall.ToString(), ["ServiceId"] = roads.ToString() });
        Assert.Contains("Une règle existe déjà pour cette catégorie sur ce site.", twice, StringComparison.Ordinal);

        var matched = await SubmitAsync(app, RequestCategory.Locksmith, "Serrure de la porte arrière cassée");
        var unmatched = await SubmitAsync(app, RequestCategory.Other, "Panneau d'affichage décroché");
        var (_, test) = await admin.GetPageAsync($"/admin/routing?category=Locksmith&site={townHall}");

        Assert.Equal(greenSpaces, matched.ServiceId);
        Assert.Equal(roads, unmatched.ServiceId);
        Assert.Contains("Cette demande irait à : Service Espaces verts", test, StringComparison.Ordinal);
    }

    private static Task<RequestStatus> StatusAsync(CmmsFactory app, Guid id) =>
        ReadAsync(app, db => db.Set<InterventionRequest>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
}
