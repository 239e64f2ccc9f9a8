using System.Globalization;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Works.Routing;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Cmms.Works.Requests;

/// <summary>
/// Done work whose referent has not confirmed it within the organisation's
/// <see cref="WorksSettings.AutoCloseDays"/> days closes by itself, with its request, and the timeline
/// says why. Runs organisation by organisation, one work order at a time in a scope of its own; when
/// another node (or the referent) changed the work order meanwhile, it is left alone.
/// </summary>
public sealed partial class AutoClose(IServiceScopeFactory scopes, IClock clock, ILogger<AutoClose> logger)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>One cycle over every organisation; returns how many work orders it closed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<(Guid Organisation, Guid WorkOrder)> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // The one read across organisations: ids only, to know where to act.
            var orders = scope.ServiceProvider.GetRequiredService<DbContext>().WorkOrders;
            candidates = [.. (await orders.IgnoreQueryFilters().AsNoTracking()
                .Where(w => w.Status == WorkOrderStatus.Done && w.RequestId != null)
                .Select(w => new { w.OrganisationId, w.Id }).ToListAsync(cancellationToken))
                .Select(w => (w.OrganisationId, w.Id))];
        }

        var closed = 0;
        foreach (var organisation in candidates.GroupBy(c => c.Organisation))
        {
            var (days, due) = await DueAsync(organisation.Key, cancellationToken);
            foreach (var workOrderId in due)
            {
                if (await TryCloseAsync(organisation.Key, workOrderId, days, cancellationToken))
                {
                    closed++;
                }
            }
        }

        return closed;
    }

    /// <summary>The organisation's delay, and its done work orders that waited longer than that for confirmation.</summary>
    private async Task<(int Days, List<Guid> Due)> DueAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var acting = scope.ServiceProvider.GetRequiredService<IOrganisationContext>().Use(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var days = await db.WorksSettings.AsNoTracking().Select(s => (int?)s.AutoCloseDays).FirstOrDefaultAsync(cancellationToken) ?? WorksSettings.DefaultAutoCloseDays;
        if (days < 1)
        {
            return (days, []);
        }

        var cutoff = clock.UtcNow.AddDays(-days);
        var due = await db.WorkOrders.AsNoTracking()
            .Where(w => w.Status == WorkOrderStatus.Done && w.RequestId != null && w.DoneAtUtc != null && w.DoneAtUtc <= cutoff)
            .OrderBy(w => w.DoneAtUtc).Select(w => w.Id).ToListAsync(cancellationToken);
        return (days, due);
    }

    private async Task<bool> TryCloseAsync(Guid organisationId, Guid workOrderId, int days, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(organisationId);
        var db = sp.GetRequiredService<DbContext>();
        var order = await db.WorkOrders.Include(w => w.Assignments)
            .SingleOrDefaultAsync(w => w.Id == workOrderId && w.Status == WorkOrderStatus.Done, cancellationToken);
        if (order is null)
        {
            return false;
        }

        // The timeline is written in the organisation's language: French.
        var text = sp.GetRequiredService<IStringLocalizerFactory>().Create(typeof(Text));
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = French;
        string by, why;
        try
        {
            (by, why) = (text["Automatic closing"], text["Not confirmed within {0} days", days]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        var flow = sp.GetRequiredService<WorkOrderFlow>();
        try
        {
            await flow.MoveAsync(order, WorkOrderStatus.Closed, new Actor(null, by), why, null, cancellationToken);
            await flow.SaveAsync(cancellationToken);
            LogClosed(logger, order.Number, days);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            // Confirmed, reopened or closed by another node meanwhile: nothing to do.
            return false;
        }
        catch (WorkflowException e)
        {
            LogNotClosed(logger, order.Number, e.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Work order {Number} closed automatically: not confirmed within {Days} days.")]
    private static partial void LogClosed(ILogger logger, string number, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work order {Number} could not be closed automatically: {Reason}")]
    private static partial void LogNotClosed(ILogger logger, string number, string reason);
}

/// <summary>Runs <see cref="AutoClose"/> every <c>Works:AutoClose:PollMinutes</c> minutes (hourly by default).</summary>
internal sealed partial class AutoCloseService(AutoClose autoClose, IConfiguration configuration, ILogger<AutoCloseService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Works:AutoClose:PollMinutes", 60))));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await autoClose.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCycleFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An automatic closing cycle failed.")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);
}
