using Cmms.Kernel.Domain;

namespace Cmms.Costs.Accounts;

/// <summary>Operating (fonctionnement) or investment (investissement) section of the budget.</summary>
public enum BudgetSection
{
    Operating,
    Investment,
}

/// <summary>
/// A budget line (imputation budgétaire) costs are charged to: section, chapter, M57 nature and function.
/// Its nature and function must be codes of the organisation's chart of accounts.
/// </summary>
public sealed class BudgetLine : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>How finance names it, e.g. "011-60622-511": unique in the organisation.</summary>
    public required string Code { get; set; }

    public required string Label { get; set; }

    public BudgetSection Section { get; set; }

    /// <summary>The budget chapter ("011" charges à caractère général, "012" personnel, "21" immobilisations…).</summary>
    public required string Chapter { get; set; }

    public required string Nature { get; set; }

    public required string Function { get; set; }

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
