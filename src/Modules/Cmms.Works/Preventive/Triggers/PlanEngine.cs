namespace Cmms.Works.Preventive.Triggers;

/// <summary>
/// The rules that decide when a plan's work falls due. Pure functions of the schedule, the plan's state and
/// "today" (a Paris calendar day): the generation job, the forecast and the tests all ask the same rules.
/// </summary>
public static class PlanEngine
{
    /// <summary>
    /// The occurrences to create today. A fixed calendar yields each date whose lead time has begun; when
    /// several were missed (the application was stopped), only the latest missed one is created, with every
    /// date still ahead — nobody wants three lawn mowings on the same morning. Other plans yield at most one
    /// occurrence, and none while the previous one is still open.
    /// </summary>
    public static IReadOnlyList<Occurrence> DueToday(PlanSchedule schedule, PlanState state, DateOnly today)
    {
        if (!schedule.OneAtATime)
        {
            var period = schedule.Calendar!.Period;
            var after = state.LastGeneratedDue;
            var dates = new List<DateOnly>();
            var k = after is { } last ? period.FirstStepOnOrAfter(schedule.Start, last.AddDays(1)) : 0;
            for (var guard = 0; guard < 10_000; guard++, k++)
            {
                var day = period.Step(schedule.Start, k);
                if (day.AddDays(-schedule.LeadDays) > today)
                {
                    break;
                }

                if (schedule.InSeason(day))
                {
                    dates.Add(day);
                }
            }

            var missed = dates.Where(d => d < today).ToList();
            return [.. dates.Where(d => d >= today || (missed.Count > 0 && d == missed[^1])).Select(d => new Occurrence(d, DueBecause.Calendar))];
        }

        if (state.HasOpenOccurrence)
        {
            return [];
        }

        var next = Next(schedule, state, today, estimateMeter: false);
        return next is { } occurrence && occurrence.CreateOn(schedule.LeadDays) <= today ? [occurrence] : [];
    }

    /// <summary>
    /// The occurrences expected between <paramref name="from"/> and <paramref name="to"/> (the 12-month
    /// forecast), supposing each is done on its due date and the meter keeps its average daily use.
    /// </summary>
    public static IReadOnlyList<Occurrence> Forecast(PlanSchedule schedule, PlanState state, DateOnly today, DateOnly from, DateOnly to, int max = int.MaxValue)
    {
        var found = new List<Occurrence>();
        if (!schedule.OneAtATime)
        {
            var period = schedule.Calendar!.Period;
            var start = state.LastGeneratedDue is { } last && last >= from ? last.AddDays(1) : from;
            for (var k = period.FirstStepOnOrAfter(schedule.Start, start); ; k++)
            {
                var day = period.Step(schedule.Start, k);
                if (day > to || found.Count >= max)
                {
                    break;
                }

                if (schedule.InSeason(day))
                {
                    found.Add(new Occurrence(day, DueBecause.Calendar));
                }
            }

            return found;
        }

        var (s, asOf) = (state, today);
        if (s.HasOpenOccurrence && s.LastGeneratedDue is { } open)
        {
            // The open work order is counted where it is; the forecast goes on as if it were done on time.
            (s, asOf) = Completed(s, open, asOf);
        }

        for (var guard = 0; guard < 1000; guard++)
        {
            if (found.Count >= max || Next(schedule, s, asOf, estimateMeter: true) is not { } next || next.Due > to)
            {
                break;
            }

            if (next.Due >= from)
            {
                found.Add(next);
            }

            (s, asOf) = Completed(s, next.Due, asOf);
        }

        return found;
    }

    /// <summary>The next occurrence of a one-at-a-time plan (whichever trigger comes first), or null when none can be told.</summary>
    private static Occurrence? Next(PlanSchedule schedule, PlanState state, DateOnly today, bool estimateMeter)
    {
        Occurrence? calendar = null;
        if (schedule.Calendar is { } c)
        {
            DateOnly due;
            if (c.Floating)
            {
                due = state.LastCompleted is { } done ? c.Period.Step(done, 1) : schedule.Start;
            }
            else
            {
                var after = state.LastGeneratedDue ?? schedule.Start.AddDays(-1);
                var k = c.Period.FirstStepOnOrAfter(schedule.Start, after.AddDays(1));
                due = c.Period.Step(schedule.Start, k);
                while (!schedule.InSeason(due))
                {
                    due = c.Period.Step(schedule.Start, ++k);
                }
            }

            calendar = new Occurrence(schedule.NextInSeason(due), DueBecause.Calendar);
        }

        Occurrence? meter = null;
        if (schedule.Meter is { } m && state.CurrentReading is { } reading)
        {
            var mark = (state.ReadingAtLastCompletion ?? 0) + m.Every - m.Tolerance;
            if (reading >= mark)
            {
                meter = new Occurrence(schedule.NextInSeason(today), DueBecause.Meter);
            }
            else if (estimateMeter && state.DailyUse is > 0 and var use)
            {
                var days = (int)Math.Ceiling((double)(mark - reading) / use);
                meter = new Occurrence(schedule.NextInSeason(today.AddDays(days)), DueBecause.Meter);
            }
        }

        return (calendar, meter) switch
        {
            (null, null) => null,
            ({ } only, null) => only,
            (null, { } only) => only,
            ({ } a, { } b) => b.Due < a.Due ? b : a,
        };
    }

    /// <summary>The state once the work due on <paramref name="on"/> is done, and the day its meter reading is then known for.</summary>
    private static (PlanState State, DateOnly AsOf) Completed(PlanState state, DateOnly on, DateOnly asOf)
    {
        var later = on > asOf ? on : asOf;
        var reading = state.CurrentReading is { } now && state.DailyUse is { } use
            ? now + (decimal)(use * (later.DayNumber - asOf.DayNumber))
            : state.CurrentReading;
        return (state with
        {
            LastCompleted = on,
            ReadingAtLastCompletion = reading ?? state.ReadingAtLastCompletion,
            LastGeneratedDue = on,
            HasOpenOccurrence = false,
            CurrentReading = reading,
        }, later);
    }
}
