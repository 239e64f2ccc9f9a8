using Cmms.Stock.Items;
using Cmms.Stock.Reorder;

namespace Cmms.Stock.Tests;

public sealed class ReorderTests
{
    [Theory]
    [InlineData(12, 0, 0, 10, false)] // above the reorder point
    [InlineData(8, 0, 0, 10, true)] // under it
    [InlineData(8, 5, 0, 10, false)] // what is on order lifts it back
    [InlineData(12, 0, 4, 10, true)] // what is reserved pulls it under
    [InlineData(10, 0, 0, 10, false)] // at the point is not under it
    [InlineData(0, 0, 0, 0, false)] // no reorder point: never reordered
    public void An_item_is_to_reorder_when_on_hand_plus_on_order_less_reserved_is_under_its_point(
        double onHand, double onOrder, double reserved, double point, bool expected) =>
        Assert.Equal(expected, ReorderList.IsUnder((decimal)onHand, (decimal)onOrder, (decimal)reserved, (decimal)point));

    [Fact]
    public void The_suggestion_is_the_reorder_quantity_or_enough_to_reach_the_point_again()
    {
        Assert.Equal(20m, ReorderList.Suggest(projected: 5, reorderPoint: 10, reorderQuantity: 20, Units.Piece));
        Assert.Equal(35m, ReorderList.Suggest(projected: -25, reorderPoint: 10, reorderQuantity: 20, Units.Piece));
    }

    [Fact]
    public void Pieces_are_ordered_whole_and_measured_units_to_the_thousandth()
    {
        Assert.Equal(6m, ReorderList.Suggest(projected: 4.5m, reorderPoint: 10, reorderQuantity: 2, Units.Piece));
        Assert.Equal(5.5m, ReorderList.Suggest(projected: 4.5m, reorderPoint: 10, reorderQuantity: 2, "m"));
    }
}
