using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;

namespace Cmms.Fleet.Tests;

public sealed class CostPerUseTests
{
    private static readonly DateTime Start = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Cost_per_km_adds_work_orders_and_fuel_over_the_distance_of_the_period()
    {
        var figure = new CostFigure(1_250.40m, 2_749.60m, 16_000);

        Assert.Equal(4_000m, figure.Total);
        Assert.Equal(0.25m, figure.PerUnit);
    }

    [Fact]
    public void No_use_gives_no_cost_per_km()
    {
        Assert.Null(new CostFigure(300, 0, 0).PerUnit);
    }

    [Fact]
    public void The_use_of_a_period_starts_at_the_last_reading_before_it()
    {
        ReadingPoint[] readings = [new(Start.AddDays(-20), 40_000, 40_000), new(Start.AddDays(10), 41_000, 41_000), new(Start.AddDays(300), 55_000, 55_000)];

        Assert.Equal(15_000, CostPerUse.UseBetween(readings, Start, Start.AddDays(365)));
        Assert.Equal(14_000, CostPerUse.UseBetween(readings, Start.AddDays(20), Start.AddDays(365)));
        Assert.Equal(1_000, CostPerUse.UseBetween(readings, Start, Start.AddDays(100)));
    }

    [Fact]
    public void The_use_bridges_a_meter_replacement_through_lifetimes()
    {
        // Old meter 187 000 → 187 400 km, replaced by a new meter at 0, then 600 km on it.
        ReadingPoint[] readings =
        [
            new(Start, 187_000, 187_000), new(Start.AddDays(10), 0, 187_400, true), new(Start.AddDays(20), 600, 188_000),
        ];

        Assert.Equal(1_000, CostPerUse.UseBetween(readings, Start, Start.AddDays(30)));
    }
}
