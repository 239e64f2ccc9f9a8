using System.Globalization;
using Cmms.Kernel.Import;

namespace Cmms.Buildings.Import;

/// <summary>
/// Reads the text of an inventory's cells as a town's files write them: "1 234,5" or "1234.5", "2019-03-01" or
/// "01/03/2019". A cell that cannot be read is a refusal of its row, never a guess.
/// </summary>
internal static class ImportValues
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string? Text(ImportRow row, string field) =>
        row.Values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static bool TryNumber(ImportRow row, string field, out double? number)
    {
        number = null;
        if (Text(row, field) is not { } text)
        {
            return true;
        }

        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal);
        if (double.TryParse(compact, NumberStyles.Float, CultureInfo.InvariantCulture, out var invariant) && double.IsFinite(invariant))
        {
            number = invariant;
            return true;
        }

        if (double.TryParse(compact, NumberStyles.Float, French, out var french) && double.IsFinite(french))
        {
            number = french;
            return true;
        }

        return false;
    }

    public static bool TryWhole(ImportRow row, string field, out int? whole)
    {
        whole = null;
        if (!TryNumber(row, field, out var number))
        {
            return false;
        }

        if (number is { } n)
        {
            if (n != Math.Floor(n) || n is < int.MinValue or > int.MaxValue)
            {
                return false;
            }

            whole = (int)n;
        }

        return true;
    }

    public static bool TryDate(ImportRow row, string field, out DateOnly? date)
    {
        date = null;
        if (Text(row, field) is not { } text)
        {
            return true;
        }

        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        return false;
    }
}
