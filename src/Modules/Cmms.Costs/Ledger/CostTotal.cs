using Cmms.Kernel.Costs;
using Cmms.Kernel.Domain;

namespace Cmms.Costs.Ledger;

/// <summary>
/// The ledger summed per period and axis (service, budget line, cost centre, site, asset, kind), kept as
/// lines are posted, in the same transaction: the analysis page reads these few rows instead of millions
/// of lines. Rebuilt from the lines when in doubt (<see cref="Totals.RebuildAsync"/>).
/// </summary>
public sealed class CostTotal : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid PeriodId { get; set; }

    public int PeriodKey { get; set; }

    public Guid? ServiceId { get; set; }

    public Guid? BudgetLineId { get; set; }

    public required string CostCentre { get; set; }

    public Guid? SiteId { get; set; }

    public string? AssetModule { get; set; }

    public Guid? AssetId { get; set; }

    public CostFactKind Kind { get; set; }

    public decimal Amount { get; set; }

    public int Lines { get; set; }
}
