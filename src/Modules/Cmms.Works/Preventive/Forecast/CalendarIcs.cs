using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Cmms.Works.Preventive.Forecast;

/// <summary>The team's planned visits as an RFC 5545 calendar: one all-day event per visit, stable ids so phones update rather than duplicate.</summary>
internal static class CalendarIcs
{
    public static string Write(string team, IEnumerable<ForecastVisit> visits, DateTime nowUtc)
    {
        var calendar = new Calendar { ProductId = "-//Cmms//Maintenance préventive//FR" };
        calendar.AddProperty("X-WR-CALNAME", $"Cmms — {team}");
        calendar.AddProperty("X-WR-TIMEZONE", "Europe/Paris");
        foreach (var visit in visits)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{visit.PlanId:N}-{visit.Due:yyyyMMdd}@cmms",
                Summary = visit.Plan,
                Description = visit.Assets > 1 ? $"{visit.Assets} équipements — {visit.Hours:0.##} h prévues" : $"{visit.Hours:0.##} h prévues",
                DtStart = new CalDateTime(visit.Due.Year, visit.Due.Month, visit.Due.Day),
                DtEnd = new CalDateTime(visit.Due.AddDays(1).Year, visit.Due.AddDays(1).Month, visit.Due.AddDays(1).Day),
                DtStamp = new CalDateTime(nowUtc, "UTC"),
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
