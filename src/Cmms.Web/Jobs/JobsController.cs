using Cmms.Database;
using Cmms.Kernel.Scheduling;
using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Quartz;

namespace Cmms.Web.Jobs;

/// <summary>The scheduled jobs: last and next runs, failures, pause, resume and "run now" — for administrators.</summary>
[Authorize(Roles = Roles.Administrator), Route("admin/jobs")]
public sealed class JobsController(IEnumerable<ScheduledJob> jobs, CmmsDbContext db, IStringLocalizer<Text> text, IServiceProvider services) : Controller
{
    private const string Group = "cmms";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var rows = new List<JobRow>();
        foreach (var job in jobs)
        {
            var runs = await db.JobRuns.AsNoTracking().Where(r => r.JobKey == job.Key)
                .OrderByDescending(r => r.StartedAtUtc).Take(10).ToListAsync(cancellationToken);
            DateTime? next = null;
            DateTime? previous = null;
            var state = "Off";
            if (scheduler is not null && await scheduler.GetTrigger(new TriggerKey(job.Key, Group), cancellationToken) is { } trigger)
            {
                next = trigger.NextFireTimeUtc?.UtcDateTime;
                previous = trigger.PreviousFireTimeUtc?.UtcDateTime;
                state = (await scheduler.GetTriggerState(trigger.Key, cancellationToken)).ToString();
            }

            rows.Add(new JobRow(job.Key, text[job.Title], job.Cron, state, previous, next, runs));
        }

        return View("~/Views/Jobs/Index.cshtml", new JobsPage(scheduler is not null, rows));
    }

    [HttpPost("{key}/run"), ValidateAntiForgeryToken]
    public Task<IActionResult> Run(string key, CancellationToken cancellationToken) =>
        ActAsync(key, (s, k) => s.TriggerJob(new JobKey(k, Group), new JobDataMap(), cancellationToken).AsTask(), "The job has been started: its run appears below when it ends.");

    [HttpPost("{key}/pause"), ValidateAntiForgeryToken]
    public Task<IActionResult> Pause(string key, CancellationToken cancellationToken) =>
        ActAsync(key, (s, k) => s.PauseTrigger(new TriggerKey(k, Group), cancellationToken).AsTask(), "The job is paused: it will not run on its schedule until resumed.");

    [HttpPost("{key}/resume"), ValidateAntiForgeryToken]
    public Task<IActionResult> Resume(string key, CancellationToken cancellationToken) =>
        ActAsync(key, (s, k) => s.ResumeTrigger(new TriggerKey(k, Group), cancellationToken).AsTask(), "The job is resumed.");

    private async Task<IActionResult> ActAsync(string key, Func<IScheduler, string, Task> act, string done)
    {
        if (jobs.All(j => j.Key != key))
        {
            return NotFound();
        }

        var scheduler = await SchedulerAsync(HttpContext.RequestAborted);
        if (scheduler is null)
        {
            TempData["Flash"] = text["The scheduler is turned off on this server (Scheduling:Enabled)."].Value;
            return Redirect("/admin/jobs");
        }

        await act(scheduler, key);
        TempData["Flash"] = text[done].Value;
        return Redirect("/admin/jobs");
    }

    private async Task<IScheduler?> SchedulerAsync(CancellationToken cancellationToken) =>
        services.GetService<ISchedulerFactory>() is { } factory ? await factory.GetScheduler(cancellationToken) : null;
}

public sealed record JobsPage(bool SchedulerOn, IReadOnlyList<JobRow> Jobs);

public sealed record JobRow(string Key, string Title, string Cron, string State, DateTime? PreviousUtc, DateTime? NextUtc, IReadOnlyList<JobRun> Runs);
