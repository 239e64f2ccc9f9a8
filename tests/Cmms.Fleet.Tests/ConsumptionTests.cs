using Cmms.Fleet.Fuel;
using Cmms.Fleet.Readings;

namespace Cmms.Fleet.Tests;

public sealed class ConsumptionTests
{
    private static readonly DateTime Day = new(2026, 3, 2, 15, 0, 0, DateTimeKind.Utc);

    private static FillPoint Fill(int day, decimal litres, decimal? lifetime, bool full = true) => new(Day.AddDays(day), litres, full, lifetime);

    [Fact]
    public void Consumption_between_two_full_fills_is_the_second_fills_litres_over_the_distance()
    {
        var intervals = Consumption.Intervals([Fill(0, 40, 10_000), Fill(7, 42, 10_700)]);

        var interval = Assert.Single(intervals);
        Assert.Equal(700, interval.Use);
        Assert.Equal(42, interval.Litres);
        Assert.Equal(6.0m, Consumption.Figure(Consumption.PerUnit(intervals, Day, Day.AddDays(30)), MeterKind.Km));
    }

    [Fact]
    public void Partial_fills_between_two_full_ones_count_in_the_interval()
    {
        var intervals = Consumption.Intervals([Fill(0, 50, 10_000), Fill(3, 20, 10_300, full: false), Fill(8, 40, 11_000)]);

        var interval = Assert.Single(intervals);
        Assert.Equal(60, interval.Litres);
        Assert.Equal(6.0m, Consumption.Figure(Consumption.PerUnit(intervals, Day, Day.AddDays(30)), MeterKind.Km));
    }

    [Fact]
    public void Fills_before_the_first_full_fill_are_left_out()
    {
        var intervals = Consumption.Intervals([Fill(-2, 30, 9_500, full: false), Fill(0, 50, 10_000), Fill(8, 60, 11_000)]);

        Assert.Equal(60, Assert.Single(intervals).Litres);
    }

    [Fact]
    public void A_period_weighs_each_interval_by_its_distance_not_an_average_of_averages()
    {
        // 100 km at 10 L/100 km, then 900 km at 5 L/100 km: 55 L for 1 000 km = 5.5, not (10 + 5) / 2.
        var intervals = Consumption.Intervals([Fill(0, 40, 0), Fill(1, 10, 100), Fill(10, 45, 1_000)]);

        Assert.Equal(5.5m, Consumption.Figure(Consumption.PerUnit(intervals, Day, Day.AddDays(30)), MeterKind.Km));
    }

    [Fact]
    public void Hour_meters_give_litres_per_hour()
    {
        var intervals = Consumption.Intervals([Fill(0, 30, 1_200.0m), Fill(10, 32, 1_210.0m)]);

        Assert.Equal(3.2m, Consumption.Figure(Consumption.PerUnit(intervals, Day, Day.AddDays(30)), MeterKind.EngineHours));
    }

    [Fact]
    public void A_meter_replacement_between_fills_is_bridged_by_lifetimes()
    {
        // Lifetimes keep rising over the replacement, so the 600 km travelled count once, never as a negative jump.
        var intervals = Consumption.Intervals([Fill(0, 40, 187_200), Fill(9, 36, 187_800)]);

        Assert.Equal(6.0m, Consumption.Figure(Consumption.PerUnit(intervals, Day, Day.AddDays(30)), MeterKind.Km));
    }

    [Fact]
    public void A_full_fill_without_a_reading_breaks_the_chain_and_no_use_carries_the_litres()
    {
        var broken = Consumption.Intervals([Fill(0, 40, 1_000), Fill(5, 30, null), Fill(9, 35, 2_000), Fill(15, 42, 2_700)]);
        Assert.Equal(42, Assert.Single(broken).Litres);

        var idle = Consumption.Intervals([Fill(0, 40, 1_000), Fill(1, 5, 1_000), Fill(9, 40, 1_750)]);
        Assert.Equal(45, Assert.Single(idle).Litres);
        Assert.Equal(750, idle[0].Use);
    }

    [Fact]
    public void No_complete_interval_in_the_period_gives_no_figure()
    {
        var intervals = Consumption.Intervals([Fill(0, 40, 1_000), Fill(9, 40, 1_700)]);

        Assert.Null(Consumption.PerUnit(intervals, Day.AddDays(20), Day.AddDays(30)));
        Assert.Null(Consumption.Figure(null, MeterKind.Km));
    }
}
