using Cmms.Kernel.Time;

namespace Cmms.Directory.Agents;

/// <summary>
/// What may be done with an agent's hourly rates. The rule that matters: nothing done to rates may
/// change the cost of a day that has already started, so past costs stay what they were.
/// </summary>
public static class RateRules
{
    public const decimal MaxHourlyCost = 500m;

    /// <summary>The rate in force on <paramref name="date"/>: the latest one that started on or before it.</summary>
    public static TRate? RateAt<TRate>(IEnumerable<TRate> rates, Func<TRate, DateOnly> effectiveFrom, DateOnly date)
        where TRate : class =>
        InForce.On(rates, effectiveFrom, date);

    /// <summary>Why a new rate cannot be added, or null when it can (English resource key).</summary>
    public static string? RefusalToAdd(IReadOnlyCollection<DateOnly> existingStarts, DateOnly effectiveFrom, decimal hourlyCost, DateOnly today)
    {
        if (hourlyCost <= 0 || hourlyCost > MaxHourlyCost)
        {
            return "The hourly cost must be more than 0 and at most 500 €.";
        }

        if (decimal.Round(hourlyCost, 2) != hourlyCost)
        {
            return "The hourly cost is in euros and cents: at most 2 decimals.";
        }

        if (existingStarts.Contains(effectiveFrom))
        {
            return "A rate already starts on that date.";
        }

        // A first rate may be back-dated (an agent's arrival is often recorded late): no cost was valued yet.
        if (existingStarts.Count > 0 && effectiveFrom <= today)
        {
            return "A new rate must start after today: hours already worked keep the rate of their day.";
        }

        return null;
    }

    /// <summary>Why a rate cannot be removed, or null when it can (only a rate that has not started yet).</summary>
    public static string? RefusalToRemove(DateOnly effectiveFrom, DateOnly today) =>
        effectiveFrom <= today ? "This rate is already in effect: it cannot be removed." : null;
}
