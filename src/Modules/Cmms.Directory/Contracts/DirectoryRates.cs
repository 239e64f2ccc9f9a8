namespace Cmms.Directory.Contracts;

/// <summary>The rate rule other modules value hours with, so that they never disagree with the Directory's.</summary>
public static class DirectoryRates
{
    /// <summary>The hourly cost of an agent on a day, or null when no rate had started yet.</summary>
    public static decimal? HourlyCostOn(IEnumerable<AgentRateInfo> rates, Guid agentId, DateOnly day) =>
        Agents.RateRules.RateAt(rates.Where(r => r.AgentId == agentId), r => r.EffectiveFrom, day)?.HourlyCost;
}
