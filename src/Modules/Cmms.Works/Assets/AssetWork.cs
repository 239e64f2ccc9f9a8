using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Works.Costs;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Assets;

/// <summary>Works' side of every asset page: the asset's requests, work orders and costs, and work orders opened by other modules.</summary>
internal sealed class AssetWork(
    DbContext db, WorkOrderFlow flow, IDirectory directory, ICurrentUser user, IWriteGate gate, IStringLocalizer<Text> text) : IAssetWork
{
    public async Task<AssetWorkHistory> HistoryAsync(AssetRef asset, int take, CancellationToken cancellationToken)
    {
        var (module, id) = (asset.Module, asset.Id);
        var (requests, orders, costs) = (db.Requests, db.WorkOrders, db.CostEvents);
        var openRequests = RequestWorkflow.OpenStatuses;
        var requestLines = (await requests.AsNoTracking()
                .Where(r => r.AssetId == id && r.AssetModule == module)
                .OrderByDescending(r => r.SubmittedAtUtc).Take(take)
                .Select(r => new { r.Id, r.Number, r.Title, r.Status, r.SubmittedAtUtc })
                .ToListAsync(cancellationToken))
            .Select(r => new AssetRequestLine(r.Id, r.Number, r.Title, text["RequestStatus." + r.Status], openRequests.Contains(r.Status), r.SubmittedAtUtc, WorksUrls.Request(r.Id)))
            .ToList();

        var orderRows = await orders.AsNoTracking()
            .Where(w => w.AssetId == id && w.AssetModule == module)
            .OrderByDescending(w => w.CreatedAtUtc).Take(take)
            .Select(w => new OrderRow(w.Id, w.Number, w.Title, w.Type, w.Status, w.CreatedAtUtc, w.DoneAtUtc))
            .ToListAsync(cancellationToken);

        var totals = await costs.AsNoTracking()
            .Where(c => c.AssetId == id && c.AssetModule == module)
            .GroupBy(c => c.Kind)
            .Select(g => new { Kind = g.Key, Amount = g.Sum(c => c.Amount), Quantity = g.Sum(c => c.Quantity) })
            .ToListAsync(cancellationToken);
        decimal Amount(CostKind kind) => totals.Where(t => t.Kind == kind).Sum(t => t.Amount);

        return new AssetWorkHistory(
            requestLines,
            await LinesAsync(orderRows, cancellationToken),
            new AssetCosts(totals.Where(t => t.Kind == CostKind.Labour).Sum(t => t.Quantity), Amount(CostKind.Labour), Amount(CostKind.Parts), Amount(CostKind.Contractor)),
            $"/requests/new?asset={Uri.EscapeDataString(asset.ToString())}",
            $"/work-orders?asset={Uri.EscapeDataString(asset.ToString())}&status=all");
    }

    public async Task<IReadOnlyList<AssetWorkOrderLine>> WorkOrdersAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var orders = db.WorkOrders;
        var wanted = ids.Distinct().ToList();
        var rows = await orders.AsNoTracking().Where(w => wanted.Contains(w.Id))
            .Select(w => new OrderRow(w.Id, w.Number, w.Title, w.Type, w.Status, w.CreatedAtUtc, w.DoneAtUtc))
            .ToListAsync(cancellationToken);
        return await LinesAsync(rows, cancellationToken);
    }

    public async Task<CreatedWorkOrder> OpenWorkOrderAsync(WorkOrderDraft draft, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            throw new InvalidOperationException("A work order is opened for the organisation the user acts for.");
        }

        if (string.IsNullOrWhiteSpace(draft.Title) || draft.Title.Length > 200)
        {
            throw new ArgumentException(text["Give the work order a title of at most 200 characters."], nameof(draft));
        }

        var sites = await directory.SitesAsync(cancellationToken);
        var services = await directory.ServicesAsync(cancellationToken);
        if (sites.All(s => s.Id != draft.SiteId))
        {
            throw new ArgumentException(text["Choose a site from the list."], nameof(draft));
        }

        if (services.All(s => s.Id != draft.ServiceId))
        {
            throw new ArgumentException(text["Choose one of your services."], nameof(draft));
        }

        var due = TimeZoneInfo.ConvertTimeToUtc(draft.PlannedStart.AddDays(7).ToDateTime(new TimeOnly(23, 59)), ParisTime.Zone);
        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await flow.CreateAsync(
            new NewWorkOrder(WorkOrderType.Corrective, Priority.Normal, draft.Title, draft.Description, draft.SiteId,
                draft.Asset.Module, draft.Asset.Id, null, null, null, null, draft.ServiceId, null,
                draft.AgentId is { } agent ? [agent] : [], null, draft.PlannedStart, null, due, []),
            Actor.Of(user), organisationId, null, user.UserId, user.DisplayName, cancellationToken);
        await flow.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreatedWorkOrder(order.Id, order.Number, WorksUrls.WorkOrder(order.Id));
    }

    private async Task<List<AssetWorkOrderLine>> LinesAsync(List<OrderRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var costs = db.CostEvents;
        var amounts = ids.Count == 0
            ? []
            : await costs.AsNoTracking().Where(c => ids.Contains(c.WorkOrderId))
                .GroupBy(c => c.WorkOrderId).Select(g => new { Id = g.Key, Amount = g.Sum(c => c.Amount) })
                .ToDictionaryAsync(g => g.Id, g => g.Amount, cancellationToken);
        return [.. rows.Select(r => new AssetWorkOrderLine(
            r.Id, r.Number, r.Title, text["WorkOrderType." + r.Type], text["WorkOrderStatus." + r.Status], WorkOrderWorkflow.IsOpen(r.Status),
            r.CreatedAtUtc, r.DoneAtUtc, amounts.GetValueOrDefault(r.Id), WorksUrls.WorkOrder(r.Id)))];
    }

    private sealed record OrderRow(Guid Id, string Number, string Title, WorkOrderType Type, WorkOrderStatus Status, DateTime CreatedAtUtc, DateTime? DoneAtUtc);
}
