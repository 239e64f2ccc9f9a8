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
