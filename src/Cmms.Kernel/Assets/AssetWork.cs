namespace Cmms.Kernel.Assets;

/// <summary>
/// What Works knows of an asset, for every asset page: its requests, its work orders and what they cost.
/// Works answers; asset modules show it (the host's <c>_AssetWork</c> partial) without reading Works' tables.
/// </summary>
public interface IAssetWork
{
    /// <summary>The latest <paramref name="take"/> requests and work orders of the asset, and its costs to date.</summary>
    Task<AssetWorkHistory> HistoryAsync(AssetRef asset, int take, CancellationToken cancellationToken);

    /// <summary>
    /// Opens a work order on an asset for a module's own flow (the fleet workshop's intake), numbered and
    /// routed like any other; <paramref name="draft"/> is checked and refused with <see cref="ArgumentException"/>.
    /// </summary>
    Task<CreatedWorkOrder> OpenWorkOrderAsync(WorkOrderDraft draft, CancellationToken cancellationToken);

    /// <summary>The state of work orders opened earlier (the workshop shows whether its job is done).</summary>
    Task<IReadOnlyList<AssetWorkOrderLine>> WorkOrdersAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

/// <param name="NewRequestUrl">The portal's form with the asset already chosen.</param>
/// <param name="WorkOrdersUrl">The managers' work order list filtered on the asset.</param>
public sealed record AssetWorkHistory(
    IReadOnlyList<AssetRequestLine> Requests,
    IReadOnlyList<AssetWorkOrderLine> WorkOrders,
    AssetCosts Costs,
    string NewRequestUrl,
    string WorkOrdersUrl);

/// <param name="Status">In the user's language.</param>
public sealed record AssetRequestLine(Guid Id, string Number, string Title, string Status, bool Open, DateTime SubmittedAtUtc, string Url);

/// <param name="Status">In the user's language.</param>
public sealed record AssetWorkOrderLine(
    Guid Id, string Number, string Title, string Type, string Status, bool Open, DateTime CreatedAtUtc, DateTime? DoneAtUtc, decimal Cost, string Url);

/// <summary>Everything booked on the asset's work orders, to date.</summary>
public sealed record AssetCosts(decimal Hours, decimal Labour, decimal Parts, decimal Contractor)
{
    public decimal Total => Labour + Parts + Contractor;
}

/// <summary>A work order another module opens on one of its assets; it lands planned, in the service's queue.</summary>
public sealed record WorkOrderDraft(
    AssetRef Asset,
    Guid SiteId,
    Guid ServiceId,
    string Title,
    string Description,
    DateOnly PlannedStart,
    Guid? AgentId = null);

public sealed record CreatedWorkOrder(Guid Id, string Number, string Url);
