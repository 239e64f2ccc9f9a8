using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cmms.Gis.Import;

public enum ImportStep
{
    DryRun,
    Import,
}

/// <summary>
/// Runs a dry run or an import in the background, so that a file of 100,000 trees does not hold a request
/// open: the page polls the progress the run writes to the database. The run acts for the person who
/// started it (their organisation, roles and sites, their language), as the request would have; it runs on
/// the node that received the request and stops with the application (nothing is then written).
/// </summary>
internal sealed partial class ImportRunner(IServiceScopeFactory scopes, ILogger<ImportRunner> log) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private volatile bool disposed;
    private readonly ConcurrentDictionary<Guid, Task> running = new();

    public void Start(Guid runId, ImportStep step, ClaimsPrincipal user)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        Task task;

        // The request's context must not flow into the run: the request ends long before the run does.
        using (ExecutionContext.SuppressFlow())
        {
            task = Task.Run(() => RunAsync(runId, step, user, culture, uiCulture, stopping.Token));
        }

        running[runId] = task;
        _ = task.ContinueWith(_ => running.TryRemove(runId, out var _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task RunAsync(Guid runId, ImportStep step, ClaimsPrincipal user, CultureInfo culture, CultureInfo uiCulture, CancellationToken cancellationToken)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;

            // Who acts: the same principal as the request, read by the app's current user and organisation.
            var accessor = services.GetRequiredService<IHttpContextAccessor>();
            accessor.HttpContext = new DefaultHttpContext { User = user, RequestServices = services };
            try
            {
                var process = services.GetRequiredService<ImportProcess>();
                await (step == ImportStep.DryRun ? process.CheckAsync(runId, cancellationToken) : process.ImportAsync(runId, cancellationToken));
            }
            finally
            {
                accessor.HttpContext = null;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogCrashed(log, e, runId);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped again after its services were disposed (a test factory disposed twice): nothing runs any more.
        if (disposed)
        {
            return;
        }

        await stopping.CancelAsync();
        try
        {
            await Task.WhenAll(running.Values).WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            // The host stops waiting: the runs' transactions roll back with their connections.
        }
    }

    public void Dispose()
    {
        disposed = true;
        stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import run {RunId} could not record its outcome")]
    private static partial void LogCrashed(ILogger logger, Exception exception, Guid runId);
}
