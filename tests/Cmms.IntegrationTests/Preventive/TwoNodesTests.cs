using Cmms.Database;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Testing;
using Cmms.Works.Preventive.Generation;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Triggers;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Cmms.IntegrationTests.Preventive;

/// <summary>A test that needs a PostgreSQL server (CMMS_TEST_POSTGRES): two application nodes share one database only on a server.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(CmmsFactory.PostgresVariable)))
        {
            Skip = $"Set {CmmsFactory.PostgresVariable} to run the two-node tests on PostgreSQL.";
        }
    }
}

/// <summary>
/// Two application instances on one PostgreSQL database — two web nodes, each with its own services, connection pool and
/// clustered Quartz scheduler — generating at the same time: every due work order exists exactly once.
/// </summary>
public sealed class TwoNodesTests : IDisposable
{
    private readonly CmmsFactory first;
    private readonly CmmsFactory second;

    public TwoNodesTests()
    {
        first = new CmmsFactory(DatabaseProvider.PostgreSql) { Scheduling = true };
        _ = first.Services;
        second = new CmmsFactory(first) { Scheduling = true };
        _ = second.Services;
    }

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
    }

    private async Task<(Guid Organisation, DateOnly Today)> ArrangeAsync(string prefix, int count)
    {
        var city = await DemoIds.LoadAsync(first, DemoIds.City);
        var today = ParisTime.Today(first.Services.GetRequiredService<IClock>());
        await first.InScopeAsync(async sp =>
        {
            using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Organisation);
            var db = sp.GetRequiredService<DbContext>();
            for (var i = 1; i <= count; i++)
            {
                var plan = new MaintenancePlan
                {
                    OrganisationId = city.Organisation, ServiceId = city.Service, SiteId = city.Site, TeamId = city.Team, Name = $"{prefix} {i:000}", Start = today,
                    CalendarEvery = 1, CalendarUnit = PeriodUnit.Weeks, Tasks = "Ronde",
                };
                plan.Reschedule(today);
                db.Add(plan);
            }

            return await db.SaveChangesAsync();
        });
        return (city.Organisation, today);
    }

    private Task<(int Occurrences, int Plans, int WorkOrders)> CountAsync(string prefix) => first.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var plans = db.Set<MaintenancePlan>().IgnoreQueryFilters().Where(p => p.Name.StartsWith(prefix)).Select(p => p.Id);
        var occurrences = await db.Set<PlanOccurrence>().IgnoreQueryFilters().Where(o => plans.Contains(o.PlanId)).Select(o => o.PlanId).ToListAsync();
        var orders = await db.Set<WorkOrder>().IgnoreQueryFilters().CountAsync(w => w.Title.StartsWith(prefix));
        return (occurrences.Count, occurrences.Distinct().Count(), orders);
    });

    [PostgresFact]
    public async Task Two_nodes_generating_at_once_create_each_due_work_order_exactly_once()
    {
        var prefix = $"Nœud {Guid.NewGuid():N}"[..13];
        var (organisation, _) = await ArrangeAsync(prefix, 400);

        var results = await Task.WhenAll(
            Task.Run(() => first.Services.GetRequiredService<PlanGeneration>().RunAsync(organisation, CancellationToken.None)),
            Task.Run(() => second.Services.GetRequiredService<PlanGeneration>().RunAsync(organisation, CancellationToken.None)));

        Assert.Equal((400, 400, 400), await CountAsync(prefix));
        Assert.Equal(400, results.Sum(r => r.WorkOrdersCreated));
    }

    [PostgresFact]
    public async Task Both_clustered_schedulers_asked_to_run_the_job_at_once_leave_no_duplicate()
    {
        var prefix = $"Quartz {Guid.NewGuid():N}"[..15];
        await ArrangeAsync(prefix, 300);
        var key = new JobKey(GeneratePlansJob.Key, "cmms");
        var schedulers = new[] { first, second }.Select(app => app.Services.GetRequiredService<ISchedulerFactory>()).ToList();
        var before = await first.InScopeAsync(sp => sp.GetRequiredService<CmmsDbContext>().JobRuns.CountAsync());

        await Task.WhenAll(schedulers.Select(async factory => await (await factory.GetScheduler()).TriggerJob(key)));

        // Both runs recorded (one node may wait for the other: the job is not run twice at once in the cluster).
        for (var i = 0; i < 300 && await first.InScopeAsync(sp => sp.GetRequiredService<CmmsDbContext>().JobRuns.CountAsync()) < before + 2; i++)
        {
            await Task.Delay(200);
        }

        var runs = await first.InScopeAsync(sp => sp.GetRequiredService<CmmsDbContext>().JobRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(2).ToListAsync());
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal((300, 300, 300), await CountAsync(prefix));
    }
}
