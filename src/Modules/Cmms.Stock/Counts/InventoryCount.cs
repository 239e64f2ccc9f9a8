using Cmms.Kernel.Domain;

namespace Cmms.Stock.Counts;

public enum CountStatus
{
    Open,
    Validated,
    Cancelled,
}

/// <summary>
/// An inventory count of a store, or of a zone of it (the locations starting with a prefix). While it
/// is open its items cannot be issued from that store; validating posts the differences as movements.
/// </summary>
public sealed class InventoryCount : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>INV-2026-000003.</summary>
    public required string Number { get; set; }

    public Guid StoreId { get; set; }

    /// <summary>Location prefix counted; null for the whole store.</summary>
    public string? Zone { get; set; }

    public CountStatus Status { get; set; }

    public DateTime OpenedAtUtc { get; set; }

    public required string OpenedBy { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public string? ClosedBy { get; set; }

    public List<CountLine> Lines { get; set; } = [];

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>
/// One item to count. The counter never sees the book quantity; when they enter what they found, the
/// book quantity of that moment is kept beside it, so receipts put away later do not make a false variance.
/// </summary>
public sealed class CountLine : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid CountId { get; set; }

    public Guid ItemId { get; set; }

    public string? Location { get; set; }

    public decimal? Counted { get; set; }

    /// <summary>On hand when the count was entered.</summary>
    public decimal? BookAtCount { get; set; }

    public string? CountedBy { get; set; }

    public DateTime? CountedAtUtc { get; set; }

    public decimal? Variance => Counted is { } counted && BookAtCount is { } book ? counted - book : null;
}
