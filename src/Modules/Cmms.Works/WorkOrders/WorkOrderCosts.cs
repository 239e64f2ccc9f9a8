using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.WorkOrders;

/// <summary>What a work order has cost so far, in euros: each line rounded to the cent, then added up.</summary>
internal sealed record WorkOrderCostSummary(decimal Labour, decimal Parts, decimal Contractor)
{
    public decimal Total => Labour + Parts + Contractor;
}

/// <summary>The one place a work order's cost is computed, for the pages and the API alike.</summary>
internal static class WorkOrderCosts
{
    public static async Task<WorkOrderCostSummary> ForAsync(DbContext db, Guid workOrderId, CancellationToken cancellationToken)
    {
        var entries = db.TimeEntries;
        var parts = db.PartUsages;
        var invoices = db.ContractorInvoices;

        // Lines are read, not summed in SQL: SQLite cannot sum decimals, and each line rounds to the cent first.
        var hours = await entries.AsNoTracking().Where(t => t.WorkOrderId == workOrderId).Select(t => new { t.Hours, t.HourlyCost }).ToListAsync(cancellationToken);
        var used = await parts.AsNoTracking().Where(p => p.WorkOrderId == workOrderId).Select(p => new { p.Quantity, p.UnitCost }).ToListAsync(cancellationToken);
        var billed = await invoices.AsNoTracking().Where(i => i.WorkOrderId == workOrderId).Select(i => i.Amount).ToListAsync(cancellationToken);
        return new WorkOrderCostSummary(
            hours.Sum(h => Cent(h.Hours * h.HourlyCost)),
            used.Sum(p => Cent(p.Quantity * p.UnitCost)),
            billed.Sum());
    }

    private static decimal Cent(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
