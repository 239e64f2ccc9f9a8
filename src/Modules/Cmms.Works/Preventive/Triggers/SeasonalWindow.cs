namespace Cmms.Works.Preventive.Triggers;

/// <summary>
/// Part of the year when a plan's work may fall: mowing from 1 April to 31 October, gritting rounds from
/// 15 November to 15 March (a window may run across the year end). Both ends are included.
/// </summary>
public readonly record struct SeasonalWindow(int FromMonth, int FromDay, int ToMonth, int ToDay)
{
    /// <summary>Both ends are real days of the year (29 February counts: it exists in leap years).</summary>
    public bool IsReal => IsDay(FromMonth, FromDay) && IsDay(ToMonth, ToDay);

    public bool CrossesYearEnd => (ToMonth, ToDay).CompareTo((FromMonth, FromDay)) < 0;

    public bool Contains(DateOnly day)
    {
        var md = (day.Month, day.Day);
        var from = (FromMonth, FromDay);
        var to = (ToMonth, ToDay);
        return CrossesYearEnd
            ? md.CompareTo(from) >= 0 || md.CompareTo(to) <= 0
            : md.CompareTo(from) >= 0 && md.CompareTo(to) <= 0;
    }

    /// <summary>The first day on or after <paramref name="day"/> inside the window (within a year and a day).</summary>
    public DateOnly NextOpening(DateOnly day)
    {
        for (var d = day; d <= day.AddYears(1).AddDays(1); d = d.AddDays(1))
        {
            if (Contains(d))
            {
                return d;
            }
        }

        throw new InvalidOperationException("A real seasonal window opens within a year.");
    }

    private static bool IsDay(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);
}
