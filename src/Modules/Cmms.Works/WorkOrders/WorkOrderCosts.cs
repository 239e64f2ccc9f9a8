using Cmms.Directory.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.WorkOrders;

/// <summary>The labour of one agent on a work order: hours and what they cost.</summary>
public sealed record LabourCost(Guid AgentId, string Agent, decimal Hours, decimal Amount);

/// <summary>What a work order has cost so far: labour per agent, parts, contractor invoices and the total.</summary>
public sealed record WorkOrderCostSummary(IReadOnlyList<LabourCost> Labour, decimal LabourTotal, decimal Parts, decimal Contractors)
{
    public decimal Total => LabourTotal + Parts + Contractors;
}

/// <summary>
/// The one place the costs of a work order are computed (pages, field pages and the API read it):
/// hours × the hourly cost recorded with them, parts × their unit cost, contractor invoices excluding VAT.
/// </summary>
internal static class WorkOrderCosts
{
    public static async Task<WorkOrderCostSummary> ForAsync(DbContext db, IDirectory directory, Guid workOrderId, CancellationToken cancellationToken)
    {
        var hours = await db.TimeEntries.AsNoTracking().Where(t => t.WorkOrderId == workOrderId)
            .Select(t => new { t.AgentId, t.Hours, t.HourlyCost })
            .ToListAsync(cancellationToken);
        var parts = await db.PartUsages.AsNoTracking().Where(p => p.WorkOrderId == workOrderId)
            .Select(p => new { p.Quantity, p.UnitCost, p.StockAmount }).ToListAsync(cancellationToken);
        var invoices = await db.ContractorInvoices.AsNoTracking().Where(i => i.WorkOrderId == workOrderId)
            .Select(i => i.Amount).ToListAsync(cancellationToken);

        var names = hours.Count == 0
            ? new Dictionary<Guid, string>()
            : (await directory.AgentsAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.FullName);
        var labour = hours.GroupBy(h => h.AgentId)
            .Select(g => new LabourCost(g.Key, names.GetValueOrDefault(g.Key, "?"), g.Sum(h => h.Hours), g.Sum(h => Round(h.Hours * h.HourlyCost))))
            .OrderBy(l => l.Agent, StringComparer.CurrentCulture)
            .ToList();
        return new WorkOrderCostSummary(labour, labour.Sum(l => l.Amount), parts.Sum(p => p.StockAmount ?? Round(p.Quantity * p.UnitCost)), invoices.Sum());
    }

    private static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
