using Cmms.Kernel.Domain;

namespace Cmms.Stock.Reservations;

public enum ReservationState
{
    Open,
    Fulfilled,
    Released,
}

/// <summary>
/// Parts set aside in a store for a planned work order. Issues for that work order consume it first;
/// cancelling or closing the work order releases what is left. The store's balance carries the total
/// reserved, changed in the same transaction.
/// </summary>
public sealed class Reservation : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid StoreId { get; set; }

    public Guid ItemId { get; set; }

    public Guid WorkOrderId { get; set; }

    public required string WorkOrderNumber { get; set; }

    public decimal Quantity { get; set; }

    public decimal Issued { get; set; }

    public ReservationState State { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public decimal Remaining => State == ReservationState.Open ? Quantity - Issued : 0;
}
