using Cmms.Database;
using Cmms.Kernel.Scheduling;
using Cmms.Kernel.Time;
using Quartz;

namespace Cmms.Web.Hosting;

/// <summary>
/// One Quartz scheduler for every module's jobs, on a persistent store in the application's database:
/// SQLite in the embedded setup, PostgreSQL or SQL Server clustered (several web nodes, each job fired by
/// one node only). Quartz creates its tables at start when they are missing; the same scripts sit in
/// database/quartz/ for DBAs. <c>Scheduling:Enabled=false</c> runs no scheduler (tests, a read-only node).
/// </summary>
public static class Scheduling
{
    public static IServiceCollection AddCmmsScheduling(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton<Kernel.Ui.INavigationContributor, Jobs.JobsNavigation>();
        if (!configuration.GetValue("Scheduling:Enabled", true))
        {
            return services;
        }

        var (provider, connectionString) = DatabaseSetup.Connection(configuration, environment.ContentRootPath);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "Cmms";
                o.InstanceId = "AUTO";
            });
            q.AddJobListener<Jobs.JobRunRecorder>();
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                switch (provider)
                {
                    case DatabaseProvider.PostgreSql:
                        store.UsePostgres(connectionString);
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(connectionString);
                        break;
                    default:
                        store.UseSqlite(connectionString);
                        break;
                }

                if (provider != DatabaseProvider.Sqlite)
                {
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(15));
                }

                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<JobRegistration>();
        return services;
    }

    /// <summary>
    /// Adds each module's <see cref="ScheduledJob"/> to the store, keeping a trigger an administrator paused
    /// paused and replacing a schedule whose cron changed; on several nodes the store's locks keep one copy.
    /// </summary>
    private sealed class JobRegistration(ISchedulerFactory factory, IEnumerable<ScheduledJob> jobs) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var scheduler = await factory.GetScheduler(cancellationToken);
            foreach (var job in jobs)
            {
                var jobKey = new JobKey(job.Key, "cmms");
                var detail = JobBuilder.Create().OfType(job.JobType).WithIdentity(jobKey).WithDescription(job.Title).StoreDurably().DisallowConcurrentExecution().Build();
                var trigger = TriggerBuilder.Create().WithIdentity(job.Key, "cmms").ForJob(jobKey)
                    .WithCronSchedule(job.Cron, c => c.InTimeZone(ParisTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build();
                var existing = await scheduler.GetTrigger(trigger.Key, cancellationToken) as ICronTrigger;
                if (existing?.CronExpressionString == job.Cron)
                {
                    continue;
                }

                await scheduler.ScheduleJob(detail, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
