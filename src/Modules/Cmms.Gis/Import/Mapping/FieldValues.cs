using System.Globalization;
using Cmms.Kernel.Geo;

namespace Cmms.Gis.Import.Mapping;

/// <summary>
/// A cell's text turned into the canonical form registers read, whatever the file's habits: numbers with
/// a dot ("12,5" and "1 234,5" are French for 12.5 and 1234.5), dates as yyyy-MM-dd ("01/03/2024" is the
/// 1st of March), yes/no as true/false ("oui", "x", "1"…). Null when the cell is empty.
/// </summary>
internal static class FieldValues
{
    public const string NotANumber = "{0}: \"{1}\" is not a number.";
    public const string NotAWholeNumber = "{0}: \"{1}\" is not a whole number.";
    public const string NotADate = "{0}: \"{1}\" is not a date (write it as 31/12/2024 or 2024-12-31).";
    public const string NotYesNo = "{0}: \"{1}\" is neither yes nor no.";

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd",
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy HH:mm", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy",
    ];

    /// <summary>The canonical value, or the reason key (with the field's label and the cell as arguments) when the cell does not read as its type.</summary>
    public static (string? Value, string? Refusal) Normalise(FieldType type, string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return (null, null);
        }

        var text = cell.Trim();
        switch (type)
        {
            case FieldType.Number:
                return TryNumber(text, out var number) ? (number.ToString("R", CultureInfo.InvariantCulture), null) : (null, NotANumber);
            case FieldType.WholeNumber:
                return TryNumber(text, out var whole) && whole == Math.Floor(whole) && Math.Abs(whole) < 1e15
                    ? (((long)whole).ToString(CultureInfo.InvariantCulture), null)
                    : (null, NotAWholeNumber);
            case FieldType.Date:
                return TryDate(text, out var day) ? (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null) : (null, NotADate);
            case FieldType.Boolean:
                return TryYesNo(text, out var yes) ? (yes ? "true" : "false", null) : (null, NotYesNo);
            default:
                return (text, null);
        }
    }

    /// <summary>
    /// A decimal number written the French way or the English way. With both a comma and a dot, the last
    /// one is the decimal mark; spaces (also non-breaking) group thousands.
    /// </summary>
    public static bool TryNumber(string text, out double value)
    {
        var s = new string([.. text.Where(c => c is not (' ' or '\u00A0' or '\u202F' or '\''))]);
        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            s = comma > dot ? s.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.') : s.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            s = s.Count(c => c == ',') > 1 ? s.Replace(",", string.Empty, StringComparison.Ordinal) : s.Replace(',', '.');
        }
        else if (s.Count(c => c == '.') > 1)
        {
            s = s.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    public static bool TryDate(string text, out DateOnly day)
    {
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var moment)
            && moment.Year is >= 1000 and <= 9999)
        {
            day = DateOnly.FromDateTime(moment);
            return true;
        }

        day = default;
        return false;
    }

    public static bool TryYesNo(string text, out bool yes)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "oui" or "o" or "yes" or "y" or "vrai" or "true" or "1" or "x":
                yes = true;
                return true;
            case "non" or "n" or "no" or "faux" or "false" or "0":
                yes = false;
                return true;
            default:
                yes = false;
                return false;
        }
    }
}
