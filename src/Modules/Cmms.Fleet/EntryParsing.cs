using System.Globalization;
using Cmms.Kernel.Time;

namespace Cmms.Fleet;

/// <summary>
/// Figures and moments typed on a phone: a decimal with a comma or a point (the French keypad gives a comma, a
/// pasted figure a point), spaces as thousands separators; a date-time input's value read as Paris time.
/// </summary>
internal static class EntryParsing
{
    public static decimal? Decimal(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F')).Replace(',', '.');
        return decimal.TryParse(compact, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The value of an <c>input type="datetime-local"</c> (yyyy-MM-ddTHH:mm) as a UTC instant.</summary>
    public static DateTime? ParisMoment(string? text)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];
        if (string.IsNullOrWhiteSpace(text) || !DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        // The hour skipped when clocks go forward does not exist in Paris.
        return ParisTime.Zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ParisTime.Zone);
    }

    /// <summary>A UTC instant as the value of an <c>input type="datetime-local"</c>, in Paris time.</summary>
    public static string LocalInput(DateTime utc) => ParisTime.FromUtc(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
