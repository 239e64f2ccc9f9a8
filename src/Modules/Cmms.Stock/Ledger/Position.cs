namespace Cmms.Stock.Ledger;

/// <summary>
/// Valuation at weighted average unit cost (CUMP), perpetual. What comes in adds its value and makes a
/// new CUMP (value ÷ quantity, kept to 4 decimals); what goes out leaves at the current CUMP, each line's
/// amount rounded to the cent, so the value is always a sum of cents. The last units out take the whole
/// remaining value: an emptied store holds exactly nothing, and the next receipt sets the CUMP afresh.
/// </summary>
public readonly record struct Position(decimal Quantity, decimal Value, decimal Cump)
{
    public static readonly Position Empty = new(0, 0, 0);

    public static decimal Money(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static decimal Cost(decimal unitCost) => decimal.Round(unitCost, 4, MidpointRounding.AwayFromZero);

    /// <summary>A receipt, a return, a transfer in, a found quantity: at <paramref name="unitCost"/>.</summary>
    public (Position After, decimal Amount) In(decimal quantity, decimal unitCost)
    {
        if (quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "An inbound quantity is positive.");
        }

        var amount = Money(quantity * unitCost);
        var q = Quantity + quantity;
        var v = Value + amount;
        return (new Position(q, v, Cost(v / q)), amount);
    }

    /// <summary>An issue, a transfer out, a loss: at the current CUMP. The caller checked the quantity is there.</summary>
    public (Position After, decimal UnitCost, decimal Amount) Out(decimal quantity)
    {
        if (quantity <= 0 || quantity > Quantity)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"Between 0 and {Quantity} can go out.");
        }

        var q = Quantity - quantity;

        // Rounding each line to the cent may leave a cent or two behind or ahead: the last units out take what is left,
        // and no line takes more than there is.
        var amount = q == 0 ? Value : Math.Min(Money(quantity * Cump), Value);
        return (new Position(q, Value - amount, Cump), Cump, amount);
    }
}
