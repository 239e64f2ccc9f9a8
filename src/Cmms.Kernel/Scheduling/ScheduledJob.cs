namespace Cmms.Kernel.Scheduling;

/// <summary>
/// A recurring job a module contributes. The host runs them all on one Quartz scheduler (persistent store,
/// clustered on server databases); modules never start schedulers of their own.
/// </summary>
/// <param name="Key">Stable name, also the job's key in the Quartz tables ("preventive-generation").</param>
/// <param name="JobType">A Quartz <c>IJob</c> of the module; it must be idempotent (a re-run or a second node changes nothing).</param>
/// <param name="Cron">Quartz cron expression, read in Europe/Paris time.</param>
/// <param name="Title">English text key of the job's name on the jobs page.</param>
public sealed record ScheduledJob(string Key, Type JobType, string Cron, string Title);
