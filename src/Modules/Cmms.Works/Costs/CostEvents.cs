using Cmms.Works.Field;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Costs;

/// <summary>The cost event each kind of work record reports, with the work order's analytic axes.</summary>
internal static class CostEvents
{
    public static CostEvent ForHours(TimeEntry hours, WorkOrder order, DateTime nowUtc) =>
        For(order, CostKind.Labour, hours.Id, hours.WorkDate, hours.Hours, hours.HourlyCost, hours.Cost, nowUtc, hours.AgentId, hours.Kind.ToString());

    public static CostEvent ForPart(PartUsage part, WorkOrder order, DateTime nowUtc) =>
        For(order, CostKind.Parts, part.Id, part.UsedOn, part.Quantity, part.UnitCost, part.Cost, nowUtc);

    public static CostEvent ForInvoice(ContractorInvoice invoice, WorkOrder order, DateTime nowUtc) =>
        For(order, CostKind.Contractor, invoice.Id, invoice.InvoiceDate, 1, invoice.Amount, invoice.Amount, nowUtc);

    private static CostEvent For(
        WorkOrder order, CostKind kind, Guid sourceId, DateOnly on, decimal quantity, decimal unitCost, decimal amount, DateTime nowUtc,
        Guid? agentId = null, string? hoursKind = null) => new()
    {
        OrganisationId = order.OrganisationId, Kind = kind, SourceId = sourceId, WorkOrderId = order.Id, ServiceId = order.ServiceId,
        SiteId = order.SiteId, AssetModule = order.AssetModule, AssetId = order.AssetId, AgentId = agentId, HoursKind = hoursKind,
        OccurredOn = on, Quantity = quantity, UnitCost = unitCost, Amount = amount, RecordedAtUtc = nowUtc,
    };
}
