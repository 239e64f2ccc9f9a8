using Cmms.Fleet.Vehicles;

namespace Cmms.Fleet.Workshop;

/// <summary>A status the vehicle entered at a moment (its status history, oldest first).</summary>
public sealed record StatusPoint(DateTime AtUtc, VehicleStatus Status);

/// <summary>What a period of the status history shows: how long it was observed and how long the vehicle could not be used.</summary>
public sealed record AvailabilityFigure(TimeSpan Observed, TimeSpan Unavailable)
{
    /// <summary>Share of the observed time the vehicle was available (0 to 1); null when nothing was observed.</summary>
    public decimal? Ratio => Observed <= TimeSpan.Zero ? null : 1m - (decimal)Unavailable.Ticks / Observed.Ticks;
}

/// <summary>
/// Availability is the share of time a vehicle was neither in the workshop nor out of service. The status
/// history is a timeline: each change holds until the next. A period is observed from its start or from the
/// vehicle's first status (when it entered the register), whichever is later, to its end.
/// </summary>
public static class Availability
{
    public static AvailabilityFigure Measure(IReadOnlyList<StatusPoint> history, DateTime fromUtc, DateTime toUtc)
    {
        var ordered = history.OrderBy(h => h.AtUtc).ToList();
        if (ordered.Count == 0 || toUtc <= fromUtc)
        {
            return new AvailabilityFigure(TimeSpan.Zero, TimeSpan.Zero);
        }

        var start = ordered[0].AtUtc > fromUtc ? ordered[0].AtUtc : fromUtc;
        if (toUtc <= start)
        {
            return new AvailabilityFigure(TimeSpan.Zero, TimeSpan.Zero);
        }

        var unavailable = TimeSpan.Zero;
        for (var i = 0; i < ordered.Count; i++)
        {
            var segmentStart = ordered[i].AtUtc;
            var segmentEnd = i + 1 < ordered.Count ? ordered[i + 1].AtUtc : DateTime.MaxValue;
            var overlapStart = segmentStart > start ? segmentStart : start;
            var overlapEnd = segmentEnd < toUtc ? segmentEnd : toUtc;
            if (ordered[i].Status != VehicleStatus.Available && overlapEnd > overlapStart)
            {
                unavailable += overlapEnd - overlapStart;
            }
        }

        return new AvailabilityFigure(toUtc - start, unavailable);
    }

    /// <summary>Time in the workshop: from intake to release, or to now while the vehicle is still there.</summary>
    public static TimeSpan Downtime(DateTime intakeAtUtc, DateTime? releasedAtUtc, DateTime nowUtc)
    {
        var end = releasedAtUtc ?? nowUtc;
        return end > intakeAtUtc ? end - intakeAtUtc : TimeSpan.Zero;
    }
}
