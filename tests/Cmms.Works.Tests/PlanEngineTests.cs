using Cmms.Kernel.Time;
using Cmms.Works.Preventive.Triggers;

namespace Cmms.Works.Tests;

public sealed class PlanEngineTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static PlanSchedule Fixed(DateOnly start, int every, PeriodUnit unit, int lead = 0, params SeasonalWindow[] windows) =>
        new(start, new CalendarTrigger(new Period(every, unit), Floating: false), null, windows, lead);

    [Fact]
    public void A_monthly_grid_anchored_on_the_31st_falls_on_each_month_end_without_drifting()
    {
        var period = new Period(1, PeriodUnit.Months);
        var anchor = D(2027, 1, 31);
        Assert.Equal(
            [D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31), D(2027, 4, 30), D(2027, 5, 31)],
            Enumerable.Range(0, 5).Select(k => period.Step(anchor, k)));
    }

    [Fact]
    public void In_a_leap_year_february_ends_on_the_29th_and_a_29_february_yearly_plan_falls_on_the_28th_otherwise()
    {
        Assert.Equal(D(2028, 2, 29), new Period(1, PeriodUnit.Months).Step(D(2028, 1, 31), 1));
        var yearly = new Period(1, PeriodUnit.Years);
        Assert.Equal([D(2028, 2, 29), D(2029, 2, 28), D(2030, 2, 28), D(2031, 2, 28), D(2032, 2, 29)],
            Enumerable.Range(0, 5).Select(k => yearly.Step(D(2028, 2, 29), k)));
    }

    [Fact]
    public void A_fixed_plan_creates_its_work_order_the_lead_time_before_it_is_due_and_only_then()
    {
        var plan = Fixed(D(2027, 1, 10), 1, PeriodUnit.Months, lead: 7);
        var state = new PlanState(LastGeneratedDue: D(2027, 1, 10));
        Assert.Empty(PlanEngine.DueToday(plan, state, D(2027, 2, 2)));
        Assert.Equal([new Occurrence(D(2027, 2, 10), DueBecause.Calendar)], PlanEngine.DueToday(plan, state, D(2027, 2, 3)));
        Assert.Empty(PlanEngine.DueToday(plan, state with { LastGeneratedDue = D(2027, 2, 10) }, D(2027, 2, 3)));
    }

    [Fact]
    public void After_downtime_a_fixed_plan_creates_only_the_latest_missed_date_and_those_ahead()
    {
        // Weekly on Sundays; the application was stopped from 4 to 31 January 2027.
        var plan = Fixed(D(2027, 1, 3), 1, PeriodUnit.Weeks);
        var due = PlanEngine.DueToday(plan, new PlanState(LastGeneratedDue: D(2027, 1, 3)), D(2027, 1, 31));
        Assert.Equal([D(2027, 1, 24), D(2027, 1, 31)], due.Select(o => o.Due));
    }

    [Fact]
    public void A_fixed_yearly_inspection_is_created_even_when_last_year_is_still_open()
    {
        var plan = Fixed(D(2026, 6, 1), 1, PeriodUnit.Years, lead: 30);
        var state = new PlanState(LastGeneratedDue: D(2026, 6, 1), HasOpenOccurrence: true);
        Assert.Equal([D(2027, 6, 1)], PlanEngine.DueToday(plan, state, D(2027, 5, 2)).Select(o => o.Due));
    }

    [Fact]
    public void A_floating_plan_counts_from_a_late_completion_and_waits_while_its_work_is_open()
    {
        var plan = new PlanSchedule(D(2027, 3, 1), new CalendarTrigger(new Period(3, PeriodUnit.Months), Floating: true), null, [], 7);
        var done = new PlanState(LastCompleted: D(2027, 3, 20), LastGeneratedDue: D(2027, 3, 1));
        Assert.Empty(PlanEngine.DueToday(plan, done, D(2027, 6, 12)));
        Assert.Equal([new Occurrence(D(2027, 6, 20), DueBecause.Calendar)], PlanEngine.DueToday(plan, done, D(2027, 6, 13)));
        Assert.Empty(PlanEngine.DueToday(plan, done with { LastGeneratedDue = D(2027, 6, 20), HasOpenOccurrence = true }, D(2027, 9, 30)));
    }

    [Fact]
    public void A_new_floating_plan_is_first_due_on_its_start()
    {
        var plan = new PlanSchedule(D(2027, 4, 1), new CalendarTrigger(new Period(2, PeriodUnit.Weeks), true), null, [], 0);
        Assert.Equal([D(2027, 4, 1)], PlanEngine.DueToday(plan, new PlanState(), D(2027, 4, 1)).Select(o => o.Due));
    }

    [Fact]
    public void A_meter_plan_falls_due_within_its_tolerance_of_the_mark()
    {
        // Service every 15,000 km, 500 km early at most; last done at 30,000 km.
        var plan = new PlanSchedule(D(2027, 1, 1), null, new MeterTrigger("km", 15_000, 500), [], 0);
        var state = new PlanState(ReadingAtLastCompletion: 30_000, CurrentReading: 44_499);
        Assert.Empty(PlanEngine.DueToday(plan, state, D(2027, 5, 4)));
        Assert.Equal([new Occurrence(D(2027, 5, 4), DueBecause.Meter)], PlanEngine.DueToday(plan, state with { CurrentReading = 44_500 }, D(2027, 5, 4)));
    }

    [Fact]
    public void Whichever_comes_first_takes_the_meter_when_the_vehicle_runs_a_lot_and_the_calendar_otherwise()
    {
        var plan = new PlanSchedule(D(2027, 1, 15), new CalendarTrigger(new Period(12, PeriodUnit.Months), true), new MeterTrigger("km", 20_000, 500), [], 0);
        var busy = new PlanState(LastCompleted: D(2027, 1, 15), ReadingAtLastCompletion: 10_000, LastGeneratedDue: D(2027, 1, 15), CurrentReading: 29_600);
        Assert.Equal([new Occurrence(D(2027, 6, 1), DueBecause.Meter)], PlanEngine.DueToday(plan, busy, D(2027, 6, 1)));

        // 30 km a day from 20,000 km: the mark (29,500 km) would come on 14 April 2028, the calendar on 15 January.
        var quiet = busy with { CurrentReading = 20_000, DailyUse = 30 };
        Assert.Empty(PlanEngine.DueToday(plan, quiet, D(2027, 6, 1)));
        Assert.Equal(new Occurrence(D(2028, 1, 15), DueBecause.Calendar), PlanEngine.Forecast(plan, quiet, D(2027, 6, 1), D(2027, 6, 1), D(2028, 6, 1))[0]);

        // 100 km a day: 9,500 km in 95 days, 4 September 2027.
        var heavy = quiet with { DailyUse = 100 };
        Assert.Equal(new Occurrence(D(2027, 9, 4), DueBecause.Meter), PlanEngine.Forecast(plan, heavy, D(2027, 6, 1), D(2027, 6, 1), D(2028, 6, 1))[0]);
    }

    [Fact]
    public void Weekly_mowing_from_april_to_october_falls_only_in_season()
    {
        var plan = Fixed(D(2027, 1, 4), 1, PeriodUnit.Weeks, 0, new SeasonalWindow(4, 1, 10, 31));
        var year = PlanEngine.Forecast(plan, new PlanState(), D(2027, 1, 1), D(2027, 1, 1), D(2027, 12, 31));
        Assert.Equal(D(2027, 4, 5), year[0].Due);
        Assert.Equal(D(2027, 10, 25), year[^1].Due);
        Assert.Equal(30, year.Count);
    }

    [Fact]
    public void Gritting_rounds_run_across_the_year_end()
    {
        var winter = new SeasonalWindow(11, 15, 3, 15);
        Assert.True(winter.Contains(D(2028, 1, 10)));
        Assert.True(winter.Contains(D(2027, 11, 15)));
        Assert.True(winter.Contains(D(2028, 3, 15)));
        Assert.False(winter.Contains(D(2028, 3, 16)));
        Assert.False(winter.Contains(D(2027, 6, 1)));

        var plan = Fixed(D(2027, 1, 4), 1, PeriodUnit.Weeks, 0, winter);
        var season = PlanEngine.Forecast(plan, new PlanState(), D(2027, 10, 1), D(2027, 10, 1), D(2028, 4, 30));
        Assert.Equal(D(2027, 11, 15), season[0].Due);
        Assert.Equal(D(2028, 3, 13), season[^1].Due);
        Assert.Contains(season, o => o.Due == D(2028, 1, 3));
    }

    [Fact]
    public void A_floating_plan_that_would_fall_out_of_season_waits_for_the_season_to_open()
    {
        var plan = new PlanSchedule(D(2027, 4, 1), new CalendarTrigger(new Period(2, PeriodUnit.Weeks), true), null, [new SeasonalWindow(4, 1, 10, 31)], 0);
        var state = new PlanState(LastCompleted: D(2027, 10, 25), LastGeneratedDue: D(2027, 10, 22));
        Assert.Empty(PlanEngine.DueToday(plan, state, D(2027, 11, 8)));
        Assert.Equal([D(2028, 4, 1)], PlanEngine.DueToday(plan, state, D(2028, 4, 1)).Select(o => o.Due));
    }

    [Fact]
    public void Flower_beds_planted_twice_a_year_show_both_plantings_in_the_forecast()
    {
        var plan = Fixed(D(2027, 5, 15), 6, PeriodUnit.Months, lead: 14);
        var year = PlanEngine.Forecast(plan, new PlanState(), D(2027, 1, 1), D(2027, 1, 1), D(2027, 12, 31));
        Assert.Equal([D(2027, 5, 15), D(2027, 11, 15)], year.Select(o => o.Due));
    }

    [Fact]
    public void Plans_that_cannot_work_are_refused_with_their_reason()
    {
        static IEnumerable<string> Reasons(PlanSchedule p, IReadOnlyCollection<string>? meters = null) => p.Refusals(meters).Select(r => r.Reason);

        Assert.Contains(PlanSchedule.NoTrigger, Reasons(new PlanSchedule(D(2027, 1, 1), null, null, [], 0)));
        Assert.Contains(PlanSchedule.ZeroPeriod, Reasons(Fixed(D(2027, 1, 1), 0, PeriodUnit.Days)));
        Assert.Contains(PlanSchedule.BadTolerance, Reasons(new PlanSchedule(D(2027, 1, 1), null, new MeterTrigger("km", 1000, 1000), [], 0)));
        Assert.Contains(PlanSchedule.ZeroInterval, Reasons(new PlanSchedule(D(2027, 1, 1), null, new MeterTrigger("km", 0, 0), [], 0)));
        Assert.Contains(PlanSchedule.NoSuchMeter, Reasons(new PlanSchedule(D(2027, 1, 1), null, new MeterTrigger("engine_hours", 250, 10), [], 0), ["km"]));
        Assert.Contains(PlanSchedule.UnrealWindow, Reasons(Fixed(D(2027, 1, 1), 1, PeriodUnit.Weeks, 0, new SeasonalWindow(2, 30, 3, 15))));
        Assert.Contains(PlanSchedule.WindowNeverOpens, Reasons(Fixed(D(2027, 1, 15), 1, PeriodUnit.Years, 0, new SeasonalWindow(4, 1, 10, 31))));
        Assert.Contains(PlanSchedule.BadLead, Reasons(Fixed(D(2027, 1, 1), 1, PeriodUnit.Weeks, lead: 400)));
        Assert.Empty(Reasons(Fixed(D(2027, 1, 15), 7, PeriodUnit.Months, 0, new SeasonalWindow(4, 1, 10, 31))));
        Assert.Empty(Reasons(new PlanSchedule(D(2027, 1, 1), null, new MeterTrigger("km", 15_000, 500), [], 0), ["km"]));
    }

    [Theory]
    [InlineData("2026-10-24T22:30:00Z", "2026-10-25")] // summer time (UTC+2): already Sunday in Paris
    [InlineData("2026-10-25T22:30:00Z", "2026-10-25")] // the clocks went back: 23:30 in Paris, still Sunday
    [InlineData("2027-03-27T23:30:00Z", "2027-03-28")] // winter time (UTC+1): 00:30 on Sunday
    [InlineData("2027-03-28T22:30:00Z", "2027-03-29")] // the clocks went forward: 00:30 on Monday
    [InlineData("2027-03-28T21:59:59Z", "2027-03-28")]
    public void The_generation_day_is_the_paris_calendar_day_across_daylight_saving_changes(string utc, string paris)
    {
        var clock = new FixedClock(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal));
        Assert.Equal(DateOnly.Parse(paris, System.Globalization.CultureInfo.InvariantCulture), ParisTime.Today(clock));
    }

    private sealed class FixedClock(DateTime utc) : IClock
    {
        public DateTime UtcNow => utc;
    }
}
