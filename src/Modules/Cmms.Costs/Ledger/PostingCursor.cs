using Cmms.Kernel.Domain;

namespace Cmms.Costs.Ledger;

/// <summary>How far the ledger has read a feed for an organisation (the last record read).</summary>
public sealed class PostingCursor : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public required string Source { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public Guid LastId { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
