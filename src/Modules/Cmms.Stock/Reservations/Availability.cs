namespace Cmms.Stock.Reservations;

/// <summary>
/// The reservation rules, apart from the database: what is available, what an issue for a work order may
/// take, and how an issue consumes that work order's reservations.
/// </summary>
internal static class Availability
{
    /// <summary>On hand less everything reserved: what a new need may count on.</summary>
    public static decimal Available(decimal onHand, decimal reserved) => onHand - reserved;

    /// <summary>What an issue for a work order may take: on hand less what is reserved for other work (its own reservations are its to take).</summary>
    public static decimal ForIssue(decimal onHand, decimal reserved, decimal reservedForThisWork) => onHand - (reserved - reservedForThisWork);

    /// <summary>How much of <paramref name="quantity"/> each open reservation absorbs, oldest first; the rest is taken unreserved.</summary>
    public static decimal[] Consume(IReadOnlyList<decimal> remaining, decimal quantity)
    {
        var taken = new decimal[remaining.Count];
        var left = quantity;
        for (var i = 0; i < remaining.Count && left > 0; i++)
        {
            taken[i] = Math.Min(left, Math.Max(0, remaining[i]));
            left -= taken[i];
        }

        return taken;
    }

    /// <summary>The part of a reservation that is not on the shelf: it shows in the reorder list.</summary>
    public static decimal Shortfall(decimal onHand, decimal reservedBefore, decimal quantity) => Math.Max(0, quantity - Math.Max(0, onHand - reservedBefore));
}
