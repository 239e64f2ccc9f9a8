using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Data;
using Cmms.Kernel.Parts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Works.Preventive.Kit;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Triggers;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cmms.Works.Preventive.Generation;

/// <summary>What one run did, for the jobs page and the logs.</summary>
public sealed record GenerationResult(int PlansRead, int WorkOrdersCreated, int AlreadyThere);

/// <summary>
/// Turns the plans' due dates into work orders, exactly once per plan and due date. Each batch of plans is
/// one transaction (the work orders, their occurrence rows and the plans' new state together), so a crash
/// half-way leaves the batch undone and the next run does it. The unique (plan, due date) index makes a
/// second node that raced this one fail its insert; its batch is then retried, skipping what exists.
/// </summary>
public sealed partial class PlanGeneration(IServiceScopeFactory scopes, IClock clock, ILogger<PlanGeneration> logger)
{
    internal const int BatchSize = 250;
    internal const string ActorName = "Plan de maintenance";

    public async Task<GenerationResult> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OrganisationInfo> organisations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            organisations = await scope.ServiceProvider.GetRequiredService<IOrganisationList>().AllAsync(cancellationToken);
        }

        var total = new GenerationResult(0, 0, 0);
        foreach (var organisation in organisations)
        {
            var result = await RunAsync(organisation.Id, cancellationToken);
            total = new GenerationResult(total.PlansRead + result.PlansRead, total.WorkOrdersCreated + result.WorkOrdersCreated, total.AlreadyThere + result.AlreadyThere);
        }

        LogRun(logger, total.PlansRead, total.WorkOrdersCreated, total.AlreadyThere);
        return total;
    }

    public async Task<GenerationResult> RunAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        var (read, created, there) = (0, 0, 0);
        var after = Guid.Empty;
        while (true)
        {
            List<Guid> batch;
            await using (var scope = scopes.CreateAsyncScope())
            {
                using var acting = scope.ServiceProvider.GetRequiredService<IOrganisationContext>().Use(organisationId);
                var plans = scope.ServiceProvider.GetRequiredService<DbContext>().Plans;
                batch = await plans.AsNoTracking()
                    .Where(p => p.Active && p.Id.CompareTo(after) > 0 && ((p.NextCreateOn != null && p.NextCreateOn <= today) || p.MeterKind != null))
                    .OrderBy(p => p.Id).Select(p => p.Id).Take(BatchSize).ToListAsync(cancellationToken);
            }

            if (batch.Count == 0)
            {
                return new GenerationResult(read, created, there);
            }

            read += batch.Count;
            after = batch[^1];
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var (c, t) = await GenerateBatchAsync(organisationId, batch, today, cancellationToken);
                    created += c;
                    there += t;
                    break;
                }
                catch (DbUpdateException ex) when (attempt < 3)
                {
                    // Another node created some of these occurrences first: redo the batch, skipping them.
                    LogRetry(logger, ex.InnerException?.Message ?? ex.Message);
                }
            }
        }
    }

    private async Task<(int Created, int AlreadyThere)> GenerateBatchAsync(Guid organisationId, List<Guid> ids, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(organisationId);
        var db = sp.GetRequiredService<DbContext>();
        var flow = sp.GetRequiredService<WorkOrderFlow>();
        var (plans, occurrences) = (db.Plans, db.PlanOccurrences);

        using var turn = await sp.GetRequiredService<IWriteGate>().EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await plans.Include(p => p.Targets).Include(p => p.KitLines).AsSplitQuery().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var readings = await ReadingsAsync(sp, batch, cancellationToken);
        var existing = (await occurrences.AsNoTracking().Where(o => ids.Contains(o.PlanId) && o.DueOn >= today.AddYears(-1))
            .Select(o => new { o.PlanId, o.DueOn }).ToListAsync(cancellationToken)).Select(o => (o.PlanId, o.DueOn)).ToHashSet();

        var (created, there) = (0, 0);
        var kits = new List<(WorkOrder Order, List<PlanKitLine> Kit)>();
        foreach (var plan in batch)
        {
            var reading = plan.Targets.Count == 1 && plan.MeterKind is { } kind
                ? readings.GetValueOrDefault((plan.Targets[0].AssetModule, plan.Targets[0].AssetId, kind))
                : null;
            foreach (var occurrence in PlanEngine.DueToday(plan.Schedule, plan.StateWith(reading, null), today))
            {
                if (existing.Contains((plan.Id, occurrence.Due)))
                {
                    there++;
                }
                else
                {
                    var order = await flow.CreateAsync(PlanWorkOrders.For(plan, occurrence), new Actor(null, ActorName), organisationId, null, null, null, cancellationToken);
                    db.PlanOccurrences.Add(new PlanOccurrence
                    {
                        OrganisationId = organisationId, PlanId = plan.Id, DueOn = occurrence.Due, Because = occurrence.Because,
                        WorkOrderId = order.Id, CreatedAtUtc = clock.UtcNow,
                    });
                    created++;
                    if (plan.KitLines.Count > 0)
                    {
                        kits.Add((order, plan.KitLines));
                    }

                    if (plan.Schedule.OneAtATime)
                    {
                        plan.OpenWorkOrderId = order.Id;
                    }
                }

                plan.LastGeneratedDue = plan.LastGeneratedDue is { } last && last > occurrence.Due ? last : occurrence.Due;
            }

            plan.Reschedule(today);
        }

        await db.SaveChangesAsync(cancellationToken);

        // The kits are reserved once the work orders exist, in the same transaction: all of it, or none.
        var stock = kits.Count > 0 ? sp.GetService<IPartsStock>() : null;
        foreach (var (order, kit) in kits)
        {
            var notes = await KitReservation.ReserveAsync(stock, order, kit, ActorName, cancellationToken);
            if (notes.Count > 0)
            {
                var described = (order.Description + "\n" + string.Join("\n", notes)).Trim();
                order.Description = described.Length > 4000 ? described[..4000] : described;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (created, there);
    }

    private static async Task<Dictionary<(string, Guid, string), decimal?>> ReadingsAsync(IServiceProvider sp, List<MaintenancePlan> plans, CancellationToken cancellationToken)
    {
        var onMeters = plans.Where(p => p.MeterKind is not null && p.Targets.Count == 1).ToList();
        var meters = sp.GetServices<IAssetMeters>();
        if (onMeters.Count == 0)
        {
            return [];
        }

        var states = await meters.LatestAsync([.. onMeters.Select(p => new AssetRef(p.Targets[0].AssetModule, p.Targets[0].AssetId)).Distinct()], cancellationToken);
        return states.GroupBy(s => (s.Asset.Module, s.Asset.Id, s.Kind)).ToDictionary(g => g.Key, g => g.Max(s => s.Value));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Preventive generation read {Plans} plans, created {Created} work orders, found {There} already created")]
    private static partial void LogRun(ILogger logger, int plans, int created, int there);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Preventive generation met occurrences another node created meanwhile; retrying the batch: {Reason}")]
    private static partial void LogRetry(ILogger logger, string reason);
}
