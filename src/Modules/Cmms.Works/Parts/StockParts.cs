using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Data;
using Cmms.Kernel.Parts;
using Cmms.Kernel.Time;
using Cmms.Works.Costs;
using Cmms.Works.Field;
using Cmms.Works.WorkOrders;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Parts;

/// <summary>Parts taken from a store for the work order.</summary>
public sealed class StockIssueForm
{
    [Required, Display(Name = "Store")]
    public Guid? StoreId { get; set; }

    [Required, Display(Name = "Item")]
    public Guid? ItemId { get; set; }

    [Required, StringLength(15), Display(Name = "Quantity taken")]
    public string? Quantity { get; set; }
}

public sealed class StockReturnForm
{
    [Required, StringLength(15), Display(Name = "Quantity brought back")]
    public string? Quantity { get; set; }
}

/// <summary>A part issued from a store that can still (partly) go back.</summary>
public sealed record ReturnablePart(Guid PartId, string Label, string? Reference, string Unit, decimal Left, decimal UnitCost);

/// <summary>
/// The store side of a work order's parts, as its pages show it: the stores to draw from, the items found
/// in the one chosen (with what is available), the work order's reservations and what can go back.
/// </summary>
public sealed record StockPartsPanel(
    string PageUrl, IReadOnlyList<PartsStore> Stores, Guid? StoreId, string? Query, IReadOnlyList<PartsItem> Items,
    IReadOnlyList<PartsReservation> Reservations, IReadOnlyList<ReturnablePart> Returnable, bool CanIssue, bool CanReserve);

/// <summary>
/// Parts from the stock module for a work order, when one is registered (without it, parts are typed by
/// hand). The part the work order keeps, its cost event and the stock movement are written in one
/// transaction — this one, which the stock joins — so nothing is half-written: a refusal of the store
/// (not that much available, an item being counted) leaves nothing behind.
/// </summary>
internal sealed class StockParts(DbContext db, IWriteGate gate, IClock clock, IServiceProvider services)
{
    private const int ItemsShown = 20;

    public IPartsStock? Stock { get; } = services.GetService<IPartsStock>();

    public async Task<StockPartsPanel?> PanelAsync(WorkOrder order, string pageUrl, Guid? storeId, string? query, bool canIssue, bool canReserve, CancellationToken cancellationToken)
    {
        if (Stock is null)
        {
            return null;
        }

        var stores = await Stock.StoresAsync(cancellationToken);
        var store = storeId is { } chosen && stores.Any(s => s.Id == chosen) ? chosen : (Guid?)null;
        var items = store is { } id && (canIssue || canReserve) ? await Stock.SearchAsync(id, query, ItemsShown, cancellationToken) : [];
        return new StockPartsPanel(
            pageUrl, stores, store, query, items, await Stock.ReservationsAsync(order.Id, cancellationToken),
            canIssue ? await ReturnableAsync(order.Id, cancellationToken) : [], canIssue, canReserve);
    }

    /// <summary>Issues the parts at the store's CUMP and records them on the work order with their cost event.</summary>
    public async Task<(PartUsage? Part, PartsRefusal? Refusal)> IssueAsync(WorkOrder order, Guid storeId, Guid itemId, decimal quantity, Actor by, CancellationToken cancellationToken)
    {
        var stock = Stock ?? throw new InvalidOperationException("No stock module is registered.");
        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await stock.IssueAsync(new PartsIssue(storeId, itemId, quantity, order.Id, order.Number, new PartsActor(by.UserId, by.Name)), cancellationToken);
        if (result.Line is not { } line)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (null, result.Refusal);
        }

        var part = Record(order, line, by, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (part, null);
    }

    /// <summary>Brings (part of) an issued part back to its store at the cost it left at: a negative part and a negative cost event.</summary>
    public async Task<(PartUsage? Part, PartsRefusal? Refusal)> ReturnAsync(WorkOrder order, Guid partId, decimal quantity, Actor by, CancellationToken cancellationToken)
    {
        var stock = Stock ?? throw new InvalidOperationException("No stock module is registered.");
        var parts = db.PartUsages;
        var issued = await parts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partId && p.WorkOrderId == order.Id && p.Quantity > 0 && p.StockMovementId != null, cancellationToken);
        if (issued is null)
        {
            return (null, null);
        }

        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await stock.ReturnAsync(issued.StockMovementId!.Value, quantity, new PartsActor(by.UserId, by.Name), cancellationToken);
        if (result.Line is not { } line)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (null, result.Refusal);
        }

        var part = Record(order, line, by, partId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (part, null);
    }

    public Task<PartsReserved> ReserveAsync(WorkOrder order, Guid storeId, Guid itemId, decimal quantity, Actor by, CancellationToken cancellationToken) =>
        (Stock ?? throw new InvalidOperationException("No stock module is registered."))
            .ReserveAsync(storeId, itemId, quantity, order.Id, order.Number, new PartsActor(by.UserId, by.Name), cancellationToken);

    /// <summary>The quantity typed, or one message over the store's panel (its forms are one line each, with no room for more).</summary>
    public static decimal? ReadQuantity(ModelStateDictionary modelState, string? typed, IStringLocalizer<Text> text)
    {
        var quantity = TypedNumber.Read(typed);
        var fieldErrors = modelState.Where(kv => kv.Key.Length > 0 && kv.Value!.Errors.Count > 0).Select(kv => kv.Key).ToList();
        fieldErrors.ForEach(key => modelState.Remove(key));
        if (quantity is null or <= 0)
        {
            modelState.AddModelError("Stock", text["The quantity must be a number more than 0."]);
        }
        else if (fieldErrors.Count > 0)
        {
            modelState.AddModelError("Stock", text["Choose an item of the store."]);
        }

        return quantity;
    }

    private PartUsage Record(WorkOrder order, PartsLine line, Actor by, Guid? returnOf)
    {
        var now = clock.UtcNow;
        var part = new PartUsage
        {
            OrganisationId = order.OrganisationId, WorkOrderId = order.Id, ItemReference = line.Reference, Label = line.Label, Quantity = line.Quantity,
            Unit = line.Unit, UnitCost = line.UnitCost, StockAmount = line.Amount, StockMovementId = line.MovementId, ReturnOfPartId = returnOf,
            UsedOn = ParisTime.Today(clock), EnteredBy = by.Name, EnteredAtUtc = now,
        };
        db.PartUsages.Add(part);
        db.CostEvents.Add(CostEvents.ForPart(part, order, now));
        return part;
    }

    private async Task<List<ReturnablePart>> ReturnableAsync(Guid workOrderId, CancellationToken cancellationToken)
    {
        var parts = db.PartUsages;
        var lines = await parts.AsNoTracking().Where(p => p.WorkOrderId == workOrderId && p.StockMovementId != null)
            .Select(p => new { p.Id, p.Label, p.ItemReference, p.Unit, p.Quantity, p.UnitCost, p.ReturnOfPartId }).ToListAsync(cancellationToken);
        return [.. lines.Where(p => p.Quantity > 0)
            .Select(p => new ReturnablePart(p.Id, p.Label, p.ItemReference, p.Unit, p.Quantity + lines.Where(r => r.ReturnOfPartId == p.Id).Sum(r => r.Quantity), p.UnitCost))
            .Where(p => p.Left > 0)];
    }
}
