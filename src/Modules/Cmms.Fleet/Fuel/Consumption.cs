namespace Cmms.Fleet.Fuel;

/// <summary>A fill as consumption sees it: when, how much, whether the tank was filled up, and the meter's lifetime then.</summary>
public sealed record FillPoint(DateTime FilledAtUtc, decimal Litres, bool FullTank, decimal? Lifetime);

/// <summary>Fuel burnt between two full fills and the use (km or hours) between them.</summary>
public sealed record ConsumptionInterval(DateTime FromUtc, DateTime ToUtc, decimal Litres, decimal Use);

/// <summary>
/// Consumption measured "full to full" (plein à plein), the method fleet managers use: when the tank is
/// filled up twice, the fuel burnt in between is exactly what the second fill and every partial fill since the
/// first put back in. So each interval between two full fills with a meter reading counts the litres of the
/// fills after the first up to and including the second, over the use (lifetime difference: km, or hours for
/// machines counted in engine hours) between the two readings. Fills before the first full fill, and after the
/// last, are left out (the tank level is not known); a full fill without a reading ends the chain and the next
/// full fill with a reading starts a new one. An interval with no use (the machine did not run) is not closed:
/// its litres carry to the next full fill. Over a period, consumption is the sum of the litres of the intervals
/// that end in it over the sum of their use — not an average of averages, which would weigh a short trip like
/// a long one.
/// </summary>
public static class Consumption
{
    public static IReadOnlyList<ConsumptionInterval> Intervals(IEnumerable<FillPoint> fills)
    {
        var intervals = new List<ConsumptionInterval>();
        FillPoint? start = null;
        var litres = 0m;
        foreach (var fill in fills.OrderBy(f => f.FilledAtUtc))
        {
            if (start is not null)
            {
                litres += fill.Litres;
            }

            if (!fill.FullTank)
            {
                continue;
            }

            if (fill.Lifetime is not { } lifetime)
            {
                start = null;
                litres = 0;
                continue;
            }

            if (start is null)
            {
                start = fill;
                litres = 0;
                continue;
            }

            var use = lifetime - start.Lifetime!.Value;
            if (use <= 0)
            {
                continue;
            }

            intervals.Add(new ConsumptionInterval(start.FilledAtUtc, fill.FilledAtUtc, litres, use));
            start = fill;
            litres = 0;
        }

        return intervals;
    }

    /// <summary>Litres per unit of use over the intervals that end in [from, to]; null when none does.</summary>
    public static decimal? PerUnit(IEnumerable<ConsumptionInterval> intervals, DateTime fromUtc, DateTime toUtc)
    {
        var within = intervals.Where(i => i.ToUtc >= fromUtc && i.ToUtc <= toUtc).ToList();
        var use = within.Sum(i => i.Use);
        return use > 0 ? within.Sum(i => i.Litres) / use : null;
    }

    /// <summary>L/100 km for an odometer, L/h for an hour meter, rounded to 0.1.</summary>
    public static decimal? Figure(decimal? perUnit, Readings.MeterKind kind) =>
        perUnit is { } value ? decimal.Round(kind == Readings.MeterKind.Km ? value * 100 : value, 1, MidpointRounding.AwayFromZero) : null;
}
