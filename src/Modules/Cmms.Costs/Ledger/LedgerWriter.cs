using Cmms.Costs.Accounts;
using Cmms.Costs.Periods;
using Cmms.Costs.Rates;
using Cmms.Kernel.Costs;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Ledger;

/// <summary>
/// Appends lines inside the caller's transaction: finds each line's period (its month, or the next open one
/// when that month is closed, the line then marked late), opens the periods it needs, bumps the version of
/// every period it writes into and adds the lines to the period totals. Nothing is written before <see cref="SaveAsync"/>.
/// </summary>
internal sealed class LedgerWriter(DbContext db, Guid organisationId, DateTime nowUtc)
{
    private readonly Dictionary<int, Period> periods = [];
    private readonly List<CostLine> added = [];
    private HashSet<int>? closed;

    public IReadOnlyList<CostLine> Added => added;

    /// <summary>The facts whose (source, id, kind) has no line yet.</summary>
    public async Task<List<CostFact>> NotPostedAsync(IReadOnlyList<CostFact> facts, CancellationToken cancellationToken)
    {
        var lines = db.CostLines;
        var fresh = new List<CostFact>(facts.Count);
        foreach (var group in facts.GroupBy(f => f.Source))
        {
            var source = group.Key;
            var ids = group.Select(f => f.SourceId).Distinct().ToList();
            var posted = (await lines.AsNoTracking().Where(l => l.Source == source && ids.Contains(l.SourceId)).Select(l => new { l.SourceId, l.Kind }).ToListAsync(cancellationToken))
                .Select(l => (l.SourceId, l.Kind)).ToHashSet();
            fresh.AddRange(group.Where(f => !posted.Contains((f.SourceId, f.Kind))).DistinctBy(f => (f.SourceId, f.Kind)));
        }

        return fresh;
    }

    /// <summary>A fact as a line, valued and allocated.</summary>
    public async Task<CostLine> AddAsync(CostFact fact, Valued valued, Allocated allocated, BudgetLine? budgetLine, CancellationToken cancellationToken)
    {
        var (period, late) = await TargetAsync(fact.OccurredOn, cancellationToken);
        var line = new CostLine
        {
            OrganisationId = organisationId, PeriodId = period.Id, PeriodKey = period.Key, Late = late,
            Source = fact.Source, SourceId = fact.SourceId, Kind = fact.Kind, OccurredOn = fact.OccurredOn, PostedAtUtc = nowUtc,
            Quantity = fact.Quantity, Unit = fact.Unit, UnitCost = valued.UnitCost, Amount = valued.Amount,
            ServiceId = fact.ServiceId, CostCentre = allocated.CostCentre, SiteId = fact.SiteId, AssetModule = fact.AssetModule, AssetId = fact.AssetId,
            WorkOrderId = fact.WorkOrderId, WorkOrderNumber = fact.WorkOrderNumber, AgentId = fact.AgentId, HoursKind = fact.HoursKind,
        };
        Charge(line, budgetLine);
        Append(line, period);
        return line;
    }

    /// <summary>Sets the line's budget line and the section, nature and function it carries.</summary>
    public static void Charge(CostLine line, BudgetLine? budgetLine)
    {
        line.BudgetLineId = budgetLine?.Id;
        line.Section = budgetLine is null ? BudgetSectionCode.None : budgetLine.Section == BudgetSection.Investment ? BudgetSectionCode.Investment : BudgetSectionCode.Operating;
        line.Nature = budgetLine?.Nature;
        line.Function = budgetLine?.Function;
    }

    /// <summary>Adds a line already made (a correction's) in the period its date or the next open month gives.</summary>
    public async Task AddLineAsync(CostLine line, DateOnly periodDay, CancellationToken cancellationToken)
    {
        var (period, late) = await TargetAsync(periodDay, cancellationToken);
        line.PeriodId = period.Id;
        line.PeriodKey = period.Key;
        line.Late = line.Late || late;
        line.PostedAtUtc = nowUtc;
        Append(line, period);
    }

    private void Append(CostLine line, Period period)
    {
        added.Add(line);
        period.LineCount++;
        db.Add(line);
    }

    /// <summary>The open period a date posts into, opened when it does not exist yet.</summary>
    public async Task<(Period Period, bool Late)> TargetAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var all = db.Periods;
        closed ??= (await all.AsNoTracking().Where(p => p.Status == PeriodStatus.Closed).Select(p => (p.Year * 100) + p.Month).ToListAsync(cancellationToken)).ToHashSet();
        var (year, month, late) = PeriodRules.Target(day, closed);
        var key = PeriodRules.KeyOf(year, month);
        if (!periods.TryGetValue(key, out var period))
        {
            period = await all.SingleOrDefaultAsync(p => p.Year == year && p.Month == month, cancellationToken);
            if (period is null)
            {
                period = new Period { OrganisationId = organisationId, Year = year, Month = month, Status = PeriodStatus.Open, OpenedAtUtc = nowUtc };
                all.Add(period);
            }
            else if (period.Status == PeriodStatus.Closed)
            {
                // Closed by someone since this transaction read the list: start again with the new list.
                throw new DbUpdateException($"Period {key} was closed while posting.");
            }

            periods[key] = period;
        }

        return (period, late);
    }

    /// <summary>Adds the new lines to their periods' totals and saves everything (the periods' versions are checked).</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (added.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var totals = db.CostTotals;
        var periodIds = added.Select(l => l.PeriodId).Distinct().ToList();
        var existing = (await totals.Where(t => periodIds.Contains(t.PeriodId)).ToListAsync(cancellationToken))
            .ToDictionary(Totals.KeyOf);
        foreach (var group in added.GroupBy(Totals.KeyOf))
        {
            if (!existing.TryGetValue(group.Key, out var total))
            {
                var first = group.First();
                total = new CostTotal
                {
                    OrganisationId = organisationId, PeriodId = first.PeriodId, PeriodKey = first.PeriodKey, ServiceId = first.ServiceId,
                    BudgetLineId = first.BudgetLineId, CostCentre = first.CostCentre, SiteId = first.SiteId, AssetModule = first.AssetModule,
                    AssetId = first.AssetId, Kind = first.Kind,
                };
                totals.Add(total);
                existing[group.Key] = total;
            }

            total.Amount += group.Sum(l => l.Amount);
            total.Lines += group.Count();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The key of a period total, and its rebuild from the lines.</summary>
internal static class Totals
{
    public static (Guid, Guid?, Guid?, string, Guid?, string?, Guid?, CostFactKind) KeyOf(CostLine l) =>
        (l.PeriodId, l.ServiceId, l.BudgetLineId, l.CostCentre, l.SiteId, l.AssetModule, l.AssetId, l.Kind);

    public static (Guid, Guid?, Guid?, string, Guid?, string?, Guid?, CostFactKind) KeyOf(CostTotal t) =>
        (t.PeriodId, t.ServiceId, t.BudgetLineId, t.CostCentre, t.SiteId, t.AssetModule, t.AssetId, t.Kind);

    /// <summary>Recomputes a period's totals from its lines (after a bulk load of lines, which writes none).</summary>
    public static async Task RebuildAsync(DbContext db, Guid organisationId, Guid periodId, CancellationToken cancellationToken)
    {
        var (totals, lines) = (db.CostTotals, db.CostLines);
        await totals.Where(t => t.PeriodId == periodId).ExecuteDeleteAsync(cancellationToken);
        var rows = await lines.AsNoTracking().Where(l => l.PeriodId == periodId)
            .GroupBy(l => new { l.PeriodKey, l.ServiceId, l.BudgetLineId, l.CostCentre, l.SiteId, l.AssetModule, l.AssetId, l.Kind })
            .Select(g => new { g.Key, Amount = g.Sum(l => l.Amount), Lines = g.Count() })
            .ToListAsync(cancellationToken);
        await Kernel.Data.BulkInsert.InsertAsync(db, rows.Select(r => new CostTotal
        {
            OrganisationId = organisationId, PeriodId = periodId, PeriodKey = r.Key.PeriodKey, ServiceId = r.Key.ServiceId, BudgetLineId = r.Key.BudgetLineId,
            CostCentre = r.Key.CostCentre, SiteId = r.Key.SiteId, AssetModule = r.Key.AssetModule, AssetId = r.Key.AssetId, Kind = r.Key.Kind,
            Amount = r.Amount, Lines = r.Lines,
        }).ToList(), cancellationToken);
    }
}
