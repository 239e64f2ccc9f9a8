namespace Cmms.Kernel.Costs;

/// <summary>What a cost is, as the ledger classes it (labour, parts, invoices, fuel, vehicle use, consumables).</summary>
public enum CostFactKind
{
    Labour,
    Parts,
    Contractor,
    Fuel,
    VehicleUse,
    Consumables,
}

/// <summary>
/// Where a reader of a feed stopped: the recording instant and id of the last fact it read. Facts are
/// read in (RecordedAtUtc, Id) order, so the next read starts just after it.
/// </summary>
public readonly record struct CostCursor(DateTime RecordedAtUtc, Guid Id)
{
    public static readonly CostCursor Start = new(DateTime.UnixEpoch, Guid.Empty);
}

/// <summary>
/// A cost a module recorded, with what the ledger needs to post it on its analytic axes. Amounts are in
/// euros excluding VAT, signed (a return or a reversal is negative). <see cref="SourceId"/> is unique in
/// its <see cref="Source"/> for a <see cref="Kind"/>: the ledger posts a fact once, whoever reads it again.
/// </summary>
/// <param name="Unit">"h" for hours, "km", "l", or the stock item's unit.</param>
/// <param name="AssetModule">With <paramref name="AssetId"/>, the asset the cost went to ("fleet", "buildings"…).</param>
/// <param name="HoursKind">For labour: Normal, Overtime or OnCall.</param>
/// <param name="CostCentre">For consumables issued from a store: the cost-centre code typed on the issue.</param>
/// <param name="Category">What the source knows of the cost's object that rates depend on (a vehicle's category).</param>
public sealed record CostFact(
    string Source, Guid SourceId, CostFactKind Kind, DateOnly OccurredOn, DateTime RecordedAtUtc,
    decimal Quantity, string Unit, decimal UnitCost, decimal Amount,
    Guid? ServiceId, Guid? SiteId, string? AssetModule, Guid? AssetId,
    Guid? WorkOrderId = null, string? WorkOrderNumber = null, Guid? AgentId = null, string? HoursKind = null,
    string? CostCentre = null, string? Category = null)
{
    public CostCursor Cursor => new(RecordedAtUtc, SourceId);
}

/// <summary>
/// One read of a feed: the facts, the cursor of the last record read (null when none was) and whether the read
/// was full (more may follow). A record that makes no fact (a reading that used nothing) still moves the cursor.
/// </summary>
public sealed record CostFactPage(IReadOnlyList<CostFact> Facts, CostCursor? Last, bool Full)
{
    public static CostFactPage Of(IReadOnlyList<CostFact> facts, int take) =>
        new(facts, facts.Count > 0 ? facts[^1].Cursor : null, facts.Count == take);
}

/// <summary>
/// A module's costs, read by the Costs module to post them in its ledger. Implemented by each module
/// that records costs (Works, Fleet, Stock) for its own tables; read for the organisation being acted for.
/// </summary>
public interface ICostFeed
{
    /// <summary>Stable name of the feed, stored on every ledger line it produced ("works", "fleet-fuel"…).</summary>
    string Source { get; }

    /// <summary>The facts of at most <paramref name="take"/> records recorded after <paramref name="after"/>, in (RecordedAtUtc, SourceId) order.</summary>
    Task<CostFactPage> ReadAsync(CostCursor after, int take, CancellationToken cancellationToken);
}

/// <summary>A work order that is not finished yet (not closed nor cancelled), as finance sees it when closing a month.</summary>
public sealed record OpenWorkOrder(Guid Id, string Number, string Title, string Status);

/// <summary>
/// Which work orders are still open, answered by the module that owns them (Works): closing a period with
/// such work is allowed, but finance is shown the list (more costs may come, late).
/// </summary>
public interface IOpenWorkOrders
{
    Task<IReadOnlyList<OpenWorkOrder>> OpenAmongAsync(IReadOnlyCollection<Guid> workOrderIds, CancellationToken cancellationToken);
}
