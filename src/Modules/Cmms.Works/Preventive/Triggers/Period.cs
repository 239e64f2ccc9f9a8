namespace Cmms.Works.Preventive.Triggers;

public enum PeriodUnit
{
    Days,
    Weeks,
    Months,
    Years,
}

/// <summary>"Every N days, weeks, months or years."</summary>
public readonly record struct Period(int Every, PeriodUnit Unit)
{
    /// <summary>
    /// The k-th date from <paramref name="anchor"/>. Always counted from the anchor, never from the previous
    /// date, so a plan anchored on 31 January falls on 28 (or 29) February and again on 31 March.
    /// </summary>
    public DateOnly Step(DateOnly anchor, int k) => Unit switch
    {
        PeriodUnit.Days => anchor.AddDays(Every * k),
        PeriodUnit.Weeks => anchor.AddDays(7 * Every * k),
        PeriodUnit.Months => anchor.AddMonths(Every * k),
        PeriodUnit.Years => anchor.AddYears(Every * k),
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    /// <summary>The smallest k whose step is on or after <paramref name="day"/> (k ≥ 0).</summary>
    public int FirstStepOnOrAfter(DateOnly anchor, DateOnly day)
    {
        if (day <= anchor)
        {
            return 0;
        }

        // An estimate from the average length of the unit, then corrected step by step (month ends clamp).
        var days = day.DayNumber - anchor.DayNumber;
        var unitDays = Unit switch
        {
            PeriodUnit.Days => 1.0,
            PeriodUnit.Weeks => 7.0,
            PeriodUnit.Months => 30.436875,
            _ => 365.2425,
        };
        var k = Math.Max(0, (int)Math.Floor(days / (unitDays * Every)) - 1);
        while (Step(anchor, k) < day)
        {
            k++;
        }

        while (k > 0 && Step(anchor, k - 1) >= day)
        {
            k--;
        }

        return k;
    }

    /// <summary>Roughly how many days the period lasts (to estimate a forecast's load, never to compute a due date).</summary>
    public double ApproximateDays => Every * Unit switch
    {
        PeriodUnit.Days => 1.0,
        PeriodUnit.Weeks => 7.0,
        PeriodUnit.Months => 30.436875,
        _ => 365.2425,
    };
}
