namespace Cmms.Kernel.Parts;

/// <summary>A store a work order may draw parts from.</summary>
public sealed record PartsStore(Guid Id, string Code, string Name);

/// <summary>
/// An item as a store holds it: what is on the shelf, what is left once the reservations of other work
/// are set aside, its unit (quantities are always in it) and its weighted average unit cost (CUMP).
/// </summary>
public sealed record PartsItem(
    Guid StoreId, Guid ItemId, string Reference, string Label, string Unit, decimal OnHand, decimal Reserved, decimal Available, decimal UnitCost);

/// <summary>Who takes the parts, as the stock ledger records it.</summary>
public sealed record PartsActor(Guid? UserId, string Name);

/// <summary>Parts to take from a store for a work order.</summary>
public sealed record PartsIssue(Guid StoreId, Guid ItemId, decimal Quantity, Guid WorkOrderId, string WorkOrderNumber, PartsActor By);

/// <summary>
/// A line of the stock ledger that moved parts for a work order: the movement's id (what the work
/// order keeps to trace it), the item, the quantity (negative for a return), the unit cost it went out
/// (or came back) at and the amount, rounded to the cent.
/// </summary>
public sealed record PartsLine(
    Guid MovementId, Guid StoreId, string StoreName, Guid ItemId, string Reference, string Label, string Unit,
    decimal Quantity, decimal UnitCost, decimal Amount, DateTime PostedAtUtc);

/// <summary>
/// Why the store said no. <see cref="Message"/> is already in the reader's language; when the quantity
/// was the problem, <see cref="Available"/> says how much could have been taken, in <see cref="Unit"/>.
/// </summary>
public sealed record PartsRefusal(string Message, decimal? Available = null, string? Unit = null);

/// <summary>Either the line written, or the refusal; never both.</summary>
public sealed record PartsResult(PartsLine? Line, PartsRefusal? Refusal)
{
    public bool Succeeded => Line is not null;

    public static PartsResult Done(PartsLine line) => new(line, null);

    public static PartsResult Refused(PartsRefusal refusal) => new(null, refusal);
}

/// <summary>Parts set aside in a store for a planned work order.</summary>
public sealed record PartsReservation(
    Guid Id, Guid StoreId, string StoreName, Guid ItemId, string Reference, string Label, string Unit,
    decimal Quantity, decimal Issued, decimal Remaining, bool Open);

/// <summary>The reservation made (with <see cref="Shortfall"/> beyond what was available), or the refusal.</summary>
public sealed record PartsReserved(PartsReservation? Reservation, decimal Shortfall, PartsRefusal? Refusal)
{
    public bool Succeeded => Reservation is not null;
}

/// <summary>
/// What a work order may ask of the stock module, when one is registered (Works asks for it as an
/// optional service and falls back to parts typed by hand without it).
/// <para>
/// Transactions: when the caller has a transaction open on the request's DbContext, the stock writes
/// join it, so that the part the work order records and its cost are written with the stock movement
/// or not at all; the caller then took its turn at <c>IWriteGate</c> before opening it (whoever opens the
/// transaction takes the turn). Without one, the stock opens its own.
/// </para>
/// </summary>
public interface IPartsStock
{
    /// <summary>The organisation's active stores, in the order people pick from.</summary>
    Task<IReadOnlyList<PartsStore>> StoresAsync(CancellationToken cancellationToken);

    /// <summary>Items of a store whose reference or label contains <paramref name="text"/> (all when empty), at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<PartsItem>> SearchAsync(Guid storeId, string? text, int take, CancellationToken cancellationToken);

    /// <summary>Takes parts out at the current CUMP; consumes the work order's reservation of them first. Refused beyond what is available.</summary>
    Task<PartsResult> IssueAsync(PartsIssue issue, CancellationToken cancellationToken);

    /// <summary>Brings back (part of) an issue, at the unit cost it went out at. The line's quantity is negative.</summary>
    Task<PartsResult> ReturnAsync(Guid issueMovementId, decimal quantity, PartsActor by, CancellationToken cancellationToken);

    /// <summary>Sets parts aside for a planned work order (more than is on the shelf may be reserved: the shortfall shows in the reorder list).</summary>
    Task<PartsReserved> ReserveAsync(Guid storeId, Guid itemId, decimal quantity, Guid workOrderId, string workOrderNumber, PartsActor by, CancellationToken cancellationToken);

    /// <summary>Frees whatever is still reserved for the work order (cancelled or closed). Does nothing when nothing is.</summary>
    Task ReleaseReservationsAsync(Guid workOrderId, CancellationToken cancellationToken);

    /// <summary>The work order's reservations, open ones first.</summary>
    Task<IReadOnlyList<PartsReservation>> ReservationsAsync(Guid workOrderId, CancellationToken cancellationToken);
}
