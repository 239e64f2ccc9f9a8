using Cmms.Kernel.Costs;

namespace Cmms.Costs.Accounts;

/// <summary>A budget line and cost centre for a cost, or none when no rule matched (the line waits to be classified).</summary>
public sealed record Allocated(Guid? BudgetLineId, string CostCentre);

/// <summary>
/// Picks the rule for a cost: a rule matches when each criterion it names equals the cost's; among those
/// that match, the one naming the most criteria wins, then the oldest. Without a match the cost still posts,
/// with no budget line, charged to its store cost centre or its service's code, and shows as "to classify".
/// </summary>
public static class Allocation
{
    public static Allocated For(IReadOnlyList<AllocationRule> rules, CostFact fact, string? serviceCode)
    {
        AllocationRule? best = null;
        var bestScore = -1;
        foreach (var rule in rules)
        {
            if ((rule.ServiceId is { } s && s != fact.ServiceId)
                || (rule.Kind is { } k && k != fact.Kind)
                || (rule.AssetModule is { } m && !string.Equals(m, fact.AssetModule, StringComparison.Ordinal))
                || (rule.SourceCostCentre is { } c && !string.Equals(c, fact.CostCentre, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var score = (rule.ServiceId is null ? 0 : 1) + (rule.Kind is null ? 0 : 1) + (rule.AssetModule is null ? 0 : 1) + (rule.SourceCostCentre is null ? 0 : 2);
            if (score > bestScore || (score == bestScore && best is not null && rule.CreatedAtUtc < best.CreatedAtUtc))
            {
                (best, bestScore) = (rule, score);
            }
        }

        var centre = best?.CostCentre ?? fact.CostCentre ?? serviceCode ?? "NON-AFFECTE";
        return new Allocated(best?.BudgetLineId, centre.ToUpperInvariant());
    }
}
