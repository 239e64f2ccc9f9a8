namespace Cmms.Costs.Periods;

/// <summary>Which month a cost goes to: its own when that month is open, else the first open month after it (the cost is then late).</summary>
public static class PeriodRules
{
    public static (int Year, int Month) MonthOf(DateOnly day) => (day.Year, day.Month);

    public static int KeyOf(int year, int month) => (year * 100) + month;

    public static (int Year, int Month) Next(int year, int month) => month == 12 ? (year + 1, 1) : (year, month + 1);

    /// <summary>
    /// The period a cost dated <paramref name="day"/> posts into, given the organisation's closed months:
    /// its own month if not closed, else the next month that is not closed. Late when moved.
    /// </summary>
    public static (int Year, int Month, bool Late) Target(DateOnly day, IReadOnlySet<int> closedKeys)
    {
        var (year, month) = MonthOf(day);
        var late = false;
        while (closedKeys.Contains(KeyOf(year, month)))
        {
            (year, month) = Next(year, month);
            late = true;
        }

        return (year, month, late);
    }
}
