using Cmms.Directory.Contracts;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Triggers;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Preventive.Forecast;

/// <summary>One planned visit of the forecast.</summary>
public sealed record ForecastVisit(Guid PlanId, string Plan, DateOnly Due, decimal Hours, int Assets, Guid? TeamId);

/// <summary>A team's month: the hours its planned work needs against the hours it has.</summary>
public sealed record TeamMonth(DateOnly Month, decimal Needed, decimal Available, int Visits)
{
    public decimal Load => Available == 0 ? (Needed == 0 ? 0 : 999) : Math.Round(Needed / Available * 100, 0);
}

public sealed record TeamForecast(Guid? TeamId, string Team, int Agents, IReadOnlyList<TeamMonth> Months);

/// <summary>
/// The next twelve months of a service's preventive work, from the plans' triggers (each visit supposed
/// done on its date), per team and month, with the hours the teams have.
/// </summary>
internal static class PlanForecast
{
    public static async Task<List<ForecastVisit>> VisitsAsync(DbContext db, Guid serviceId, Guid? teamId, DateOnly today, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var plans = db.Plans;
        var query = plans.AsNoTracking().Where(p => p.Active && p.ServiceId == serviceId);
        if (teamId is { } team)
        {
            query = query.Where(p => p.TeamId == team);
        }

        // Only what the triggers need: at 50,000 plans a service's forecast reads a few thousand narrow rows.
        var rows = await query.Select(p => new
        {
            p.Id, p.Name, p.EstimatedHours, p.TeamId, p.Start, p.CalendarEvery, p.CalendarUnit, p.Floating, p.MeterKind, p.MeterEvery, p.MeterTolerance,
            p.Windows, p.LeadDays, p.LastCompletedOn, p.ReadingAtLastCompletion, p.LastGeneratedDue, Open = p.OpenWorkOrderId != null, Assets = p.Targets.Count,
        }).ToListAsync(cancellationToken);
        var visits = new List<ForecastVisit>();
        foreach (var row in rows)
        {
            var plan = new MaintenancePlan
            {
                Name = row.Name, Start = row.Start, CalendarEvery = row.CalendarEvery, CalendarUnit = row.CalendarUnit, Floating = row.Floating,
                MeterKind = row.MeterKind, MeterEvery = row.MeterEvery, MeterTolerance = row.MeterTolerance, Windows = row.Windows, LeadDays = row.LeadDays,
                LastCompletedOn = row.LastCompletedOn, ReadingAtLastCompletion = row.ReadingAtLastCompletion, LastGeneratedDue = row.LastGeneratedDue,
                OpenWorkOrderId = row.Open ? Guid.Empty : null,
            };
            foreach (var occurrence in PlanEngine.Forecast(plan.Schedule, plan.StateWith(null, null), today, from, to, max: 400))
            {
                visits.Add(new ForecastVisit(row.Id, row.Name, occurrence.Due, row.EstimatedHours, row.Assets, row.TeamId));
            }
        }

        return visits;
    }

    public static IReadOnlyList<TeamForecast> ByTeam(
        IEnumerable<ForecastVisit> visits, IReadOnlyList<TeamInfo> teams, IReadOnlyList<AgentInfo> agents, DateOnly firstMonth, string unassigned)
    {
        var months = Enumerable.Range(0, 12).Select(firstMonth.AddMonths).ToList();
        var byTeam = visits.GroupBy(v => v.TeamId ?? Guid.Empty).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<TeamForecast>();
        foreach (var team in teams)
        {
            var count = agents.Count(a => a.IsActive && a.TeamId == team.Id);
            result.Add(Team(team.Id, team.Name, count, byTeam.GetValueOrDefault(team.Id) ?? [], months));
        }

        if (byTeam.TryGetValue(Guid.Empty, out var none))
        {
            result.Add(Team(null, unassigned, 0, none, months));
        }

        return result;
    }

    private static TeamForecast Team(Guid? id, string name, int agents, List<ForecastVisit> visits, List<DateOnly> months)
    {
        var byMonth = visits.GroupBy(v => (v.Due.Year, v.Due.Month)).ToDictionary(g => g.Key, g => (Hours: g.Sum(v => v.Hours), Count: g.Count()));
        return new(id, name, agents, [.. months.Select(m =>
        {
            var (hours, count) = byMonth.GetValueOrDefault((m.Year, m.Month));
            return new TeamMonth(m, hours, agents * WorkingTime.WorkingDays(m.Year, m.Month) * WorkingTime.HoursPerDay, count);
        })]);
    }
}
