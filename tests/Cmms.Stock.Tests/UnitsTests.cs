using Cmms.Stock.Items;

namespace Cmms.Stock.Tests;

public sealed class UnitsTests
{
    [Theory]
    [InlineData(3, "u", null)]
    [InlineData(2.5, "u", "This item is counted in whole pieces.")]
    [InlineData(2.5, "m", null)]
    [InlineData(0.0005, "kg", "At most 3 decimals.")]
    [InlineData(0, "u", "The quantity must be more than 0.")]
    [InlineData(-2, "l", "The quantity must be more than 0.")]
    public void A_quantity_is_checked_against_its_unit(double quantity, string unit, string? problem) =>
        Assert.Equal(problem, Units.Problem((decimal)quantity, unit));
}
