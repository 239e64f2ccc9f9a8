namespace Cmms.Kernel.Time;

/// <summary>
/// Rates and prices that change from a date on (an agent's hourly cost, an overtime percentage, a vehicle's
/// internal rate, a re-charge rate) and keep their history: the one in force on a day is the latest that started
/// on or before it, so adding a later one never changes a past day's figure.
/// </summary>
public static class InForce
{
    public static T? On<T>(IEnumerable<T> dated, Func<T, DateOnly> effectiveFrom, DateOnly day)
        where T : class =>
        dated.Where(r => effectiveFrom(r) <= day).MaxBy(effectiveFrom);
}
