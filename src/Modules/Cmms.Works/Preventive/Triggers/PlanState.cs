namespace Cmms.Works.Preventive.Triggers;

/// <summary>
/// What the engine needs to know of a plan's past: its last completion (date and the meter then), the last
/// due date already turned into a work order, whether that work order is still open, and the asset's meter now.
/// </summary>
/// <param name="ReadingAtLastCompletion">The meter when the work was last done — or when the plan started.</param>
/// <param name="DailyUse">Average use per day (km/day, h/day) from the readings: only to forecast.</param>
public sealed record PlanState(
    DateOnly? LastCompleted = null,
    decimal? ReadingAtLastCompletion = null,
    DateOnly? LastGeneratedDue = null,
    bool HasOpenOccurrence = false,
    decimal? CurrentReading = null,
    double? DailyUse = null);

public enum DueBecause
{
    Calendar,
    Meter,
}

/// <summary>One due date of a plan, and which trigger made it due.</summary>
public readonly record struct Occurrence(DateOnly Due, DueBecause Because)
{
    public DateOnly CreateOn(int leadDays) => Due.AddDays(-leadDays);
}
