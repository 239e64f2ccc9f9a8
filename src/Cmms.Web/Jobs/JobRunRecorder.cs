using Cmms.Database;
using Cmms.Kernel.Time;
using Quartz;

namespace Cmms.Web.Jobs;

/// <summary>Writes every finished run of every job to <c>sys_job_runs</c>, so the jobs page shows failures whichever node ran it.</summary>
internal sealed class JobRunRecorder(IServiceScopeFactory scopes, IClock clock) : IJobListener
{
    public string Name => "cmms-job-runs";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmmsDbContext>();
        var error = jobException?.InnerException ?? jobException;
        db.JobRuns.Add(new JobRun
        {
            JobKey = context.JobDetail.Key.Name,
            Node = context.Scheduler.SchedulerInstanceId,
            StartedAtUtc = context.FireTimeUtc.UtcDateTime,
            FinishedAtUtc = clock.UtcNow,
            Succeeded = error is null,
            Result = context.Result?.ToString() is { } result ? result[..Math.Min(result.Length, 500)] : null,
            Error = error is null ? null : $"{error.GetType().Name}: {error.Message}"[..Math.Min(error.Message.Length + error.GetType().Name.Length + 2, 4000)],
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
