using Cmms.Stock.Reservations;

namespace Cmms.Stock.Tests;

public sealed class ReservationRulesTests
{
    [Fact]
    public void Available_is_on_hand_less_reserved_and_can_be_negative_when_more_is_reserved_than_held()
    {
        Assert.Equal(7m, Availability.Available(10, 3));
        Assert.Equal(-2m, Availability.Available(4, 6));
    }

    [Fact]
    public void A_work_order_may_take_its_own_reservation_but_not_other_work_orders()
    {
        // 10 on hand, 8 reserved of which 5 for this work order: 3 reserved for others, 7 may be taken.
        Assert.Equal(7m, Availability.ForIssue(10, 8, 5));

        // With nothing reserved for it, only what nobody reserved.
        Assert.Equal(2m, Availability.ForIssue(10, 8, 0));
    }

    [Fact]
    public void An_issue_consumes_the_oldest_reservations_first_and_the_rest_is_unreserved()
    {
        Assert.Equal([2m, 3m], Availability.Consume([2m, 4m], 5));
        Assert.Equal([2m, 4m], Availability.Consume([2m, 4m], 9));
        Assert.Equal([1m, 0m], Availability.Consume([2m, 4m], 1));
        Assert.Empty(Availability.Consume([], 3));
    }

    [Fact]
    public void The_shortfall_of_a_reservation_is_what_the_shelf_cannot_cover()
    {
        Assert.Equal(0m, Availability.Shortfall(10, 2, 8));
        Assert.Equal(3m, Availability.Shortfall(10, 2, 11));
        Assert.Equal(5m, Availability.Shortfall(2, 4, 5));
    }
}
