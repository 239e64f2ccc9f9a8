using System.Globalization;
using Cmms.Works.Preventive.Triggers;

namespace Cmms.Works.Preventive.Plans;

/// <summary>Seasonal windows as people write them: "01/04-31/10" (day/month), several separated by ";".</summary>
public static class SeasonalWindows
{
    public static IReadOnlyList<SeasonalWindow> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var windows = new List<SeasonalWindow>();
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryParse(part, out var window))
            {
                throw new FormatException($"\"{part}\" is not a window written dd/mm-dd/mm.");
            }

            windows.Add(window);
        }

        return windows;
    }

    public static bool TryParse(string text, out SeasonalWindow window)
    {
        window = default;
        var ends = text.Split('-', StringSplitOptions.TrimEntries);
        if (ends.Length != 2 || !TryDayMonth(ends[0], out var from) || !TryDayMonth(ends[1], out var to))
        {
            return false;
        }

        window = new SeasonalWindow(from.Month, from.Day, to.Month, to.Day);
        return true;
    }

    public static string Format(IEnumerable<SeasonalWindow> windows) =>
        string.Join(";", windows.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.FromDay:00}/{w.FromMonth:00}-{w.ToDay:00}/{w.ToMonth:00}")));

    private static bool TryDayMonth(string text, out (int Day, int Month) value)
    {
        value = default;
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            return false;
        }

        value = (day, month);
        return true;
    }
}
