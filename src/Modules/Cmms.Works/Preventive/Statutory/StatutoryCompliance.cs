using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Preventive.Statutory;

/// <summary>
/// What each asset must have inspected (the statutory plans and the assets they cover), when it was last
/// inspected, when it is due, and its observations still open.
/// </summary>
internal static class StatutoryCompliance
{
    public static async Task<List<ComplianceLine>> LinesAsync(DbContext db, DateOnly today, Guid? site, CancellationToken cancellationToken)
    {
        var (plans, types, inspections, observations) = (db.Plans, db.InspectionTypes, db.Inspections, db.Observations);
        var targets = db.PlanTargets;
        var required = await plans.AsNoTracking()
            .Where(p => p.Active && p.Type == WorkOrderType.Statutory && p.InspectionTypeId != null)
            .Join(targets.AsNoTracking(), p => p.Id, t => t.PlanId,
                (p, t) => new { Type = p.InspectionTypeId!.Value, p.Start, p.SiteId, t.AssetModule, t.AssetId, t.AssetLabel, TargetSite = t.SiteId })
            .ToListAsync(cancellationToken);
        var catalogue = await types.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        // The latest inspection of each kind on each asset (a few thousand rows: grouped here, not in SQL).
        var latest = (await inspections.AsNoTracking().Select(i => new { i.Id, i.InspectionTypeId, i.AssetId, i.InspectedOn }).ToListAsync(cancellationToken))
            .GroupBy(i => (i.InspectionTypeId, i.AssetId)).ToDictionary(g => g.Key, g => g.MaxBy(i => i.InspectedOn)!);
        var open = (await observations.AsNoTracking().Where(o => o.LiftedOn == null)
                .Join(inspections.AsNoTracking(), o => o.InspectionId, i => i.Id, (o, i) => new { i.InspectionTypeId, i.AssetId })
                .ToListAsync(cancellationToken))
            .GroupBy(x => (x.InspectionTypeId, x.AssetId)).ToDictionary(g => g.Key, g => g.Count());

        var lines = new List<ComplianceLine>();
        foreach (var r in required.DistinctBy(r => (r.Type, r.AssetId)))
        {
            if (!catalogue.TryGetValue(r.Type, out var type) || !type.Active)
            {
                continue;
            }

            var siteId = r.TargetSite ?? r.SiteId;
            if (site is { } only && siteId != only)
            {
                continue;
            }

            var done = latest.TryGetValue((r.Type, r.AssetId), out var d) ? d.InspectedOn : (DateOnly?)null;
            var (due, state) = ComplianceRule.Of(done, type.PeriodMonths, r.Start, today);
            lines.Add(new ComplianceLine(type.Id, type.Name, r.AssetModule, r.AssetId, r.AssetLabel, siteId, done, due, state,
                open.GetValueOrDefault((r.Type, r.AssetId)), d?.Id));
        }

        return [.. lines.OrderBy(l => l.State).ThenBy(l => l.Due)];
    }
}
