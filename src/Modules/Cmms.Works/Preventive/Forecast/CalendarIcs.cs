using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Cmms.Works.Preventive.Forecast;

/// <summary>
/// The team's planned visits as an RFC 5545 calendar: one event per visit, from 08:00 Paris time for the hours it
/// needs (the zone is written out as a VTIMEZONE, so any phone shows the right hour across daylight-saving changes),
/// with ids stable from one fetch to the next, so phones update rather than duplicate.
/// </summary>
internal static class CalendarIcs
{
    private const string Zone = "Europe/Paris";
    private static readonly TimeOnly DayStarts = new(8, 0);

    public static string Write(string team, IEnumerable<ForecastVisit> visits, DateTime nowUtc)
    {
        var calendar = new Calendar { ProductId = "-//Cmms//Maintenance préventive//FR" };
        calendar.AddProperty("X-WR-CALNAME", $"Cmms — {team}");
        calendar.AddProperty("X-WR-TIMEZONE", Zone);
        calendar.AddTimeZone(new VTimeZone(Zone));
        foreach (var visit in visits)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{visit.PlanId:N}-{visit.Due:yyyyMMdd}@cmms",
                Summary = visit.Plan,
                Description = visit.Assets > 1 ? $"{visit.Assets} équipements — {visit.Hours:0.##} h prévues" : $"{visit.Hours:0.##} h prévues",
                DtStart = new CalDateTime(visit.Due.ToDateTime(DayStarts), Zone),
                DtEnd = new CalDateTime(visit.Due.ToDateTime(DayStarts).AddHours((double)Math.Clamp(visit.Hours, 1, 8)), Zone),
                DtStamp = new CalDateTime(nowUtc, "UTC"),
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
