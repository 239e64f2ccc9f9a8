using Cmms.Kernel.Assets;
using Cmms.Kernel.Time;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Preventive.Plans;

/// <summary>
/// A plan's work order that is done (or cancelled) moves the plan on: a floating calendar counts from the
/// day it was done, a meter from the reading that day, and the next work order may be created.
/// </summary>
internal static class PlanProgress
{
    public static async Task OnWorkOrderMovedAsync(DbContext db, WorkOrder order, WorkOrderStatus to, IClock clock, IEnumerable<IAssetMeters> meters, CancellationToken cancellationToken)
    {
        if (order.Type is not (WorkOrderType.Preventive or WorkOrderType.Statutory) || to is not (WorkOrderStatus.Done or WorkOrderStatus.Closed or WorkOrderStatus.Cancelled))
        {
            return;
        }

        var occurrences = db.PlanOccurrences;
        var planId = await occurrences.Where(o => o.WorkOrderId == order.Id).Select(o => (Guid?)o.PlanId).FirstOrDefaultAsync(cancellationToken);
        var plans = db.Plans;
        var plan = planId is null ? null : await plans.Include(p => p.Targets).FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return;
        }

        var today = ParisTime.Today(clock);
        if (to == WorkOrderStatus.Done || (to == WorkOrderStatus.Closed && plan.LastCompletedOn is null))
        {
            plan.LastCompletedOn = today;
            if (plan.MeterKind is { } kind && plan.Targets.Count == 1)
            {
                var target = plan.Targets[0];
                var state = (await meters.MetersAsync(new AssetRef(target.AssetModule, target.AssetId), cancellationToken)).FirstOrDefault(m => m.Kind == kind);
                plan.ReadingAtLastCompletion = state?.Value ?? plan.ReadingAtLastCompletion;
            }
        }

        if (plan.OpenWorkOrderId == order.Id)
        {
            plan.OpenWorkOrderId = null;
        }

        plan.Reschedule(today);
    }
}
