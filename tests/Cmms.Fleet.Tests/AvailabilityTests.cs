using Cmms.Fleet.Vehicles;
using Cmms.Fleet.Workshop;

namespace Cmms.Fleet.Tests;

public sealed class AvailabilityTests
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Downtime_is_release_minus_intake_or_now_while_in_the_workshop()
    {
        var intake = Start.AddHours(8);

        Assert.Equal(TimeSpan.FromHours(32.5), Availability.Downtime(intake, intake.AddHours(32.5), Start.AddDays(10)));
        Assert.Equal(TimeSpan.FromHours(16), Availability.Downtime(intake, null, Start.AddHours(24)));
    }

    [Fact]
    public void Availability_is_the_share_of_the_period_neither_in_the_workshop_nor_out_of_service()
    {
        StatusPoint[] history =
        [
            new(Start, VehicleStatus.Available),
            new(Start.AddDays(10), VehicleStatus.InWorkshop),
            new(Start.AddDays(12), VehicleStatus.Available),
            new(Start.AddDays(90), VehicleStatus.OutOfService),
        ];

        var figure = Availability.Measure(history, Start, Start.AddDays(100));

        Assert.Equal(TimeSpan.FromDays(100), figure.Observed);
        Assert.Equal(TimeSpan.FromDays(12), figure.Unavailable);
        Assert.Equal(0.88m, figure.Ratio);
    }

    [Fact]
    public void A_period_starting_before_the_vehicle_entered_the_register_is_observed_from_its_first_status()
    {
        StatusPoint[] history = [new(Start.AddDays(50), VehicleStatus.Available), new(Start.AddDays(75), VehicleStatus.InWorkshop)];

        var figure = Availability.Measure(history, Start, Start.AddDays(100));

        Assert.Equal(TimeSpan.FromDays(50), figure.Observed);
        Assert.Equal(0.5m, figure.Ratio);
    }

    [Fact]
    public void A_stay_that_began_before_the_period_counts_only_its_part_inside()
    {
        StatusPoint[] history = [new(Start.AddDays(-30), VehicleStatus.Available), new(Start.AddDays(-2), VehicleStatus.InWorkshop), new(Start.AddDays(3), VehicleStatus.Available)];

        var figure = Availability.Measure(history, Start, Start.AddDays(10));

        Assert.Equal(TimeSpan.FromDays(3), figure.Unavailable);
        Assert.Equal(0.7m, figure.Ratio);
    }

    [Fact]
    public void Nothing_observed_gives_no_ratio()
    {
        Assert.Null(Availability.Measure([], Start, Start.AddDays(1)).Ratio);
        Assert.Null(Availability.Measure([new(Start.AddDays(5), VehicleStatus.Available)], Start, Start.AddDays(1)).Ratio);
    }
}
