using Cmms.Kernel.Domain;

namespace Cmms.Works.Numbering;

/// <summary>The last number given in a series (DI, OT) for an organisation and year.</summary>
public sealed class Counter : IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public required string Series { get; set; }

    public int Year { get; set; }

    public int Last { get; set; }
}
