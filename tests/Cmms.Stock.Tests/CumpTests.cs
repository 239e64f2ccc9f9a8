using Cmms.Stock.Ledger;

namespace Cmms.Stock.Tests;

/// <summary>
/// The weighted average unit cost (CUMP), worked by hand. Amounts are rounded to the cent at each line,
/// the CUMP kept to 4 decimals; receipts recompute it, issues and transfers leave at it, returns come back
/// at their issue's unit cost.
/// </summary>
public sealed class CumpTests
{
    [Fact]
    public void A_year_of_one_item_in_two_stores_is_valued_as_worked_by_hand()
    {
        var a = Position.Empty;
        decimal amount, unitCost;

        // 1. Receipt of 10 u at 2.00 €: 20.00 €, CUMP 2.0000.
        (a, amount) = a.In(10, 2.00m);
        Assert.Equal((10m, 20.00m, 2.0000m, 20.00m), (a.Quantity, a.Value, a.Cump, amount));

        // 2. Issue of 4 u at 2.0000: 8.00 €. Left 6 u, 12.00 €.
        (a, unitCost, amount) = a.Out(4);
        Assert.Equal((6m, 12.00m, 2.0000m, 2.0000m, 8.00m), (a.Quantity, a.Value, a.Cump, unitCost, amount));

        // 3. Receipt of 14 u at 2.50 €: 35.00 €. 20 u, 47.00 €, CUMP 47 / 20 = 2.3500.
        (a, amount) = a.In(14, 2.50m);
        Assert.Equal((20m, 47.00m, 2.3500m, 35.00m), (a.Quantity, a.Value, a.Cump, amount));

        // 4. Issue of 3 u at 2.3500: 7.05 €. 17 u, 39.95 €.
        (a, unitCost, amount) = a.Out(3);
        var issueCost = unitCost;
        Assert.Equal((17m, 39.95m, 2.3500m, 7.05m), (a.Quantity, a.Value, a.Cump, amount));

        // 5. Receipt of 3 u at 2.10 €: 6.30 €. 20 u, 46.25 €, CUMP 2.3125.
        (a, amount) = a.In(3, 2.10m);
        Assert.Equal((20m, 46.25m, 2.3125m, 6.30m), (a.Quantity, a.Value, a.Cump, amount));

        // 6. Return of 2 u of issue 4, at that issue's 2.3500 (not today's CUMP): 4.70 €. 22 u, 50.95 €, CUMP 50.95 / 22 = 2.315909… → 2.3159.
        (a, amount) = a.In(2, issueCost);
        Assert.Equal((22m, 50.95m, 2.3159m, 4.70m), (a.Quantity, a.Value, a.Cump, amount));

        // 7. Issue of 7 u at 2.3159: 16.2113 → 16.21 €. 15 u, 34.74 €; the CUMP stays.
        (a, unitCost, amount) = a.Out(7);
        Assert.Equal((15m, 34.74m, 2.3159m, 16.21m), (a.Quantity, a.Value, a.Cump, amount));

        // 8. Transfer of 5 u to store B, out at 2.3159: 11.5795 → 11.58 €. A keeps 10 u, 23.16 €.
        //    B receives them at the same unit cost: 11.58 €, CUMP 11.58 / 5 = 2.3160.
        (a, unitCost, amount) = a.Out(5);
        var (b, inAmount) = Position.Empty.In(5, unitCost);
        Assert.Equal((10m, 23.16m, 11.58m), (a.Quantity, a.Value, amount));
        Assert.Equal((5m, 11.58m, 2.3160m, 11.58m), (b.Quantity, b.Value, b.Cump, inAmount));

        // 9. A is emptied: 10 u at 2.3159 would be 23.159 → 23.16 €, and the last units take exactly what is left.
        (a, _, amount) = a.Out(10);
        Assert.Equal((0m, 0m, 23.16m), (a.Quantity, a.Value, amount));

        // 10. Refilled: 4 u at 5.00 € make a fresh CUMP of 5.0000, nothing of the old one left.
        (a, _) = a.In(4, 5.00m);
        Assert.Equal((4m, 20.00m, 5.0000m), (a.Quantity, a.Value, a.Cump));
    }

    [Fact]
    public void The_last_units_out_take_the_cents_rounding_left_behind()
    {
        // 3 u bought for 10.00 €: CUMP 3.3333. Two issues of 1 u at 3.33 €, the last one takes 3.34 €.
        var (p, _) = Position.Empty.In(3, 10m / 3);
        Assert.Equal((10.00m, 3.3333m), (p.Value, p.Cump));
        (p, _, var first) = p.Out(1);
        (p, _, var second) = p.Out(1);
        (p, _, var last) = p.Out(1);
        Assert.Equal((3.33m, 3.33m, 3.34m), (first, second, last));
        Assert.Equal((0m, 0m), (p.Quantity, p.Value));
    }

    [Fact]
    public void Receipts_at_different_prices_weigh_by_quantity_and_value_keeps_to_the_cent()
    {
        // 7 m at 1.35 € (9.45 €) then 3 m at 1.47 € (4.41 €): 13.86 € for 10 m, CUMP 1.3860.
        var (p, first) = Position.Empty.In(7, 1.35m);
        (p, var second) = p.In(3, 1.47m);
        Assert.Equal((9.45m, 4.41m, 13.86m, 1.3860m), (first, second, p.Value, p.Cump));

        // 2.5 m out at 1.3860: 3.465 → 3.47 € (half a cent rounds away from zero).
        (p, _, var amount) = p.Out(2.5m);
        Assert.Equal((7.5m, 10.39m, 3.47m), (p.Quantity, p.Value, amount));
    }

    [Fact]
    public void Nothing_goes_out_that_is_not_there_and_nothing_comes_in_at_zero_quantity()
    {
        var (p, _) = Position.Empty.In(2, 1m);
        Assert.Throws<ArgumentOutOfRangeException>(() => p.Out(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => p.Out(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => p.In(0, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => p.In(-1, 1m));
    }

    [Fact]
    public void No_issue_takes_more_than_the_value_left()
    {
        // A CUMP rounded up leaves a line's amount larger than the value left: the line takes what is left.
        var p = new Position(3, 0.01m, 0.0050m);
        (p, _, var amount) = p.Out(2);
        Assert.Equal((1m, 0m, 0.01m), (p.Quantity, p.Value, amount));
    }
}
