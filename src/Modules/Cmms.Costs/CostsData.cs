using Cmms.Costs.Accounts;
using Cmms.Costs.Analysis;
using Cmms.Costs.CrossCharging;
using Cmms.Costs.Exports;
using Cmms.Costs.Ledger;
using Cmms.Costs.Periods;
using Cmms.Costs.Rates;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs;

/// <summary>The module's tables, as seen from the shared DbContext (take them into locals before using them in a query).</summary>
internal static class CostsData
{
    extension(DbContext db)
    {
        public DbSet<ChartEntry> ChartEntries => db.Set<ChartEntry>();

        public DbSet<BudgetLine> BudgetLines => db.Set<BudgetLine>();

        public DbSet<AllocationRule> AllocationRules => db.Set<AllocationRule>();

        public DbSet<CostLine> CostLines => db.Set<CostLine>();

        public DbSet<CostTotal> CostTotals => db.Set<CostTotal>();

        public DbSet<PostingCursor> PostingCursors => db.Set<PostingCursor>();

        public DbSet<Period> Periods => db.Set<Period>();

        public DbSet<LabourRate> LabourRates => db.Set<LabourRate>();

        public DbSet<VehicleRate> VehicleRates => db.Set<VehicleRate>();

        public DbSet<Agreement> Agreements => db.Set<Agreement>();

        public DbSet<ReceivedAgreement> ReceivedAgreements => db.Set<ReceivedAgreement>();

        public DbSet<ChargeRate> ChargeRates => db.Set<ChargeRate>();

        public DbSet<Budget> Budgets => db.Set<Budget>();

        public DbSet<ExportBatch> ExportBatches => db.Set<ExportBatch>();

        public DbSet<ExportFile> ExportFiles => db.Set<ExportFile>();
    }
}
