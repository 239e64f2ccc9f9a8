using Cmms.Costs.Accounts;
using Cmms.Costs.Analysis;
using Cmms.Costs.CrossCharging;
using Cmms.Costs.Exports;
using Cmms.Costs.Ledger;
using Cmms.Costs.Periods;
using Cmms.Costs.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Costs;

internal sealed class ChartEntryConfiguration : IEntityTypeConfiguration<ChartEntry>
{
    public void Configure(EntityTypeBuilder<ChartEntry> builder)
    {
        builder.ToTable("co_chart_entries");
        builder.Property(c => c.Axis).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Code).HasMaxLength(10);
        builder.Property(c => c.Label).HasMaxLength(200);
        builder.HasIndex(c => new { c.OrganisationId, c.Axis, c.Code }).IsUnique();
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("co_budget_lines");
        builder.Property(b => b.Code).HasMaxLength(40);
        builder.Property(b => b.Label).HasMaxLength(200);
        builder.Property(b => b.Section).HasConversion<string>().HasMaxLength(12);
        builder.Property(b => b.Chapter).HasMaxLength(10);
        builder.Property(b => b.Nature).HasMaxLength(10);
        builder.Property(b => b.Function).HasMaxLength(10);
        builder.HasIndex(b => new { b.OrganisationId, b.Code }).IsUnique();
    }
}

internal sealed class AllocationRuleConfiguration : IEntityTypeConfiguration<AllocationRule>
{
    public void Configure(EntityTypeBuilder<AllocationRule> builder)
    {
        builder.ToTable("co_allocation_rules");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AssetModule).HasMaxLength(30);
        builder.Property(r => r.SourceCostCentre).HasMaxLength(50);
        builder.Property(r => r.CostCentre).HasMaxLength(50);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.OrganisationId, r.BudgetLineId });
    }
}

internal sealed class CostLineConfiguration : IEntityTypeConfiguration<CostLine>
{
    public void Configure(EntityTypeBuilder<CostLine> builder)
    {
        builder.ToTable("co_lines");
        builder.Property(l => l.Source).HasMaxLength(20);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Unit).HasMaxLength(20);
        builder.Property(l => l.CostCentre).HasMaxLength(50);
        builder.Property(l => l.Section).HasConversion<string>().HasMaxLength(12);
        builder.Property(l => l.Nature).HasMaxLength(10);
        builder.Property(l => l.Function).HasMaxLength(10);
        builder.Property(l => l.AssetModule).HasMaxLength(30);
        builder.Property(l => l.WorkOrderNumber).HasMaxLength(20);
        builder.Property(l => l.HoursKind).HasMaxLength(20);
        builder.Property(l => l.Note).HasMaxLength(500);

        // A fact is posted once, whichever node or re-run reads it again: the insert of a second copy fails.
        builder.HasIndex(l => new { l.OrganisationId, l.Source, l.SourceId, l.Kind }).IsUnique();

        // A period's lines in id order (keyset paging of the API, the detail of an export) and its aggregation.
        builder.HasIndex(l => new { l.OrganisationId, l.PeriodKey, l.Id });
        builder.HasIndex(l => new { l.OrganisationId, l.PeriodKey, l.Section, l.Nature, l.Function, l.CostCentre });

        // Labour for HR (agent, day, kind of hours), a work order's lines, a line's corrections.
        builder.HasIndex(l => new { l.OrganisationId, l.PeriodKey, l.Kind, l.AgentId });
        builder.HasIndex(l => new { l.OrganisationId, l.WorkOrderId });
        builder.HasIndex(l => new { l.OrganisationId, l.CorrectionOfId });

        // A line is reversed once: two corrections of the same line made at the same moment cannot both pass.
        builder.HasIndex(l => new { l.OrganisationId, l.ReversalOfId }).IsUnique();
    }
}

internal sealed class CostTotalConfiguration : IEntityTypeConfiguration<CostTotal>
{
    public void Configure(EntityTypeBuilder<CostTotal> builder)
    {
        builder.ToTable("co_totals");
        builder.Property(t => t.CostCentre).HasMaxLength(50);
        builder.Property(t => t.AssetModule).HasMaxLength(30);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.OrganisationId, t.PeriodKey });
        builder.HasIndex(t => new { t.OrganisationId, t.PeriodId });
    }
}

internal sealed class PostingCursorConfiguration : IEntityTypeConfiguration<PostingCursor>
{
    public void Configure(EntityTypeBuilder<PostingCursor> builder)
    {
        builder.ToTable("co_posting_cursors");
        builder.Property(c => c.Source).HasMaxLength(20);
        builder.HasIndex(c => new { c.OrganisationId, c.Source }).IsUnique();
    }
}

internal sealed class PeriodConfiguration : IEntityTypeConfiguration<Period>
{
    public void Configure(EntityTypeBuilder<Period> builder)
    {
        builder.ToTable("co_periods");
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.ClosedBy).HasMaxLength(200);
        builder.Ignore(p => p.Key);
        builder.Ignore(p => p.Start);
        builder.Ignore(p => p.End);
        builder.HasIndex(p => new { p.OrganisationId, p.Year, p.Month }).IsUnique();
    }
}

internal sealed class LabourRateConfiguration : IEntityTypeConfiguration<LabourRate>
{
    public void Configure(EntityTypeBuilder<LabourRate> builder)
    {
        builder.ToTable("co_labour_rates");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.OrganisationId, r.Kind, r.EffectiveFrom }).IsUnique();
    }
}

internal sealed class VehicleRateConfiguration : IEntityTypeConfiguration<VehicleRate>
{
    public void Configure(EntityTypeBuilder<VehicleRate> builder)
    {
        builder.ToTable("co_vehicle_rates");
        builder.Property(r => r.Category).HasMaxLength(30);
        builder.Property(r => r.Unit).HasMaxLength(5);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.OrganisationId, r.Category, r.Unit, r.EffectiveFrom }).IsUnique();
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("co_agreements");
        builder.Property(a => a.ProviderName).HasMaxLength(200);
        builder.Property(a => a.BeneficiaryName).HasMaxLength(200);
        builder.Property(a => a.ServiceName).HasMaxLength(200);
        builder.Property(a => a.UpdatedBy).HasMaxLength(200);
        builder.HasIndex(a => new { a.OrganisationId, a.BeneficiaryOrganisationId, a.ServiceId, a.EffectiveFrom }).IsUnique();
    }
}

internal sealed class ReceivedAgreementConfiguration : IEntityTypeConfiguration<ReceivedAgreement>
{
    public void Configure(EntityTypeBuilder<ReceivedAgreement> builder)
    {
        builder.ToTable("co_received_agreements");
        builder.HasIndex(r => new { r.OrganisationId, r.AgreementId }).IsUnique();
    }
}

internal sealed class ChargeRateConfiguration : IEntityTypeConfiguration<ChargeRate>
{
    public void Configure(EntityTypeBuilder<ChargeRate> builder)
    {
        builder.ToTable("co_charge_rates");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);

        // The rates of an agreement, read by both organisations' statements; one rate per kind and start date.
        builder.HasIndex(r => new { r.OrganisationId, r.AgreementId, r.Kind, r.EffectiveFrom }).IsUnique();
    }
}

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.ToTable("co_budgets");
        builder.Property(b => b.CostCentre).HasMaxLength(50);
        builder.HasIndex(b => new { b.OrganisationId, b.Year, b.BudgetLineId, b.CostCentre }).IsUnique();
    }
}

internal sealed class ExportBatchConfiguration : IEntityTypeConfiguration<ExportBatch>
{
    public void Configure(EntityTypeBuilder<ExportBatch> builder)
    {
        builder.ToTable("co_export_batches");
        builder.Property(b => b.ProducedBy).HasMaxLength(200);
        builder.Ignore(b => b.Number);
        builder.HasMany(b => b.Files).WithOne().HasForeignKey(f => f.BatchId);

        // One batch per closed period, numbered without gaps per year: a second export of a period cannot be made.
        builder.HasIndex(b => new { b.OrganisationId, b.PeriodId }).IsUnique();
        builder.HasIndex(b => new { b.OrganisationId, b.Year, b.Sequence }).IsUnique();
    }
}

internal sealed class ExportFileConfiguration : IEntityTypeConfiguration<ExportFile>
{
    public void Configure(EntityTypeBuilder<ExportFile> builder)
    {
        builder.ToTable("co_export_files");
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
    }
}
