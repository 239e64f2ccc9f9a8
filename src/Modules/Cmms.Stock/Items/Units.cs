using System.Globalization;

namespace Cmms.Stock.Items;

/// <summary>
/// The units items are counted in. A piece is counted whole; lengths, areas, weights and volumes to the
/// thousandth. Symbols read the same in French and English, so they are stored as shown.
/// </summary>
public static class Units
{
    public const string Piece = "u";

    public static readonly IReadOnlyList<string> All = [Piece, "m", "m²", "kg", "l"];

    public static bool IsKnown(string? unit) => unit is not null && All.Contains(unit);

    /// <summary>Decimals a quantity may have in this unit.</summary>
    public static int Decimals(string unit) => unit == Piece ? 0 : 3;

    /// <summary>What is wrong with a quantity in this unit (English resource key), or null.</summary>
    public static string? Problem(decimal quantity, string unit)
    {
        if (quantity <= 0)
        {
            return "The quantity must be more than 0.";
        }

        if (decimal.Round(quantity, Decimals(unit)) != quantity)
        {
            return unit == Piece ? "This item is counted in whole pieces." : "At most 3 decimals.";
        }

        return quantity > 1_000_000m ? "The quantity is too large." : null;
    }

    public static string Show(decimal quantity) => quantity.ToString("0.###", CultureInfo.CurrentCulture);
}
