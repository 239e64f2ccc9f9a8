using Cmms.Directory.Agents;

namespace Cmms.Directory.Tests;

public sealed class RateRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private sealed record Rate(DateOnly From, decimal Cost);

    private static readonly Rate[] History = [new(new(2024, 1, 1), 31.20m), new(new(2025, 1, 1), 32.10m), new(new(2026, 1, 1), 33.05m)];

    [Theory]
    [InlineData("2024-01-01", 31.20)]
    [InlineData("2024-12-31", 31.20)]
    [InlineData("2025-01-01", 32.10)]
    [InlineData("2026-11-23", 33.05)]
    public void Rate_at_a_date_is_the_latest_that_started_on_or_before_it(string date, double expected)
    {
        var rate = RateRules.RateAt(History, r => r.From, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((decimal)expected, rate!.Cost);
    }

    [Fact]
    public void Rate_before_the_first_one_is_none()
    {
        Assert.Null(RateRules.RateAt(History, r => r.From, new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public void A_future_rate_does_not_change_the_rate_of_any_past_day()
    {
        var before = Enumerable.Range(0, 800).Select(d => Today.AddDays(-d)).ToDictionary(d => d, d => RateRules.RateAt(History, r => r.From, d)?.Cost);
        Assert.Null(RateRules.RefusalToAdd(History.Select(r => r.From).ToList(), Today.AddDays(1), 40m, Today));

        Rate[] extended = [.. History, new(Today.AddDays(1), 40m)];

        Assert.All(before, day => Assert.Equal(day.Value, RateRules.RateAt(extended, r => r.From, day.Key)?.Cost));
        Assert.Equal(40m, RateRules.RateAt(extended, r => r.From, Today.AddDays(1))!.Cost);
    }

    [Fact]
    public void A_new_rate_starting_today_or_earlier_is_refused_once_rates_exist()
    {
        var starts = History.Select(r => r.From).ToList();

        Assert.NotNull(RateRules.RefusalToAdd(starts, Today, 40m, Today));
        Assert.NotNull(RateRules.RefusalToAdd(starts, new DateOnly(2025, 6, 1), 40m, Today));
    }

    [Fact]
    public void The_first_rate_of_an_agent_may_be_back_dated()
    {
        Assert.Null(RateRules.RefusalToAdd([], new DateOnly(2025, 9, 1), 35m, Today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(500.01)]
    [InlineData(35.123)]
    public void An_hourly_cost_out_of_range_or_with_fractions_of_a_cent_is_refused(double cost)
    {
        Assert.NotNull(RateRules.RefusalToAdd([], Today.AddDays(10), (decimal)cost, Today));
    }

    [Fact]
    public void Two_rates_cannot_start_on_the_same_date()
    {
        var start = Today.AddDays(30);

        Assert.NotNull(RateRules.RefusalToAdd([start], start, 40m, Today));
    }

    [Fact]
    public void Only_a_rate_that_has_not_started_can_be_removed()
    {
        Assert.Null(RateRules.RefusalToRemove(Today.AddDays(1), Today));
        Assert.NotNull(RateRules.RefusalToRemove(Today, Today));
        Assert.NotNull(RateRules.RefusalToRemove(new DateOnly(2024, 1, 1), Today));
    }
}
