using Cmms.Database;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Time;
using Cmms.Testing;
using Cmms.Works.Preventive.Demo;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Statutory;
using Cmms.Works.Preventive.Triggers;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Preventive;

/// <summary>The demo city's preventive and statutory maintenance: 300 plans of every trigger kind on the registers' real assets, with a lived-in past.</summary>
public sealed class PreventiveDemoTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static Task<T> AsCityAsync<T>(CmmsFactory app, Func<IServiceProvider, DbContext, Task<T>> work) => Works.ManagerArrange.AsCityAsync(app, work);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_city_has_300_plans_of_every_trigger_kind_on_real_assets_with_their_tasks_team_and_hours(DatabaseProvider provider)
    {
        var app = apps[provider];
        var plans = await AsCityAsync(app, (_, db) => db.Set<MaintenancePlan>().AsNoTracking().Include(p => p.Targets).Include(p => p.KitLines).AsSplitQuery().ToListAsync());
        var modules = app.Services.CreateScope().ServiceProvider.GetServices<IAssetCatalog>().Select(c => c.ModuleName).ToHashSet();

        Assert.Equal(PreventiveDemoSeeder.CityPlans, plans.Count);
        Assert.All(plans, p =>
        {
            Assert.NotEmpty(p.Targets);
            Assert.All(p.Targets, t => Assert.Contains(t.AssetModule, modules));
            Assert.NotEmpty(p.TaskLines());
            Assert.False(string.IsNullOrWhiteSpace(p.Trade));
            Assert.True(p.EstimatedHours > 0);
            Assert.NotNull(p.TeamId);
            Assert.Empty(p.Schedule.Refusals());
        });

        // Every register is planned on: buildings and their equipment, green spaces, roads, the fleet.
        Assert.True(plans.SelectMany(p => p.Targets).Select(t => t.AssetModule).Distinct().Count() >= 4);

        // Every trigger kind.
        var calendars = plans.Where(p => p.CalendarEvery is not null && p.MeterKind is null).ToList();
        foreach (var unit in Enum.GetValues<PeriodUnit>())
        {
            Assert.Contains(calendars, p => p.CalendarUnit == unit && !p.Floating);
        }

        Assert.Contains(calendars, p => p.Floating && p.CalendarUnit == PeriodUnit.Days);
        Assert.Contains(calendars, p => p.Floating && p.CalendarUnit == PeriodUnit.Months);
        Assert.Contains(calendars, p => p.Floating && p.CalendarUnit == PeriodUnit.Years);
        Assert.Contains(plans, p => p.MeterKind == "km" && p.CalendarEvery is null && p.MeterEvery == 15_000 && p.MeterTolerance == 1_000);
        Assert.Contains(plans, p => p.MeterKind == "engine_hours" && p.CalendarEvery is null);
        Assert.Contains(plans, p => p.MeterKind == "km" && p.CalendarEvery == 12 && p.MeterEvery == 20_000);
        Assert.Contains(plans, p => p.Windows == "01/04-31/10" && p.CalendarUnit == PeriodUnit.Weeks);
        Assert.Contains(plans, p => p.Schedule.Windows.Any(w => w.CrossesYearEnd));
        Assert.Contains(plans, p => p.Schedule.Windows.Count == 2);
        Assert.Contains(plans, p => p.LeadDays >= 14);
        Assert.Contains(plans, p => p.KitLines.Count > 0);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_plans_have_a_past_of_done_work_orders_and_nothing_left_to_generate_this_morning(DatabaseProvider provider)
    {
        var app = apps[provider];
        var today = ParisTime.Today(app.Services.GetRequiredService<IClock>());
        var done = await AsCityAsync(app, (_, db) => db.Set<PlanOccurrence>().Where(o => o.DueOn < today)
            .Join(db.Set<WorkOrder>(), o => o.WorkOrderId, w => w.Id, (o, w) => w.Status)
            .CountAsync(s => s == WorkOrderStatus.Done || s == WorkOrderStatus.Closed));
        Assert.True(done > 100, $"only {done} past work orders done");

        // The seeder ran this morning's generation: a run now finds nothing more to create.
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        var again = await app.Services.GetRequiredService<Cmms.Works.Preventive.Generation.PlanGeneration>().RunAsync(city.Organisation, CancellationToken.None);
        Assert.Equal(0, again.WorkOrdersCreated);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_statutory_catalogue_is_applied_to_buildings_playgrounds_and_vehicles_with_overdue_due_soon_and_open_observations(DatabaseProvider provider)
    {
        var app = apps[provider];
        var today = ParisTime.Today(app.Services.GetRequiredService<IClock>());
        var (codes, lines, observations) = await AsCityAsync(app, async (_, db) =>
        {
            var types = await db.Set<InspectionType>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code);
            var used = (await db.Set<MaintenancePlan>().Where(p => p.Type == WorkOrderType.Statutory).Select(p => p.InspectionTypeId).ToListAsync())
                .Select(id => types[id!.Value]).ToHashSet();
            var compliance = await StatutoryCompliance.LinesAsync(db, today, null, CancellationToken.None);
            var all = await db.Set<Observation>().AsNoTracking().ToListAsync();
            return (used, compliance, all);
        });

        foreach (var code in new[] { "ELEC", "EXT", "SSI", "ECL", "CVC", "JEUX", "CT" })
        {
            Assert.Contains(code, codes);
        }

        Assert.Contains(lines, l => l.State == ComplianceState.Overdue);
        Assert.Contains(lines, l => l.State == ComplianceState.DueSoon);
        Assert.Contains(lines, l => l.State == ComplianceState.UpToDate);
        Assert.Contains(lines, l => l.OpenObservations > 0);
        Assert.Contains(observations, o => o.Open && o.WorkOrderId is not null);
        Assert.Contains(observations, o => !o.Open);
    }
}
