using System.Globalization;
using Cmms.Fleet.Readings;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet;

/// <summary>How the module's figures read on a page, in the reader's culture.</summary>
internal static class Display
{
    /// <summary>"2 d 5 h" from three days down, "5 h 20 min" below.</summary>
    public static string Duration(TimeSpan span, IStringLocalizer text) =>
        span.TotalDays >= 3
            ? text["{0} d {1} h", (int)span.TotalDays, span.Hours]
            : text["{0} h {1} min", (int)span.TotalHours, span.Minutes];

    public static string Percent(decimal? ratio) =>
        ratio is { } r ? (r * 100).ToString("0.0", CultureInfo.CurrentCulture) + " %" : "—";

    public static string Money(decimal? amount) => amount?.ToString("C", CultureInfo.CurrentCulture) ?? "—";

    public static string Meter(decimal? value, MeterKind? kind) =>
        value is { } v && kind is { } k ? $"{ReadingBook.Format(v, k)} {Units.Of(k)}" : "—";

    /// <summary>L/100 km for an odometer, L/h for an hour meter.</summary>
    public static string ConsumptionUnit(MeterKind kind) => kind == MeterKind.Km ? "L/100 km" : "L/h";

    public static string PerUnit(MeterKind kind) => kind == MeterKind.Km ? "€/km" : "€/h";
}
