using Cmms.Kernel.Domain;

namespace Cmms.Costs.Accounts;

/// <summary>The two axes of the M57 chart of accounts: the nature of a spend (60622 carburants) and its function (823 espaces verts urbains).</summary>
public enum ChartAxis
{
    Nature,
    Function,
}

/// <summary>
/// One code of the organisation's M57 chart of accounts (référentiel M57), as finance imports it from its
/// software or types it. A budget line may only use codes that are here.
/// </summary>
public sealed class ChartEntry : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public ChartAxis Axis { get; set; }

    /// <summary>Digits only ("615221", "0202"): M57 codes are compared as text, leading zeros kept.</summary>
    public required string Code { get; set; }

    public required string Label { get; set; }
}
