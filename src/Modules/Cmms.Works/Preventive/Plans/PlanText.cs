using System.Globalization;
using Cmms.Works.Preventive.Triggers;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Preventive.Plans;

/// <summary>A plan's trigger in the words of the people who plan it: "tous les 3 mois (glissant) ou 15 000 km, du 01/04 au 31/10".</summary>
public static class PlanText
{
    public static string Trigger(IStringLocalizer t, int? every, PeriodUnit unit, bool floating, string? meterKind, decimal? meterEvery, string? windows)
    {
        var parts = new List<string>();
        if (every is { } n)
        {
            var calendar = t[$"every {{0}} PeriodUnit.{unit}", n].Value;
            parts.Add(floating ? $"{calendar} ({t["floating"]})" : calendar);
        }

        if (meterKind is not null && meterEvery is { } m)
        {
            parts.Add(t["every {0} {1}", m.ToString("N0", CultureInfo.CurrentCulture), meterKind].Value);
        }

        var text = string.Join(" " + t["or"].Value + " ", parts);
        if (!string.IsNullOrWhiteSpace(windows))
        {
            text += " — " + t["season {0}", windows.Replace(";", ", ", StringComparison.Ordinal)].Value;
        }

        return text;
    }
}
