using Cmms.Works.Attachments;
using Cmms.Works.Costs;
using Cmms.Works.Field;
using Cmms.Works.Notifications;
using Cmms.Works.Numbering;
using Cmms.Works.Requests;
using Cmms.Works.Routing;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Works;

// The module's tables (wk_), their keys and the indexes its lists read by.

internal sealed class RequestConfiguration : IEntityTypeConfiguration<InterventionRequest>
{
    public void Configure(EntityTypeBuilder<InterventionRequest> builder)
    {
        builder.ToTable("wk_requests");
        builder.Property(r => r.Number).HasMaxLength(20);
        builder.Property(r => r.AssetModule).HasMaxLength(30);
        builder.Property(r => r.AssetLabel).HasMaxLength(200);
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Title).HasMaxLength(150);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.Location).HasMaxLength(200);
        builder.Property(r => r.RequesterName).HasMaxLength(200);
        builder.Property(r => r.RequesterContact).HasMaxLength(200);
        builder.Property(r => r.ExternalReference).HasMaxLength(100);
        builder.Property(r => r.LastReason).HasMaxLength(2000);
        builder.Ignore(r => r.Asset);
        builder.HasIndex(r => new { r.OrganisationId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.OrganisationId, r.ServiceId, r.Status, r.DueAtUtc });
        builder.HasIndex(r => new { r.OrganisationId, r.RequesterUserId, r.SubmittedAtUtc });
        builder.HasIndex(r => new { r.OrganisationId, r.SiteId, r.Category, r.Status });
        builder.HasIndex(r => r.WorkOrderId);
        builder.HasIndex(r => new { r.OrganisationId, r.AssetId });
    }
}

internal sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> builder)
    {
        builder.ToTable("wk_request_events");
        builder.Property(e => e.ByName).HasMaxLength(200);
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Comment).HasMaxLength(2000);
        builder.HasIndex(e => new { e.RequestId, e.AtUtc });
    }
}

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.ToTable("wk_work_orders");
        builder.Property(w => w.Number).HasMaxLength(20);
        builder.Property(w => w.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.HoldReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(w => w.Title).HasMaxLength(150);
        builder.Property(w => w.Description).HasMaxLength(4000);
        builder.Property(w => w.AssetModule).HasMaxLength(30);
        builder.Property(w => w.AssetLabel).HasMaxLength(200);
        builder.Property(w => w.Location).HasMaxLength(200);
        builder.Property(w => w.RequesterName).HasMaxLength(200);
        builder.Property(w => w.Contractor).HasMaxLength(200);
        builder.Property(w => w.Report).HasMaxLength(4000);
        builder.Ignore(w => w.Asset);
        builder.HasMany(w => w.Assignments).WithOne().HasForeignKey(a => a.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.Tasks).WithOne().HasForeignKey(t => t.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.OrganisationId, w.Number }).IsUnique();
        builder.HasIndex(w => new { w.OrganisationId, w.ServiceId, w.Status, w.DueAtUtc });
        builder.HasIndex(w => new { w.OrganisationId, w.Status, w.ClosedAtUtc });
        builder.HasIndex(w => new { w.OrganisationId, w.TeamId, w.Status });
        builder.HasIndex(w => w.RequestId);
        builder.HasIndex(w => new { w.OrganisationId, w.AssetId });
    }
}

internal sealed class WorkOrderAssignmentConfiguration : IEntityTypeConfiguration<WorkOrderAssignment>
{
    public void Configure(EntityTypeBuilder<WorkOrderAssignment> builder)
    {
        builder.ToTable("wk_assignments");
        builder.HasIndex(a => new { a.AgentId, a.WorkOrderId }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.AgentId, a.State });
    }
}

internal sealed class WorkOrderTaskConfiguration : IEntityTypeConfiguration<WorkOrderTask>
{
    public void Configure(EntityTypeBuilder<WorkOrderTask> builder)
    {
        builder.ToTable("wk_tasks");
        builder.Property(t => t.Label).HasMaxLength(300);
        builder.Property(t => t.Answer).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Comment).HasMaxLength(1000);
        builder.Property(t => t.AnsweredBy).HasMaxLength(200);
    }
}

internal sealed class WorkOrderEventConfiguration : IEntityTypeConfiguration<WorkOrderEvent>
{
    public void Configure(EntityTypeBuilder<WorkOrderEvent> builder)
    {
        builder.ToTable("wk_work_order_events");
        builder.Property(e => e.ByName).HasMaxLength(200);
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.HoldReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Comment).HasMaxLength(2000);
        builder.HasIndex(e => new { e.WorkOrderId, e.AtUtc });
    }
}

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> builder)
    {
        builder.ToTable("wk_time_entries");
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Note).HasMaxLength(500);
        builder.Property(t => t.EnteredBy).HasMaxLength(200);
        builder.Ignore(t => t.IsRunning);
        builder.Ignore(t => t.Cost);
        builder.HasIndex(t => new { t.WorkOrderId, t.WorkDate });
        builder.HasIndex(t => new { t.OrganisationId, t.AgentId, t.WorkDate });

        // Running timers (StartedAtUtc set, not stopped) are found among an agent's few timed entries, not their years of hours.
        builder.HasIndex(t => new { t.OrganisationId, t.AgentId, t.StartedAtUtc });
    }
}

internal sealed class WorkNoteConfiguration : IEntityTypeConfiguration<WorkNote>
{
    public void Configure(EntityTypeBuilder<WorkNote> builder)
    {
        builder.ToTable("wk_notes");
        builder.Property(n => n.Text).HasMaxLength(2000);
        builder.Property(n => n.ByName).HasMaxLength(200);
        builder.HasIndex(n => new { n.WorkOrderId, n.AtUtc });
    }
}

internal sealed class PartUsageConfiguration : IEntityTypeConfiguration<PartUsage>
{
    public void Configure(EntityTypeBuilder<PartUsage> builder)
    {
        builder.ToTable("wk_parts");
        builder.Property(p => p.ItemReference).HasMaxLength(50);
        builder.Property(p => p.Label).HasMaxLength(200);
        builder.Property(p => p.Unit).HasMaxLength(20);
        builder.Property(p => p.EnteredBy).HasMaxLength(200);
        builder.Ignore(p => p.Cost);
        builder.HasIndex(p => p.WorkOrderId);
        builder.HasIndex(p => p.ReturnOfPartId);
    }
}

internal sealed class ContractorInvoiceConfiguration : IEntityTypeConfiguration<ContractorInvoice>
{
    public void Configure(EntityTypeBuilder<ContractorInvoice> builder)
    {
        builder.ToTable("wk_contractor_invoices");
        builder.Property(i => i.Contractor).HasMaxLength(200);
        builder.Property(i => i.InvoiceNumber).HasMaxLength(50);
        builder.Property(i => i.EnteredBy).HasMaxLength(200);
        builder.HasIndex(i => i.WorkOrderId);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("wk_attachments");
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(50);
        builder.Property(a => a.UploadedBy).HasMaxLength(200);
        builder.HasIndex(a => a.RequestId);
        builder.HasIndex(a => a.WorkOrderId);
    }
}

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> builder)
    {
        builder.ToTable("wk_routing_rules");
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.OrganisationId, r.Category, r.SiteId }).IsUnique();
    }
}

internal sealed class WorksSettingsConfiguration : IEntityTypeConfiguration<WorksSettings>
{
    public void Configure(EntityTypeBuilder<WorksSettings> builder)
    {
        builder.ToTable("wk_settings");
        builder.HasIndex(s => s.OrganisationId).IsUnique();
    }
}

internal sealed class CounterConfiguration : IEntityTypeConfiguration<Counter>
{
    public void Configure(EntityTypeBuilder<Counter> builder)
    {
        builder.ToTable("wk_counters");
        builder.HasKey(c => new { c.OrganisationId, c.Series, c.Year });
        builder.Property(c => c.Series).HasMaxLength(4);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("wk_notifications");
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Mail).HasConversion<string>().HasMaxLength(10);
        builder.Property(n => n.Subject).HasMaxLength(20);
        builder.Property(n => n.Title).HasMaxLength(150);
        builder.Property(n => n.Detail).HasMaxLength(2000);
        builder.Property(n => n.Url).HasMaxLength(200);
        builder.Property(n => n.MailError).HasMaxLength(500);
        builder.HasIndex(n => new { n.UserId, n.CreatedAtUtc });
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc });
        builder.HasIndex(n => new { n.Mail, n.CreatedAtUtc });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("wk_notification_preferences");
        builder.Property(p => p.Mail).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.UserId).IsUnique();
    }
}

internal sealed class CostEventConfiguration : IEntityTypeConfiguration<CostEvent>
{
    public void Configure(EntityTypeBuilder<CostEvent> builder)
    {
        builder.ToTable("wk_cost_events");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AssetModule).HasMaxLength(30);
        builder.Property(c => c.HoursKind).HasMaxLength(20);
        builder.HasIndex(c => new { c.OrganisationId, c.RecordedAtUtc });
        builder.HasIndex(c => new { c.WorkOrderId });
        builder.HasIndex(c => new { c.OrganisationId, c.AssetId });
    }
}
