using System.Globalization;

namespace Cmms.Stock;

/// <summary>Reads a number typed on a tablet or a phone: "1,5" and "1.5" alike, spaces between thousands ignored.</summary>
internal static class Typed
{
    public static decimal? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '\u202f' && c != '\u00a0' && c != '€')]).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>How a number is put back in a form field: no thousands separator, the reader's decimal mark.</summary>
    public static string Field(decimal value) => value.ToString("0.####", CultureInfo.CurrentCulture);

    public static string Money(decimal amount) => amount.ToString("C2", CultureInfo.GetCultureInfo("fr-FR"));

    public static string Cost(decimal unitCost) => unitCost.ToString("#,##0.0000 €", CultureInfo.GetCultureInfo("fr-FR"));
}
