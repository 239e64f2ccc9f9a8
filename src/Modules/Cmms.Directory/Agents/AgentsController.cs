using Cmms.Directory.Contracts;
using Cmms.Directory.Users;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Directory.Agents;

public sealed record AgentRow(Guid Id, string EmployeeNumber, string FullName, string Trade, string? Team, bool IsActive);

public sealed record AgentList(Paged<AgentRow> Page, string? Query, Guid? TeamId, IReadOnlyList<Choice> Teams, bool CanEdit);

[Authorize(Roles = $"{Roles.Administrator},{Roles.ServiceManager},{Roles.HumanResources},{Roles.Finance}"), Route("agents")]
public sealed class AgentsController(
    DbContext db,
    IUserScopeProvider scopes,
    ICurrentUser user,
    IClock clock,
    IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, Guid? teamId, int page = 1, CancellationToken cancellationToken = default)
    {
        var agents = await AgentQueries.ScopedAsync(db, scopes, user, cancellationToken);
        agents = AgentQueries.Search(agents, q, teamId);
        var paging = new PageRequest(Math.Max(1, page));
        var total = await agents.CountAsync(cancellationToken);
        var (trades, teamsTable) = (db.Trades, db.Teams);
        var rows = await agents.OrderBy(a => a.LastName).ThenBy(a => a.FirstName).Skip(paging.Skip).Take(paging.PageSize)
            .Select(a => new AgentRow(a.Id, a.EmployeeNumber, a.LastName + " " + a.FirstName,
                trades.Where(t => t.Id == a.TradeId).Select(t => t.Name).First(),
                teamsTable.Where(t => t.Id == a.TeamId).Select(t => t.Name).FirstOrDefault(), a.IsActive))
            .ToListAsync(cancellationToken);
        var teams = await TeamChoicesAsync(cancellationToken);
        return View(new AgentList(new Paged<AgentRow>(rows, paging.Page, paging.PageSize, total), q, teamId, teams, User.IsInRole(Roles.Administrator)));
    }

    [Authorize(Roles = Roles.Administrator), HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", await PageAsync(new AgentForm(), cancellationToken));

    [Authorize(Roles = Roles.Administrator), HttpPost("new")]
    public async Task<IActionResult> New(AgentForm form, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await PageAsync(form, cancellationToken));
        }

        var agent = new Agent { EmployeeNumber = string.Empty, FirstName = string.Empty, LastName = string.Empty };
        form.ApplyTo(agent);
        db.Agents.Add(agent);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The agent has been created. Add their hourly rate below."].Value;
        return Redirect($"/agents/{agent.Id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var agent = await (await AgentQueries.ScopedAsync(db, scopes, user, cancellationToken)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return agent is null ? NotFound() : View(await PageAsync(AgentForm.From(agent), cancellationToken));
    }

    [Authorize(Roles = Roles.Administrator), HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, AgentForm form, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agent is null)
        {
            return NotFound();
        }

        form.Id = id;
        await ValidateAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(await PageAsync(form, cancellationToken));
        }

        form.ApplyTo(agent);
        if (await db.TrySaveAsync(agent, form.Version, cancellationToken) is { } conflict)
        {
            return this.ConflictView("Edit", await PageAsync(form, cancellationToken), AgentForm.From(agent), conflict);
        }

        TempData["Flash"] = text["The agent has been saved."].Value;
        return Redirect($"/agents/{id}");
    }

    [Authorize(Roles = Roles.Administrator), HttpPost("{id:guid}/rates")]
    public async Task<IActionResult> AddRate(Guid id, RateForm rate, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.Include(a => a.Rates).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agent is null)
        {
            return NotFound();
        }

        var refusal = !ModelState.IsValid
            ? string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage))
            : RateRules.RefusalToAdd(agent.Rates.Select(r => r.EffectiveFrom).ToList(), rate.EffectiveFrom!.Value, rate.HourlyCost!.Value, ParisTime.Today(clock)) is { } reason
                ? text[reason].Value
                : null;
        if (refusal is not null)
        {
            TempData["FlashError"] = refusal;
            return Redirect($"/agents/{id}#rates");
        }

        agent.Rates.Add(new AgentRate
        {
            AgentId = id, EffectiveFrom = rate.EffectiveFrom!.Value, HourlyCost = rate.HourlyCost!.Value,
            CreatedAtUtc = clock.UtcNow, CreatedBy = user.DisplayName,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The rate has been added."].Value;
        return Redirect($"/agents/{id}#rates");
    }

    [Authorize(Roles = Roles.Administrator), HttpPost("{id:guid}/rates/{rateId:guid}/delete")]
    public async Task<IActionResult> RemoveRate(Guid id, Guid rateId, CancellationToken cancellationToken)
    {
        var rate = await db.AgentRates.FirstOrDefaultAsync(r => r.Id == rateId && r.AgentId == id, cancellationToken);
        if (rate is null)
        {
            return NotFound();
        }

        if (RateRules.RefusalToRemove(rate.EffectiveFrom, ParisTime.Today(clock)) is { } reason)
        {
            TempData["FlashError"] = text[reason].Value;
            return Redirect($"/agents/{id}#rates");
        }

        db.AgentRates.Remove(rate);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The rate has been removed."].Value;
        return Redirect($"/agents/{id}#rates");
    }

    private async Task ValidateAsync(AgentForm form, Guid? id, CancellationToken cancellationToken)
    {
        var number = form.EmployeeNumber.Trim();
        if (await db.Agents.AnyAsync(a => a.EmployeeNumber == number && a.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.EmployeeNumber), text["Another agent already has this employee number."]);
        }

        if (form.TradeId is { } tradeId && !await db.Trades.AnyAsync(t => t.Id == tradeId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.TradeId), text["Unknown trade."]);
        }

        if (form.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.TeamId), text["Unknown team."]);
        }

        if (form.UserId is { } userId)
        {
            if (!await db.Memberships.AnyAsync(m => m.UserId == userId, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.UserId), text["This account is not a user of this organisation."]);
            }
            else if (await db.Agents.AnyAsync(a => a.UserId == userId && a.Id != id, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.UserId), text["This account is already linked to another agent."]);
            }
        }
    }

    private async Task<AgentForm> PageAsync(AgentForm form, CancellationToken cancellationToken)
    {
        form.CanEdit = User.IsInRole(Roles.Administrator);
        form.CanSeeRates = User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.HumanResources) || User.IsInRole(Roles.Finance);
        form.TradeChoices = await db.Trades.AsNoTracking().OrderBy(t => t.Name).Select(t => new Choice(t.Id, t.Name)).ToListAsync(cancellationToken);
        form.TeamChoices = await TeamChoicesAsync(cancellationToken);
        if (form.CanEdit)
        {
            form.UserChoices = await db.Memberships.AsNoTracking().OrderBy(m => m.User!.DisplayName)
                .Select(m => new Choice(m.UserId, m.User!.DisplayName + " (" + m.User.Email + ")")).ToListAsync(cancellationToken);
        }

        if (form.CanSeeRates && form.Id is { } id)
        {
            var today = ParisTime.Today(clock);
            var rates = await db.AgentRates.AsNoTracking().Where(r => r.AgentId == id).OrderByDescending(r => r.EffectiveFrom).ToListAsync(cancellationToken);
            var inEffect = RateRules.RateAt(rates, r => r.EffectiveFrom, today);
            form.Rates = rates.Select(r => new RateRow(r.Id, r.EffectiveFrom, r.HourlyCost, r.CreatedBy, r == inEffect, RateRules.RefusalToRemove(r.EffectiveFrom, today) is null)).ToList();
        }

        return form;
    }

    private async Task<IReadOnlyList<Choice>> TeamChoicesAsync(CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking()
            .Join(db.Services, t => t.ServiceId, s => s.Id, (t, s) => new { t.Id, Label = s.Name + " — " + t.Name })
            .OrderBy(x => x.Label).Select(x => new Choice(x.Id, x.Label)).ToListAsync(cancellationToken);
}
