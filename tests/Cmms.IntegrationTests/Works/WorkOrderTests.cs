using System.Net;
using Cmms.Database;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Cmms.Works.Costs;
using Cmms.Works.Field;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cmms.IntegrationTests.Works.ManagerArrange;

namespace Cmms.IntegrationTests.Works;

/// <summary>The manager's work orders: created without a request, moved along their workflow, assigned, invoiced, costed.</summary>
public sealed class WorkOrderTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    /// <summary>Creates a work order through the form and returns its id.</summary>
    private static async Task<Guid> CreateAsync(CmmsFactory app, Browser manager, string title, bool withTeam)
    {
        var (site, service, team, karim) = (await SiteAsync(app, "GYM-COUBERTIN"), await ServiceAsync(app, "BAT"), await TeamAsync(app, "Équipe plomberie-chauffage"), await AgentAsync(app, "Karim Haddad"));
        await manager.GetPageAsync("/work-orders/new");
        var fields = new Dictionary<string, string>
        {
            ["Type"] = "Preventive", ["Priority"] = "High", ["Title"] = title, ["Description"] = "Contrôle annuel des douches du gymnase.",
            ["SiteId"] = site.ToString(), ["ServiceId"] = service.ToString(), ["Tasks"] = "Détartrer les pommeaux\nVérifier les mitigeurs",
        };
        if (withTeam)
        {
            fields["TeamId"] = team.ToString();
            fields["AgentIds"] = karim.ToString();
        }

        var response = await manager.PostFormAsync("/work-orders/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private static async Task<string> MoveAsync(Browser manager, Guid id, WorkOrderStatus to, string? comment = null, HoldReason? hold = null)
    {
        var (_, page) = await manager.GetPageAsync($"/work-orders/{id}");
        var fields = new Dictionary<string, string> { ["Version"] = Version(page), ["To"] = to.ToString() };
        if (comment is not null)
        {
            fields["Comment"] = comment;
        }

        if (hold is not null)
        {
            fields["HoldReason"] = hold.ToString()!;
        }

        var (_, html) = await manager.SubmitAsync($"/work-orders/{id}/move", fields);
        return html;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_work_order_created_by_a_manager_gets_its_number_its_tasks_and_a_timeline(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);

        var id = await CreateAsync(app, manager, "Entretien des douches du gymnase", withTeam: true);

        var (order, steps) = await ReadAsync(app, async db => (
            await db.Set<WorkOrder>().Include(w => w.Tasks).SingleAsync(w => w.Id == id),
            await db.Set<WorkOrderEvent>().Where(e => e.WorkOrderId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.From != null).Select(e => e.To).ToListAsync()));
        Assert.Matches("^OT-[0-9]{4}-[0-9]{6}$", order.Number);
        Assert.Null(order.RequestId);
        Assert.Equal(WorkOrderType.Preventive, order.Type);
        Assert.Equal(WorkOrderStatus.Assigned, order.Status);
        Assert.Equal(2, order.Tasks.Count);
        Assert.Equal([WorkOrderStatus.Planned, WorkOrderStatus.Assigned], steps);

        var (_, page) = await manager.GetPageAsync($"/work-orders/{id}");
        Assert.Contains(order.Number, page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"timeline\"", page, StringComparison.Ordinal);
        Assert.Contains("Julien Fabre", page, StringComparison.Ordinal);
        // The list is by due date and the demo's preventive plans fill its first pages: the site's and type's filter finds it.
        var (_, list) = await manager.GetPageAsync($"/work-orders?site={order.SiteId}&type=Preventive&team={order.TeamId}");
        Assert.Contains(order.Number, list, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_move_from_planned_to_closed_is_stored_with_who_when_from_to_and_why(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var id = await CreateAsync(app, manager, "Remplacement des joints des douches", withTeam: false);
        var (_, page) = await manager.GetPageAsync($"/work-orders/{id}");
        var (team, karim) = (await TeamAsync(app, "Équipe plomberie-chauffage"), await AgentAsync(app, "Karim Haddad"));
        var (_, assigned) = await manager.SubmitAsync($"/work-orders/{id}/assignment", new()
        {
            ["Version"] = Version(page), ["TeamId"] = team.ToString(), ["AgentIds"] = karim.ToString(), ["PlannedStart"] = "2026-12-01", ["PlannedEnd"] = "2026-12-02",
        });
        Assert.Contains("L&#x27;affectation a été enregistrée.", assigned, StringComparison.Ordinal);

        await MoveAsync(manager, id, WorkOrderStatus.InProgress);
        await MoveAsync(manager, id, WorkOrderStatus.OnHold, "Joint commandé", HoldReason.WaitingForParts);
        await MoveAsync(manager, id, WorkOrderStatus.InProgress);
        await MoveAsync(manager, id, WorkOrderStatus.Done);
        var closed = await MoveAsync(manager, id, WorkOrderStatus.Closed);

        Assert.Contains("Clôturé", closed, StringComparison.Ordinal);
        var steps = await ReadAsync(app, db => db.Set<WorkOrderEvent>().Where(e => e.WorkOrderId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.From != null).ToListAsync());
        Assert.Equal(
            [(null, WorkOrderStatus.Planned), (WorkOrderStatus.Planned, WorkOrderStatus.Assigned), (WorkOrderStatus.Assigned, WorkOrderStatus.InProgress),
             (WorkOrderStatus.InProgress, WorkOrderStatus.OnHold), (WorkOrderStatus.OnHold, WorkOrderStatus.InProgress), (WorkOrderStatus.InProgress, WorkOrderStatus.Done),
             (WorkOrderStatus.Done, WorkOrderStatus.Closed)],
            steps.Select(s => ((WorkOrderStatus?)s.From, s.To)));
        Assert.All(steps, s => Assert.Equal("Julien Fabre", s.ByName));
        Assert.All(steps, s => Assert.NotEqual(default, s.AtUtc));
        var hold = steps.Single(s => s.To == WorkOrderStatus.OnHold);
        Assert.Equal(HoldReason.WaitingForParts, hold.HoldReason);
        Assert.Equal("Joint commandé", hold.Comment);
        var order = await ReadAsync(app, db => db.Set<WorkOrder>().SingleAsync(w => w.Id == id));
        Assert.Equal(WorkOrderStatus.Closed, order.Status);
        Assert.NotNull(order.ClosedAtUtc);
        Assert.Equal(new DateOnly(2026, 12, 1), order.PlannedStart);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_illegal_move_is_refused_with_a_message_and_nothing_changes(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var id = await CreateAsync(app, manager, "Fuite au local technique", withTeam: false);

        var refused = await MoveAsync(manager, id, WorkOrderStatus.Done);
        var noHoldReason = await MoveAsync(manager, id, WorkOrderStatus.Cancelled);

        Assert.Contains("Cet ordre de travail ne peut plus être modifié de cette façon.", refused, StringComparison.Ordinal);
        Assert.Contains("Un motif est obligatoire.", noHoldReason, StringComparison.Ordinal);
        var (status, steps) = await ReadAsync(app, async db => (
            await db.Set<WorkOrder>().Where(w => w.Id == id).Select(w => w.Status).SingleAsync(),
            await db.Set<WorkOrderEvent>().CountAsync(e => e.WorkOrderId == id)));
        Assert.Equal(WorkOrderStatus.Planned, status);
        Assert.Equal(1, steps);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_contractor_invoice_is_checked_adds_to_the_costs_and_reports_a_cost_event(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var id = await CreateAsync(app, manager, "Réfection de l'étanchéité des douches", withTeam: true);
        var karim = await AgentAsync(app, "Karim Haddad");
        await AsCityAsync(app, async (_, db) =>
        {
            db.Add(new TimeEntry { WorkOrderId = id, AgentId = karim, WorkDate = new DateOnly(2026, 11, 20), Hours = 2m, HourlyCost = 33.40m, EnteredBy = "Karim Haddad" });
            db.Add(new PartUsage { WorkOrderId = id, Label = "Joint silicone", Quantity = 3m, Unit = "u", UnitCost = 4.50m, UsedOn = new DateOnly(2026, 11, 20), EnteredBy = "Karim Haddad" });
            return await db.SaveChangesAsync();
        });
        var url = $"/work-orders/{id}/invoices";
        await manager.GetPageAsync($"/work-orders/{id}");

        var (_, future) = await manager.SubmitAsync(url, new() { ["InvoiceContractor"] = "Étanchéité Bourguignonne", ["InvoiceNumber"] = "F-2026-118", ["InvoiceDate"] = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Amount"] = "1250,50" });
        var (_, zero) = await manager.SubmitAsync(url, new() { ["InvoiceContractor"] = "Étanchéité Bourguignonne", ["InvoiceNumber"] = "F-2026-118", ["InvoiceDate"] = "2026-11-02", ["Amount"] = "0" });
        var (_, added) = await manager.SubmitAsync(url, new() { ["InvoiceContractor"] = "Étanchéité Bourguignonne", ["InvoiceNumber"] = "F-2026-118", ["InvoiceDate"] = "2026-11-02", ["Amount"] = "1250,50" });

        Assert.Contains("La date de facture ne peut pas être dans le futur.", future, StringComparison.Ordinal);
        Assert.Contains("Le montant doit être supérieur à zéro.", zero, StringComparison.Ordinal);
        Assert.Contains("La facture a été ajoutée.", added, StringComparison.Ordinal);
        Assert.Contains("F-2026-118", added, StringComparison.Ordinal);
        var (costs, events) = await AsCityAsync(app, async (sp, db) => (
            await WorkOrderCosts.ForAsync(db, sp.GetRequiredService<IDirectory>(), id, CancellationToken.None),
            await db.Set<CostEvent>().Where(c => c.WorkOrderId == id).ToListAsync()));
        Assert.Equal(66.80m, costs.LabourTotal);
        Assert.Equal("Karim Haddad", Assert.Single(costs.Labour).Agent);
        Assert.Equal(13.50m, costs.Parts);
        Assert.Equal(1250.50m, costs.Contractors);
        Assert.Equal(1330.80m, costs.Total);
        var cost = Assert.Single(events);
        Assert.Equal(CostKind.Contractor, cost.Kind);
        Assert.Equal(1250.50m, cost.Amount);
        var total = System.Text.RegularExpressions.Regex.Match(added, "data-testid=\"cost-total\">([^<]+)<").Groups[1].Value;
        Assert.Equal("1330,80", System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(total), "[^0-9,]", string.Empty));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Work_orders_are_seen_by_their_services_manager_administrators_and_finance_only(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var id = await CreateAsync(app, manager, "Vérification des chasses d'eau", withTeam: false);
        using var greenSpaces = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        using var finance = await Browser.SignedInAsync(app, DemoLogins.Finance);
        using var referent = await Browser.SignedInAsync(app, DemoLogins.TownHallReferent);

        var (other, _) = await greenSpaces.GetPageAsync($"/work-orders/{id}");
        var (read, financePage) = await finance.GetPageAsync($"/work-orders/{id}");
        var (referentAnswer, _) = await referent.GetPageAsync($"/work-orders/{id}");
        var financeMove = await finance.PostFormAsync($"/work-orders/{id}/move", new() { ["Version"] = "1", ["To"] = "Cancelled", ["Comment"] = "non" });

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.DoesNotContain("data-testid=\"moves\"", financePage, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, referentAnswer.StatusCode);
        Assert.DoesNotContain($"/work-orders/{id}", financeMove.Headers.Location?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, financeMove.StatusCode);
        Assert.Equal(WorkOrderStatus.Planned, await ReadAsync(app, db => db.Set<WorkOrder>().Where(w => w.Id == id).Select(w => w.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_scopes_validating_the_same_request_at_once_make_one_work_order(DatabaseProvider provider)
    {
        var app = apps[provider];
        await EnsureRuleAsync(app, RequestCategory.Plumbing, "BAT");
        var request = await SubmitAsync(app, RequestCategory.Plumbing, "Évacuation de la douche lente");
        var plan = new ValidationPlan(WorkOrderType.Corrective, null, null, [], null, null, null, [], null);

        async Task<bool> ValidateAsync(string who) => await AsCityAsync(app, async (sp, _) =>
        {
            try
            {
                await sp.GetRequiredService<Decisions>().ValidateAsync(request.Id, request.Version, plan, new Cmms.Works.Actor(null, who), CancellationToken.None);
                return true;
            }
            catch (Kernel.Domain.ConcurrencyConflictException)
            {
                return false;
            }
        });

        var results = await Task.WhenAll(ValidateAsync("Julien Fabre"), ValidateAsync("Claire Morel"));

        Assert.Single(results, r => r);
        Assert.Equal(1, await ReadAsync(app, db => db.Set<WorkOrder>().CountAsync(w => w.RequestId == request.Id)));
    }
}
