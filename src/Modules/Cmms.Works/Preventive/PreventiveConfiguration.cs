using Cmms.Works.Preventive.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Works.Preventive;

internal sealed class MaintenancePlanConfiguration : IEntityTypeConfiguration<MaintenancePlan>
{
    public void Configure(EntityTypeBuilder<MaintenancePlan> builder)
    {
        builder.ToTable("wk_plans");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Trade).HasMaxLength(100);
        builder.Property(p => p.Tasks).HasMaxLength(4000);
        builder.Property(p => p.Kit).HasMaxLength(2000);
        builder.Property(p => p.CalendarUnit).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.MeterKind).HasMaxLength(30);
        builder.Property(p => p.Windows).HasMaxLength(200);
        builder.Ignore(p => p.Schedule);
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PlanId);
        builder.HasMany(p => p.KitLines).WithOne().HasForeignKey(k => k.PlanId);
        // The daily run reads the plans falling due, and those on a meter, in id order.
        builder.HasIndex(p => new { p.OrganisationId, p.Active, p.NextCreateOn });
        builder.HasIndex(p => new { p.OrganisationId, p.MeterKind });
        builder.HasIndex(p => new { p.OrganisationId, p.ServiceId, p.TeamId });
        builder.HasIndex(p => p.OpenWorkOrderId);
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.ToTable("wk_plan_targets");
        builder.Property(t => t.AssetModule).HasMaxLength(30);
        builder.Property(t => t.AssetLabel).HasMaxLength(200);
        builder.HasIndex(t => new { t.OrganisationId, t.AssetId });
    }
}

internal sealed class PlanKitLineConfiguration : IEntityTypeConfiguration<Kit.PlanKitLine>
{
    public void Configure(EntityTypeBuilder<Kit.PlanKitLine> builder)
    {
        builder.ToTable("wk_plan_kit_lines");
        builder.Property(k => k.Reference).HasMaxLength(50);
        builder.Property(k => k.Label).HasMaxLength(200);
        builder.Property(k => k.Unit).HasMaxLength(20);
        builder.HasIndex(k => new { k.OrganisationId, k.PlanId });
    }
}

internal sealed class PlanOccurrenceConfiguration : IEntityTypeConfiguration<PlanOccurrence>
{
    public void Configure(EntityTypeBuilder<PlanOccurrence> builder)
    {
        builder.ToTable("wk_plan_occurrences");
        builder.Property(o => o.Because).HasConversion<string>().HasMaxLength(10);

        // Exactly once per plan and due date, whatever runs the generation.
        builder.HasIndex(o => new { o.PlanId, o.DueOn }).IsUnique();
        builder.HasIndex(o => o.WorkOrderId).IsUnique();
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<Forecast.CalendarFeed>
{
    public void Configure(EntityTypeBuilder<Forecast.CalendarFeed> builder)
    {
        builder.ToTable("wk_calendar_feeds");
        builder.Property(f => f.Token).HasMaxLength(64);
        builder.HasIndex(f => f.Token).IsUnique();
        builder.HasIndex(f => new { f.OrganisationId, f.TeamId }).IsUnique();
    }
}

internal sealed class InspectionTypeConfiguration : IEntityTypeConfiguration<Statutory.InspectionType>
{
    public void Configure(EntityTypeBuilder<Statutory.InspectionType> builder)
    {
        builder.ToTable("wk_inspection_types");
        builder.Property(t => t.Code).HasMaxLength(20);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Regulation).HasMaxLength(300);
        builder.Property(t => t.Category).HasMaxLength(50);
        builder.HasIndex(t => new { t.OrganisationId, t.Code }).IsUnique();
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Statutory.Inspection>
{
    public void Configure(EntityTypeBuilder<Statutory.Inspection> builder)
    {
        builder.ToTable("wk_inspections");
        builder.Property(i => i.AssetModule).HasMaxLength(30);
        builder.Property(i => i.AssetLabel).HasMaxLength(200);
        builder.Property(i => i.Body).HasMaxLength(200);
        builder.Property(i => i.ReportFileName).HasMaxLength(200);
        builder.Property(i => i.RecordedBy).HasMaxLength(200);
        builder.HasMany(i => i.Observations).WithOne().HasForeignKey(o => o.InspectionId);
        builder.HasIndex(i => new { i.OrganisationId, i.InspectionTypeId, i.AssetId, i.InspectedOn });
    }
}

internal sealed class InspectionReportConfiguration : IEntityTypeConfiguration<Statutory.InspectionReport>
{
    public void Configure(EntityTypeBuilder<Statutory.InspectionReport> builder)
    {
        builder.ToTable("wk_inspection_reports");
        builder.HasIndex(r => r.InspectionId).IsUnique();
    }
}

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Statutory.Observation>
{
    public void Configure(EntityTypeBuilder<Statutory.Observation> builder)
    {
        builder.ToTable("wk_observations");
        builder.Property(o => o.Text).HasMaxLength(1000);
        builder.Property(o => o.LiftedBy).HasMaxLength(200);
        builder.Ignore(o => o.Open);
        builder.HasIndex(o => new { o.OrganisationId, o.LiftedOn });
    }
}
