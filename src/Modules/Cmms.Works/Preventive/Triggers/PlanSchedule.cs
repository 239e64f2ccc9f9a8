namespace Cmms.Works.Preventive.Triggers;

/// <summary>Every N days/weeks/months/years: <b>fixed</b> on the calendar grid from the start, or <b>floating</b> from the last completion.</summary>
public sealed record CalendarTrigger(Period Period, bool Floating);

/// <summary>Every N km or engine hours of one meter; work falls due <paramref name="Tolerance"/> before the mark.</summary>
public sealed record MeterTrigger(string MeterKind, decimal Every, decimal Tolerance);

/// <summary>
/// When a maintenance plan's work falls due: a calendar trigger, a meter trigger, or both (whichever comes
/// first), limited to seasonal windows when it has some, created <see cref="LeadDays"/> days before it is due.
/// </summary>
public sealed record PlanSchedule(
    DateOnly Start,
    CalendarTrigger? Calendar,
    MeterTrigger? Meter,
    IReadOnlyList<SeasonalWindow> Windows,
    int LeadDays)
{
    public const string NoTrigger = "A plan needs a trigger: a calendar period, a meter interval or both.";
    public const string ZeroPeriod = "The period must be at least 1.";
    public const string ZeroInterval = "The meter interval must be more than zero.";
    public const string BadTolerance = "The tolerance must be at least zero and less than the interval.";
    public const string NoSuchMeter = "The asset has no {0} meter.";
    public const string UnrealWindow = "The seasonal window {0} does not exist in the calendar.";
    public const string WindowNeverOpens = "The seasonal window never opens for this calendar: no due date falls inside it.";
    public const string BadLead = "The lead time must be between 0 and 365 days.";

    /// <summary>
    /// A fixed calendar alone (a statutory inspection every year) creates each of its dates whatever became of
    /// the previous one; every other plan waits for its open work order to be completed before the next.
    /// </summary>
    public bool OneAtATime => Meter is not null || Calendar is { Floating: true };

    /// <summary>Why the plan cannot be saved, as English text keys with their argument; empty when it can.</summary>
    public IReadOnlyList<(string Reason, string? Argument)> Refusals(IReadOnlyCollection<string>? meterKindsOfAsset = null)
    {
        var refusals = new List<(string, string?)>();
        if (Calendar is null && Meter is null)
        {
            refusals.Add((NoTrigger, null));
        }

        if (Calendar is { Period.Every: <= 0 })
        {
            refusals.Add((ZeroPeriod, null));
        }

        if (Meter is { } meter)
        {
            if (meter.Every <= 0)
            {
                refusals.Add((ZeroInterval, null));
            }
            else if (meter.Tolerance < 0 || meter.Tolerance >= meter.Every)
            {
                refusals.Add((BadTolerance, null));
            }

            if (meterKindsOfAsset is not null && !meterKindsOfAsset.Contains(meter.MeterKind))
            {
                refusals.Add((NoSuchMeter, meter.MeterKind));
            }
        }

        if (LeadDays is < 0 or > 365)
        {
            refusals.Add((BadLead, null));
        }

        foreach (var window in Windows.Where(w => !w.IsReal))
        {
            refusals.Add((UnrealWindow, $"{window.FromDay:00}/{window.FromMonth:00} – {window.ToDay:00}/{window.ToMonth:00}"));
        }

        if (refusals.Count == 0 && Calendar is { Floating: false } fixedCalendar && Windows.Count > 0 && !FixedGridMeetsWindows(fixedCalendar.Period))
        {
            refusals.Add((WindowNeverOpens, null));
        }

        return refusals;
    }

    public bool InSeason(DateOnly day) => Windows.Count == 0 || Windows.Any(w => w.Contains(day));

    /// <summary>The first day on or after <paramref name="day"/> in season.</summary>
    public DateOnly NextInSeason(DateOnly day) => InSeason(day) ? day : Windows.Min(w => w.NextOpening(day));

    // Month-based grids repeat their days of the year within lcm(period, 12) months, at most 12 years;
    // day-based grids within a few years: 13 years of dates settle it.
    private bool FixedGridMeetsWindows(Period period)
    {
        var horizon = Start.AddYears(13);
        for (var k = 0; k < 5000; k++)
        {
            var day = period.Step(Start, k);
            if (day > horizon)
            {
                break;
            }

            if (InSeason(day))
            {
                return true;
            }
        }

        return false;
    }
}
