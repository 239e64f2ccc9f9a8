using Cmms.Kernel.Time;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Triggers;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Preventive.Generation;

/// <summary>The work order a plan's occurrence becomes: the plan's tasks, one line per asset when it covers several.</summary>
internal static class PlanWorkOrders
{
    /// <summary>The work orders' title column (wk_work_orders.Title).</summary>
    public const int TitleLength = 150;

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

        // A work order's title is shorter than a plan's name: the whole name stays in the description.
        var title = plan.Name.Length > TitleLength ? plan.Name[..(TitleLength - 1)] + "…" : plan.Name;
        var due = TimeZoneInfo.ConvertTimeToUtc(occurrence.Due.ToDateTime(new TimeOnly(23, 59)), ParisTime.Zone);
        return new NewWorkOrder(
            plan.Type, Priority.Normal, title, description, single?.SiteId ?? plan.SiteId,
            single?.AssetModule, single?.AssetId, single?.AssetLabel, plan.Targets.Count > 1 ? $"{plan.Targets.Count} équipements" : null,
            single?.Latitude, single?.Longitude, plan.ServiceId, plan.TeamId, [], null,
            occurrence.CreateOn(plan.LeadDays), occurrence.Due, due, tasks);
    }
}
