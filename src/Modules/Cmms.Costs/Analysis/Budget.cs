using Cmms.Kernel.Domain;

namespace Cmms.Costs.Analysis;

/// <summary>The amount voted for a year on a budget line and cost centre, that the analysis sets costs against. Finance edits it.</summary>
public sealed class Budget : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public int Year { get; set; }

    public Guid BudgetLineId { get; set; }

    public required string CostCentre { get; set; }

    public decimal Amount { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
