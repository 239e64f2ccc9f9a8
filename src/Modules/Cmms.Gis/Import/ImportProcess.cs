using System.Text.Json;
using Cmms.Gis.Import.Mapping;
using Cmms.Gis.Import.Reading;
using Cmms.Kernel;
using Cmms.Kernel.Import;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Cmms.Gis.Import;

/// <summary>
/// The two background steps of an import, run by <see cref="ImportRunner"/> in a scope of their own:
/// the dry run (every row read, mapped and checked by the register; nothing written) and the import of the
/// rows the dry run accepted, handed to the register in one call so that it writes them all in one
/// transaction or none. The run's state is written through a separate context, never inside the
/// register's transaction, so a failure leaves a readable "failed" and no asset.
/// </summary>
internal sealed partial class ImportProcess(
    DbContext db, RegisterDirectory registers, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common,
    IServiceScopeFactory scopes, LiveImports live, IClock clock, ILogger<ImportProcess> log)
{
    /// <summary>How often the run's progress and heartbeat are written for the page and the other nodes.</summary>
    private static readonly TimeSpan Beat = TimeSpan.FromSeconds(1);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task CheckAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstAsync(r => r.Id == runId, cancellationToken);
        await GuardAsync(runId, async () =>
        {
            var (register, rows, rejections) = Build(run, excluded: null, reportProgress: true);
            var built = rows.Count;
            await StateAsync(runId, s => s.SetProperty(r => r.RowsTotal, built + rejections.Count).SetProperty(r => r.RowsDone, built + rejections.Count));

            var refused = await register.CheckAsync(rows, cancellationToken);
            var all = rejections.Concat(refused.Select(r => new Rejection(r.Line, r.Reason))).OrderBy(r => r.Line).ToList();
            var lines = rows.Select(r => r.Line).ToHashSet();
            var refusedLines = refused.Select(r => r.Line).Where(lines.Contains).Distinct().Count();
            var json = JsonSerializer.Serialize(all, Json);
            await StateAsync(runId, s => s
                .SetProperty(r => r.State, ImportState.Checked)
                .SetProperty(r => r.RowsAccepted, built - refusedLines)
                .SetProperty(r => r.RowsRejected, rejections.Count + refusedLines)
                .SetProperty(r => r.RejectionsJson, json)
                .SetProperty(r => r.Error, (string?)null));
        }, cancellationToken);
    }

    public async Task ImportAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstAsync(r => r.Id == runId, cancellationToken);
        await GuardAsync(runId, async () =>
        {
            var rejected = JsonSerializer.Deserialize<List<Rejection>>(run.RejectionsJson ?? "[]", Json)!.Select(r => r.Line).ToHashSet();
            var (register, rows, newlyRejected) = Build(run, rejected, reportProgress: false);
            if (newlyRejected.Count > 0)
            {
                throw new ImportStopped(text["The file no longer reads as it did in the dry run: run the dry run again."]);
            }

            live.Total(runId, rows.Count);
            await StateAsync(runId, s => s.SetProperty(r => r.RowsTotal, rows.Count).SetProperty(r => r.RowsDone, 0));
            var imported = await register.ImportAsync(rows, new Progress(live, runId), cancellationToken);
            var now = clock.UtcNow;
            await StateAsync(runId, s => s
                .SetProperty(r => r.State, ImportState.Done)
                .SetProperty(r => r.RowsImported, imported)
                .SetProperty(r => r.RowsDone, rows.Count)
                .SetProperty(r => r.Content, (byte[]?)null)
                .SetProperty(r => r.FinishedAtUtc, now));
        }, cancellationToken);
    }

    /// <summary>The file's rows through the mapping: those that read, and why the others do not; <paramref name="excluded"/> lines are left out.</summary>
    private (IRegisterImport Register, List<ImportRow> Rows, List<Rejection> Rejections) Build(ImportRun run, HashSet<int>? excluded, bool reportProgress)
    {
        var register = registers.Find(run.RegisterId) ?? throw new ImportStopped(text["This register no longer accepts imports."]);
        var mapping = JsonSerializer.Deserialize<ColumnMapping>(run.MappingJson ?? "null", Json) ?? throw new ImportStopped(text["Map the file's columns first."]);
        if (run.Content is null)
        {
            throw new ImportStopped(text["The file is no longer kept: upload it again."]);
        }

        SourceTable table;
        try
        {
            table = TableReader.Read(run.Format, run.Content, n => text["Column {0}", n]);
        }
        catch (ImportFileException e)
        {
            throw new ImportStopped(text[e.Reason, e.Arguments]);
        }

        if (reportProgress)
        {
            live.Total(run.Id, table.Rows.Count);
        }

        var builder = new RowBuilder(register, mapping, table.Columns, text, common, f => registers.Label(register, f));
        var rows = new List<ImportRow>(table.Rows.Count);
        var rejections = new List<Rejection>();
        var done = 0;
        foreach (var source in table.Rows)
        {
            if (excluded?.Contains(source.Line) == true)
            {
                continue;
            }

            var (row, rejection) = builder.Build(source);
            if (row is not null)
            {
                rows.Add(row);
            }
            else
            {
                rejections.Add(rejection!);
            }

            if (++done % 500 == 0 && reportProgress)
            {
                live.Report(run.Id, done);
            }
        }

        if (reportProgress)
        {
            live.Report(run.Id, done);
        }

        return (register, rows, rejections);
    }

    /// <summary>
    /// Runs a step with a heartbeat that writes the live progress every second, and turns any failure into
    /// the run's "failed" state with its reason (the register wrote nothing: its transaction rolled back).
    /// </summary>
    private async Task GuardAsync(Guid runId, Func<Task> step, CancellationToken cancellationToken)
    {
        live.Start(runId);
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(runId, beating.Token);
        string? failure = null;
        try
        {
            await step();
        }
        catch (ImportStopped e)
        {
            failure = e.Message;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            failure = text["The server stopped during the run: nothing was written. Start it again."];
        }
        catch (Exception e)
        {
            LogFailed(log, e, runId);
            failure = text["The import stopped and nothing was written: {0}", e.Message];
        }
        finally
        {
            await beating.CancelAsync();
            await heartbeat;
            live.Stop(runId);
        }

        if (failure is not null)
        {
            var now = clock.UtcNow;
            var reason = failure.Length > 2000 ? failure[..2000] : failure;
            // Recorded even when the application is stopping: the page must not show a run under way forever.
            await StateAsync(
                runId, s => s.SetProperty(r => r.State, ImportState.Failed).SetProperty(r => r.Error, reason).SetProperty(r => r.FinishedAtUtc, now),
                cancellationToken: CancellationToken.None);
        }
    }

    private async Task HeartbeatAsync(Guid runId, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Beat);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (live.Progress(runId) is { } progress)
                {
                    try
                    {
                        // A second at most: on SQLite the register's open transaction holds the only write lock.
                        await StateAsync(
                            runId, s => s.SetProperty(r => r.RowsDone, progress.Done).SetProperty(r => r.RowsTotal, progress.Total), TimeSpan.FromSeconds(1), cancellationToken);
                    }
                    catch (Exception e) when (e is System.Data.Common.DbException or DbUpdateException or TimeoutException)
                    {
                        LogBeatMissed(log, runId);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The step is over.
        }
    }

    /// <summary>Writes the run's state through a context of its own (outside any transaction of the register), stamping the heartbeat.</summary>
    private async Task StateAsync(
        Guid runId, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ImportRun>> set, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<DbContext>();
        if (timeout is { } limit)
        {
            own.Database.SetCommandTimeout(limit);
        }

        var now = clock.UtcNow;
        await own.ImportRuns.IgnoreQueryFilters().Where(r => r.Id == runId)
            .ExecuteUpdateAsync(s => { set(s); s.SetProperty(r => r.UpdatedAtUtc, now); }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import run {RunId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid runId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Import run {RunId}: progress not written this second (database busy)")]
    private static partial void LogBeatMissed(ILogger logger, Guid runId);

    private sealed class Progress(LiveImports live, Guid runId) : IProgress<int>
    {
        public void Report(int value) => live.Report(runId, value);
    }

    /// <summary>A reason, in the person's words, why the step cannot go on.</summary>
    private sealed class ImportStopped(string message) : Exception(message);
}
