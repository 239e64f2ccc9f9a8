using System.Linq.Expressions;
using Cmms.Kernel.Domain;

namespace Cmms.Works.Field;

public enum HoursKind
{
    Normal,
    Overtime,
    OnCall,
}

/// <summary>
/// Hours an agent spent on a work order on one day. The hourly cost is the agent's rate on that day,
/// read when the hours are entered: a rate never changes for a day already started, so it holds.
/// </summary>
public sealed class TimeEntry : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid WorkOrderId { get; set; }

    public Guid AgentId { get; set; }

    public DateOnly WorkDate { get; set; }

    public decimal Hours { get; set; }

    public HoursKind Kind { get; set; }

    public decimal HourlyCost { get; set; }

    /// <summary>Set while a timer runs (started from the phone); the hours are computed when it stops.</summary>
    public DateTime? StartedAtUtc { get; set; }

    public DateTime? StoppedAtUtc { get; set; }

    public string? Note { get; set; }

    public Guid? EnteredByUserId { get; set; }

    public required string EnteredBy { get; set; }

    public DateTime EnteredAtUtc { get; set; }

    /// <summary>What <see cref="IsRunning"/> says, in a form the database filters on.</summary>
    public static readonly Expression<Func<TimeEntry, bool>> RunningTimers = t => t.StartedAtUtc != null && t.StoppedAtUtc == null;

    public bool IsRunning => StartedAtUtc is not null && StoppedAtUtc is null;

    public decimal Cost => decimal.Round(Hours * HourlyCost, 2, MidpointRounding.AwayFromZero);
}

/// <summary>A note an agent or manager writes on a work order.</summary>
public sealed class WorkNote : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid WorkOrderId { get; set; }

    public required string Text { get; set; }

    public Guid? ByUserId { get; set; }

    public required string ByName { get; set; }

    public DateTime AtUtc { get; set; }
}

/// <summary>
/// A part used on a work order. The stock module values parts issued from a store; until then, or
/// for a part bought on the spot, the unit cost is what was entered.
/// </summary>
public sealed class PartUsage : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid WorkOrderId { get; set; }

    public string? ItemReference { get; set; }

    public required string Label { get; set; }

    public decimal Quantity { get; set; }

    public required string Unit { get; set; }

    public decimal UnitCost { get; set; }

    public DateOnly UsedOn { get; set; }

    public required string EnteredBy { get; set; }

    public DateTime EnteredAtUtc { get; set; }

    /// <summary>The stock movement that issued (or took back) the part, when it came from a store.</summary>
    public Guid? StockMovementId { get; set; }

    /// <summary>The amount the stock ledger valued the line at (the last units out of a store take its last cents).</summary>
    public decimal? StockAmount { get; set; }

    /// <summary>For a return to the store (a negative quantity): the part issued that it brings back.</summary>
    public Guid? ReturnOfPartId { get; set; }

    public decimal Cost => StockAmount ?? decimal.Round(Quantity * UnitCost, 2, MidpointRounding.AwayFromZero);
}

/// <summary>A contractor's invoice for work done on a work order.</summary>
public sealed class ContractorInvoice : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid WorkOrderId { get; set; }

    public required string Contractor { get; set; }

    public required string InvoiceNumber { get; set; }

    public DateOnly InvoiceDate { get; set; }

    /// <summary>Amount excluding VAT, in euros (what the budget line is charged with the recoverable VAT aside).</summary>
    public decimal Amount { get; set; }

    public required string EnteredBy { get; set; }

    public DateTime EnteredAtUtc { get; set; }
}
