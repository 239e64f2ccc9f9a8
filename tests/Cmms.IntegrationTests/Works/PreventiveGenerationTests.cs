using Cmms.Database;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Testing;
using Cmms.Works;
using Cmms.Works.Preventive.Generation;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Triggers;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Works;

/// <summary>The generation of preventive work orders: each plan's due date becomes one work order, whatever runs it how often.</summary>
public sealed class PreventiveGenerationTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static DateOnly Today(CmmsFactory app) => ParisTime.Today(app.Services.GetRequiredService<IClock>());

    private static Task<int> ArrangeAsync(CmmsFactory app, DemoIds city, IEnumerable<MaintenancePlan> plans) => app.InScopeAsync(async sp =>
    {
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Organisation);
        var db = sp.GetRequiredService<DbContext>();
        var today = Today(app);
        foreach (var plan in plans)
        {
            plan.OrganisationId = city.Organisation;
            plan.ServiceId = city.Service;
            plan.SiteId = city.Site;
            plan.Reschedule(today);
            db.Set<MaintenancePlan>().Add(plan);
        }

        return await db.SaveChangesAsync();
    });

    private static Task<List<(Guid Plan, DateOnly Due, Guid WorkOrder)>> OccurrencesAsync(CmmsFactory app, string prefix) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var plans = db.Set<MaintenancePlan>().IgnoreQueryFilters().Where(p => p.Name.StartsWith(prefix)).Select(p => p.Id);
        return (await db.Set<PlanOccurrence>().IgnoreQueryFilters().Where(o => plans.Contains(o.PlanId))
            .Select(o => new { o.PlanId, o.DueOn, o.WorkOrderId }).ToListAsync())
            .Select(o => (o.PlanId, o.DueOn, o.WorkOrderId)).ToList();
    });

    private static Task<int> WorkOrdersTitledAsync(CmmsFactory app, string prefix) => app.InScopeAsync(sp =>
        sp.GetRequiredService<DbContext>().Set<WorkOrder>().IgnoreQueryFilters().CountAsync(w => w.Title.StartsWith(prefix)));

    private static MaintenancePlan Weekly(string name, DateOnly start, int lead = 0) => new()
    {
        Name = name, Start = start, CalendarEvery = 1, CalendarUnit = PeriodUnit.Weeks, LeadDays = lead, Tasks = "Tondre\nRamasser les déchets",
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_day_of_generation_creates_each_due_work_order_once_and_a_second_run_creates_nothing(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var today = Today(app);
        var prefix = $"Tonte {Guid.NewGuid():N}"[..14];
        // Twenty weekly plans that started three weeks ago (as if the application had been stopped since),
        // and five yearly ones whose lead time has not begun.
        await ArrangeAsync(app, city, [
            .. Enumerable.Range(1, 20).Select(i => Weekly($"{prefix} {i:00}", today.AddDays(-21))),
            .. Enumerable.Range(1, 5).Select(i => new MaintenancePlan
            {
                Name = $"{prefix} annuel {i}", Start = today.AddDays(60), CalendarEvery = 1, CalendarUnit = PeriodUnit.Years, LeadDays = 30,
            }),
        ]);

        var generation = app.Services.GetRequiredService<PlanGeneration>();
        await generation.RunAsync(city.Organisation, CancellationToken.None);

        // Each weekly plan: the latest missed date (a week ago) and today's; nothing for the yearly plans.
        var occurrences = await OccurrencesAsync(app, prefix);
        Assert.Equal(40, occurrences.Count);
        Assert.All(occurrences.GroupBy(o => o.Plan), g => Assert.Equal([today.AddDays(-7), today], g.Select(o => o.Due).Order()));
        Assert.Equal(40, await WorkOrdersTitledAsync(app, prefix));

        var again = await generation.RunAsync(city.Organisation, CancellationToken.None);
        Assert.Equal(0, again.WorkOrdersCreated);
        Assert.Equal(40, (await OccurrencesAsync(app, prefix)).Count);
        Assert.Equal(40, await WorkOrdersTitledAsync(app, prefix));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_generations_running_at_once_create_each_due_work_order_exactly_once(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var today = Today(app);
        var prefix = $"Ronde {Guid.NewGuid():N}"[..14];
        await ArrangeAsync(app, city, Enumerable.Range(1, 600).Select(i => Weekly($"{prefix} {i:000}", today)));

        // Two runs racing, as two application nodes would: separate scopes, separate connections.
        var generation = app.Services.GetRequiredService<PlanGeneration>();
        var results = await Task.WhenAll(
            Task.Run(() => generation.RunAsync(city.Organisation, CancellationToken.None)),
            Task.Run(() => generation.RunAsync(city.Organisation, CancellationToken.None)));

        var occurrences = await OccurrencesAsync(app, prefix);
        Assert.Equal(600, occurrences.Count);
        Assert.Equal(600, occurrences.Select(o => o.Plan).Distinct().Count());
        Assert.Equal(600, await WorkOrdersTitledAsync(app, prefix));
        Assert.Equal(600, results.Sum(r => r.WorkOrdersCreated));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_floating_plan_waits_for_its_work_order_and_counts_its_next_date_from_the_completion(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var today = Today(app);
        var name = $"Entretien {Guid.NewGuid():N}"[..18];
        await ArrangeAsync(app, city, [new MaintenancePlan
        {
            Name = name, Start = today.AddDays(-10), CalendarEvery = 3, CalendarUnit = PeriodUnit.Months, Floating = true, LeadDays = 7, TeamId = city.Team,
        }]);
        var generation = app.Services.GetRequiredService<PlanGeneration>();
        await generation.RunAsync(city.Organisation, CancellationToken.None);
        await generation.RunAsync(city.Organisation, CancellationToken.None);
        var occurrence = Assert.Single(await OccurrencesAsync(app, name));

        // The work is done today, ten days late: the next visit is three months from today.
        await app.InScopeAsync(async sp =>
        {
            using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Organisation);
            var db = sp.GetRequiredService<DbContext>();
            var flow = sp.GetRequiredService<WorkOrderFlow>();
            var order = await db.Set<WorkOrder>().SingleAsync(w => w.Id == occurrence.WorkOrder);
            foreach (var step in new[] { WorkOrderStatus.InProgress, WorkOrderStatus.Done })
            {
                await flow.MoveAsync(order, step, new Actor(null, "Test"), null, null, CancellationToken.None);
            }

            await flow.SaveAsync(CancellationToken.None);
            return 0;
        });

        var plan = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<MaintenancePlan>().IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Name == name));
        Assert.Equal(today, plan.LastCompletedOn);
        Assert.Null(plan.OpenWorkOrderId);
        Assert.Equal(today.AddMonths(3), plan.NextDue);
        Assert.Equal(today.AddMonths(3).AddDays(-7), plan.NextCreateOn);
    }
}
