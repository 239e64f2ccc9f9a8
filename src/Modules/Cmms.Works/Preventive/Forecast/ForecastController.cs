using System.Text;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Preventive.Forecast;

/// <summary>The 12-month forecast of a service's preventive work per team, and each team's private iCalendar feed.</summary>
[Authorize(Roles = $"{Roles.ServiceManager},{Roles.Administrator}"), Route("plans")]
public sealed class ForecastController(DbContext db, ICurrentUser user, IUserScopeProvider scopes, IDirectory directory, IClock clock, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("forecast")]
    public async Task<IActionResult> Index(Guid? service, Guid? team, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var services = (await directory.ServicesAsync(cancellationToken)).Where(s => scope.CanSeeService(s.Id)).ToList();
        var chosen = services.FirstOrDefault(s => s.Id == service) ?? services.FirstOrDefault();
        if (chosen is null)
        {
            return View("~/Preventive/Forecast/Index.cshtml", new ForecastPage(null, null, services, [], [], [], new Dictionary<Guid, string>()));
        }

        var today = ParisTime.Today(clock);
        var first = new DateOnly(today.Year, today.Month, 1);
        var teams = (await directory.TeamsAsync(cancellationToken)).Where(t => t.ServiceId == chosen.Id && (team is null || t.Id == team)).ToList();
        var visits = await PlanForecast.VisitsAsync(db, chosen.Id, team, today, first, first.AddMonths(12).AddDays(-1), cancellationToken);
        var byTeam = PlanForecast.ByTeam(visits, teams, await directory.AgentsAsync(cancellationToken), first, text["No team"]);
        var feeds = db.CalendarFeeds;
        var teamIds = teams.Select(t => t.Id).ToList();
        var tokens = await feeds.AsNoTracking().Where(f => teamIds.Contains(f.TeamId)).ToDictionaryAsync(f => f.TeamId, f => f.Token, cancellationToken);
        var allTeams = (await directory.TeamsAsync(cancellationToken)).Where(t => t.ServiceId == chosen.Id).ToList();
        return View("~/Preventive/Forecast/Index.cshtml", new ForecastPage(chosen.Id, team, services, allTeams, byTeam, [.. visits.OrderBy(v => v.Due).ThenBy(v => v.Plan)], tokens));
    }

    [HttpPost("forecast/feeds/{teamId:guid}"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RenewFeed(Guid teamId, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var team = (await directory.TeamsAsync(cancellationToken)).FirstOrDefault(t => t.Id == teamId && scope.CanSeeService(t.ServiceId));
        if (team is null)
        {
            return NotFound();
        }

        var feeds = db.CalendarFeeds;
        var feed = await feeds.FirstOrDefaultAsync(f => f.TeamId == teamId, cancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed { OrganisationId = user.OrganisationId!.Value, TeamId = teamId, Token = CalendarFeed.NewToken(), CreatedAtUtc = clock.UtcNow };
            db.CalendarFeeds.Add(feed);
        }
        else
        {
            feed.Token = CalendarFeed.NewToken();
            feed.CreatedAtUtc = clock.UtcNow;
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The calendar address of {0} is new: the former one no longer works.", team.Name].Value;
        return Redirect($"/plans/forecast?service={team.ServiceId}");
    }

    /// <summary>The team's calendar for phones: no sign-in, the token is the key; 404 for an unknown token.</summary>
    [AllowAnonymous, HttpGet("calendar/{token}.ics")]
    public async Task<IActionResult> Feed(string token, CancellationToken cancellationToken)
    {
        var feeds = db.CalendarFeeds;
        var feed = await feeds.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(f => f.Token == token, cancellationToken);
        if (feed is null)
        {
            return NotFound();
        }

        using var acting = HttpContext.RequestServices.GetRequiredService<IOrganisationContext>().Use(feed.OrganisationId);
        var team = (await directory.TeamsAsync(cancellationToken)).FirstOrDefault(t => t.Id == feed.TeamId);
        if (team is null)
        {
            return NotFound();
        }

        var today = ParisTime.Today(clock);
        var visits = await PlanForecast.VisitsAsync(db, team.ServiceId, team.Id, today, today.AddDays(-7), today.AddMonths(12), cancellationToken);
        return File(Encoding.UTF8.GetBytes(CalendarIcs.Write(team.Name, visits, clock.UtcNow)), "text/calendar; charset=utf-8", $"{team.Name}.ics");
    }
}

public sealed record ForecastPage(
    Guid? Service, Guid? Team, IReadOnlyList<ServiceInfo> Services, IReadOnlyList<TeamInfo> Teams, IReadOnlyList<TeamForecast> ByTeam,
    IReadOnlyList<ForecastVisit> Visits, IReadOnlyDictionary<Guid, string> Feeds);
