using Cmms.Fleet.Readings;

namespace Cmms.Fleet.Tests;

public sealed class MeterRuleTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 12, 0, 0, DateTimeKind.Utc);

    private static ReadingPoint At(int daysAgo, decimal value, decimal? lifetime = null) => new(Now.AddDays(-daysAgo), value, lifetime ?? value);

    [Fact]
    public void A_reading_above_the_last_is_accepted_with_the_same_lifetime_offset()
    {
        var (accepted, refusal) = MeterRule.Check(At(7, 48_100, 148_100), null, 48_215, Now, Now);

        Assert.Null(refusal);
        Assert.Equal(48_215, accepted!.Value);
        Assert.Equal(148_215, accepted.Lifetime);
    }

    [Fact]
    public void A_reading_equal_to_the_last_is_accepted_because_the_vehicle_may_not_have_moved()
    {
        var (accepted, refusal) = MeterRule.Check(At(1, 48_215), null, 48_215, Now, Now);

        Assert.Null(refusal);
        Assert.Equal(48_215, accepted!.Lifetime);
    }

    [Fact]
    public void A_reading_lower_than_the_last_is_refused_naming_the_last_reading()
    {
        var last = At(2, 48_215);

        var (accepted, refusal) = MeterRule.Check(last, null, 48_120, Now, Now);

        Assert.Null(accepted);
        Assert.Equal(MeterRefusalKind.Lower, refusal!.Kind);
        Assert.Equal(last, refusal.Against);
    }

    [Fact]
    public void A_late_reading_between_two_others_is_accepted_when_it_fits_between_them()
    {
        var (accepted, refusal) = MeterRule.Check(At(10, 1_000), At(2, 1_400), 1_200, Now.AddDays(-5), Now);

        Assert.Null(refusal);
        Assert.Equal(1_200, accepted!.Lifetime);
    }

    [Fact]
    public void A_late_reading_higher_than_a_later_one_is_refused_naming_the_later_reading()
    {
        var later = At(2, 1_400);

        var (_, refusal) = MeterRule.Check(At(10, 1_000), later, 1_500, Now.AddDays(-5), Now);

        Assert.Equal(MeterRefusalKind.HigherThanLater, refusal!.Kind);
        Assert.Equal(later, refusal.Against);
    }

    [Fact]
    public void A_replacement_goes_down_to_the_new_meters_start_and_keeps_the_lifetime_rising()
    {
        // The old odometer showed 187 400 km when it came off; the new one starts at 12 km.
        var (accepted, refusal) = MeterRule.Check(At(3, 187_350), null, 12, Now, Now, replacement: true, oldMeterFinalValue: 187_400);

        Assert.Null(refusal);
        Assert.Equal(12, accepted!.Value);
        Assert.Equal(187_400, accepted.Lifetime);
        Assert.Equal(187_400, accepted.OldMeterFinalValue);

        // The next reading on the new meter (512 km) is 500 km later in lifetime.
        var replacement = new ReadingPoint(Now, accepted.Value, accepted.Lifetime, true);
        var (next, _) = MeterRule.Check(replacement, null, 512, Now.AddDays(1), Now.AddDays(1));
        Assert.Equal(187_900, next!.Lifetime);
        Assert.Equal(500, MeterRule.Use(accepted.Lifetime, next.Lifetime));
    }

    [Fact]
    public void A_replacement_without_a_final_value_takes_the_last_reading()
    {
        var (accepted, _) = MeterRule.Check(At(3, 2_000.5m, 2_000.5m), null, 0, Now, Now, replacement: true);

        Assert.Equal(2_000.5m, accepted!.OldMeterFinalValue);
        Assert.Equal(2_000.5m, accepted.Lifetime);
    }

    [Fact]
    public void A_replacement_dated_before_another_reading_is_refused()
    {
        var (_, refusal) = MeterRule.Check(At(10, 1_000), At(2, 1_400), 0, Now.AddDays(-5), Now, replacement: true);

        Assert.Equal(MeterRefusalKind.ReplacementNotLatest, refusal!.Kind);
    }

    [Fact]
    public void A_replacement_whose_old_meter_ends_below_its_last_reading_is_refused()
    {
        var (_, refusal) = MeterRule.Check(At(1, 1_000), null, 0, Now, Now, replacement: true, oldMeterFinalValue: 900);

        Assert.Equal(MeterRefusalKind.FinalBelowLast, refusal!.Kind);
    }

    [Fact]
    public void A_late_reading_before_a_replacement_is_checked_against_the_old_meters_final_value()
    {
        // Old meter: 1 000 at day 10; replaced at day 2 when it showed 1 300 (lifetime 1 300), new meter at 0.
        var replacement = new ReadingPoint(Now.AddDays(-2), 0, 1_300, true);

        var (fits, _) = MeterRule.Check(At(10, 1_000), replacement, 1_250, Now.AddDays(-5), Now);
        var (_, refusal) = MeterRule.Check(At(10, 1_000), replacement, 1_350, Now.AddDays(-5), Now);

        Assert.Equal(1_250, fits!.Lifetime);
        Assert.Equal(MeterRefusalKind.HigherThanLater, refusal!.Kind);
    }

    [Fact]
    public void Negative_values_and_dates_to_come_are_refused()
    {
        Assert.Equal(MeterRefusalKind.Negative, MeterRule.Check(null, null, -1, Now, Now).Refusal!.Kind);
        Assert.Equal(MeterRefusalKind.InFuture, MeterRule.Check(null, null, 10, Now.AddHours(1), Now).Refusal!.Kind);
        Assert.Null(MeterRule.Check(null, null, 10, Now.AddMinutes(4), Now).Refusal);
    }
}
