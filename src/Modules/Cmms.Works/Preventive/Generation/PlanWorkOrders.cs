using Cmms.Kernel.Time;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Triggers;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Preventive.Generation;

/// <summary>The work order a plan's occurrence becomes: the plan's tasks, one line per asset when it covers several.</summary>
internal static class PlanWorkOrders
{
    public static NewWorkOrder For(MaintenancePlan plan, Occurrence occurrence)
    {
        var single = plan.Targets.Count == 1 ? plan.Targets[0] : null;
        var tasks = plan.TaskLines().ToList();
        if (plan.Targets.Count > 1)
        {
            tasks.AddRange(plan.Targets.OrderBy(t => t.AssetLabel, StringComparer.CurrentCulture).Select(t => t.AssetLabel));
        }

        var description = occurrence.Because == DueBecause.Meter
            ? $"{plan.Name} — {plan.MeterKind} ({plan.MeterEvery:0.##})"
            : plan.Name;
        if (!string.IsNullOrWhiteSpace(plan.Kit))
        {
            description += "\n" + plan.Kit.Trim();
        }

        var due = TimeZoneInfo.ConvertTimeToUtc(occurrence.Due.ToDateTime(new TimeOnly(23, 59)), ParisTime.Zone);
        return new NewWorkOrder(
            plan.Type, Priority.Normal, plan.Name, description, single?.SiteId ?? plan.SiteId,
            single?.AssetModule, single?.AssetId, single?.AssetLabel, plan.Targets.Count > 1 ? $"{plan.Targets.Count} équipements" : null,
            single?.Latitude, single?.Longitude, plan.ServiceId, plan.TeamId, [], null,
            occurrence.CreateOn(plan.LeadDays), occurrence.Due, due, tasks);
    }
}
