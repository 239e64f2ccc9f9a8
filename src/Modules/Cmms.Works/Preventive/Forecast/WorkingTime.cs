namespace Cmms.Works.Preventive.Forecast;

/// <summary>
/// The hours a team has in a month: its active agents × working days (Monday to Friday, less French
/// public holidays) × 7 h (the 35-hour week of local authorities).
/// </summary>
public static class WorkingTime
{
    public const decimal HoursPerDay = 7m;

    public static int WorkingDays(int year, int month)
    {
        var holidays = PublicHolidays(year);
        var days = 0;
        for (var day = new DateOnly(year, month, 1); day.Month == month; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day))
            {
                days++;
            }
        }

        return days;
    }

    /// <summary>The eleven French public holidays of metropolitan France.</summary>
    public static HashSet<DateOnly> PublicHolidays(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            new(year, 1, 1), easter.AddDays(1), new(year, 5, 1), new(year, 5, 8), easter.AddDays(39), easter.AddDays(50),
            new(year, 7, 14), new(year, 8, 15), new(year, 11, 1), new(year, 11, 11), new(year, 12, 25),
        ];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
