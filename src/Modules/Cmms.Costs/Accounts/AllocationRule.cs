using Cmms.Kernel.Costs;
using Cmms.Kernel.Domain;

namespace Cmms.Costs.Accounts;

/// <summary>
/// How a cost finds its budget line and cost centre, as finance sets it: the rule that matches the most of
/// service, kind of cost, asset module and store cost-centre code wins (a rule naming only a service is that
/// service's default). See <see cref="Allocation"/>.
/// </summary>
public sealed class AllocationRule : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid? ServiceId { get; set; }

    public CostFactKind? Kind { get; set; }

    public string? AssetModule { get; set; }

    /// <summary>The cost-centre code a store issue was charged to (consumables), matched exactly.</summary>
    public string? SourceCostCentre { get; set; }

    public Guid BudgetLineId { get; set; }

    /// <summary>The cost centre the line is charged to; null keeps the store's code or, failing it, the service's code.</summary>
    public string? CostCentre { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }
}
