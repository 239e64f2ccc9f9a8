using Cmms.Works.Attachments;
using Cmms.Works.Costs;
using Cmms.Works.Field;
using Cmms.Works.Notifications;
using Cmms.Works.Requests;
using Cmms.Works.Routing;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works;

/// <summary>The module's tables, as seen from the shared DbContext.</summary>
internal static class WorksData
{
    extension(DbContext db)
    {
        public DbSet<InterventionRequest> Requests => db.Set<InterventionRequest>();

        public DbSet<RequestEvent> RequestEvents => db.Set<RequestEvent>();

        public DbSet<WorkOrder> WorkOrders => db.Set<WorkOrder>();

        public DbSet<WorkOrderEvent> WorkOrderEvents => db.Set<WorkOrderEvent>();

        public DbSet<WorkOrderAssignment> Assignments => db.Set<WorkOrderAssignment>();

        public DbSet<WorkOrderTask> WorkOrderTasks => db.Set<WorkOrderTask>();

        public DbSet<TimeEntry> TimeEntries => db.Set<TimeEntry>();

        public DbSet<WorkNote> WorkNotes => db.Set<WorkNote>();

        public DbSet<PartUsage> PartUsages => db.Set<PartUsage>();

        public DbSet<ContractorInvoice> ContractorInvoices => db.Set<ContractorInvoice>();

        public DbSet<Attachment> Attachments => db.Set<Attachment>();

        public DbSet<RoutingRule> RoutingRules => db.Set<RoutingRule>();

        public DbSet<WorksSettings> WorksSettings => db.Set<WorksSettings>();

        public DbSet<Notification> Notifications => db.Set<Notification>();

        public DbSet<NotificationPreference> NotificationPreferences => db.Set<NotificationPreference>();

        public DbSet<CostEvent> CostEvents => db.Set<CostEvent>();

        public DbSet<Preventive.Plans.MaintenancePlan> Plans => db.Set<Preventive.Plans.MaintenancePlan>();

        public DbSet<Preventive.Plans.PlanTarget> PlanTargets => db.Set<Preventive.Plans.PlanTarget>();

        public DbSet<Preventive.Plans.PlanOccurrence> PlanOccurrences => db.Set<Preventive.Plans.PlanOccurrence>();

        public DbSet<Preventive.Kit.PlanKitLine> PlanKitLines => db.Set<Preventive.Kit.PlanKitLine>();

        public DbSet<Preventive.Forecast.CalendarFeed> CalendarFeeds => db.Set<Preventive.Forecast.CalendarFeed>();

        public DbSet<Preventive.Statutory.InspectionType> InspectionTypes => db.Set<Preventive.Statutory.InspectionType>();

        public DbSet<Preventive.Statutory.Inspection> Inspections => db.Set<Preventive.Statutory.Inspection>();

        public DbSet<Preventive.Statutory.InspectionReport> InspectionReports => db.Set<Preventive.Statutory.InspectionReport>();

        public DbSet<Preventive.Statutory.Observation> Observations => db.Set<Preventive.Statutory.Observation>();
    }
}
