namespace Cmms.Fleet.Readings;

/// <summary>A reading already recorded, as the rule sees it.</summary>
public sealed record ReadingPoint(DateTime ReadAtUtc, decimal Value, decimal Lifetime, bool IsReplacement = false);

/// <summary>Why a reading is refused, with the recorded reading it conflicts with (for the message and the API).</summary>
public sealed record MeterRefusal(MeterRefusalKind Kind, ReadingPoint? Against);

public enum MeterRefusalKind
{
    /// <summary>Lower than the reading before it: a meter never goes back.</summary>
    Lower,

    /// <summary>Higher than a reading recorded later in time (a reading entered after the fact).</summary>
    HigherThanLater,

    /// <summary>A replacement dated before another reading: the later readings would be on the wrong meter.</summary>
    ReplacementNotLatest,

    /// <summary>The old meter's final value is below its last reading.</summary>
    FinalBelowLast,

    Negative,
    InFuture,
}

/// <summary>The accepted reading: what to store.</summary>
public sealed record AcceptedReading(decimal Value, decimal Lifetime, decimal? OldMeterFinalValue);

/// <summary>
/// Readings must rise. The rule places the new reading in time between the reading just before it and the one
/// just after it (readings may be entered late, from a fuel ticket or a paper sheet):
/// <list type="bullet">
/// <item>a reading is refused when it is lower than the one before it, or higher than one recorded after it;
/// equal is accepted (the vehicle did not move);</item>
/// <item>a meter replacement is the one way down: it records the new meter's start value (any value, usually 0)
/// and the old meter's final value (by default its last reading, never below it); it must be the latest
/// reading, so no recorded reading ends up on the wrong meter.</item>
/// </list>
/// Each reading's lifetime is its value plus the offset of its meter segment (the lifetime of the last
/// replacement before it minus that replacement's start value), so lifetimes rise across replacements.
/// </summary>
public static class MeterRule
{
    /// <summary>A reading may be dated a little ahead of the server's clock (a phone's clock runs fast).</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public static (AcceptedReading? Accepted, MeterRefusal? Refusal) Check(
        ReadingPoint? previous, ReadingPoint? next, decimal value, DateTime readAtUtc, DateTime nowUtc,
        bool replacement = false, decimal? oldMeterFinalValue = null)
    {
        if (value < 0 || oldMeterFinalValue < 0)
        {
            return (null, new MeterRefusal(MeterRefusalKind.Negative, null));
        }

        if (readAtUtc > nowUtc + ClockTolerance)
        {
            return (null, new MeterRefusal(MeterRefusalKind.InFuture, null));
        }

        // The offset of the segment the new reading falls in: that of the reading just before it.
        var offset = previous is null ? 0m : previous.Lifetime - previous.Value;
        if (replacement)
        {
            if (next is not null)
            {
                return (null, new MeterRefusal(MeterRefusalKind.ReplacementNotLatest, next));
            }

            var final = oldMeterFinalValue ?? previous?.Value ?? 0m;
            if (previous is not null && final < previous.Value)
            {
                return (null, new MeterRefusal(MeterRefusalKind.FinalBelowLast, previous));
            }

            // The replacement's lifetime is the use when the old meter came off; the new segment starts from it.
            return (new AcceptedReading(value, final + offset, final), null);
        }

        if (previous is not null && value < previous.Value)
        {
            return (null, new MeterRefusal(MeterRefusalKind.Lower, previous));
        }

        var lifetime = value + offset;
        if (next is not null && lifetime > next.Lifetime)
        {
            return (null, new MeterRefusal(MeterRefusalKind.HigherThanLater, next));
        }

        return (new AcceptedReading(value, lifetime, null), null);
    }

    /// <summary>Use between two lifetimes (km travelled, hours run), never negative.</summary>
    public static decimal Use(decimal fromLifetime, decimal toLifetime) => Math.Max(0, toLifetime - fromLifetime);
}
