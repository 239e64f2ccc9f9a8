using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Users;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Directory.Teams;

public sealed class TeamForm : IVersionedForm
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Required, Display(Name = "Service")]
    public Guid? ServiceId { get; set; }

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    [BindNever]
    public IReadOnlyList<Choice> ServiceChoices { get; set; } = [];

    internal static TeamForm From(Team t) => new() { Id = t.Id, Name = t.Name, ServiceId = t.ServiceId, Version = t.Version };
}

public sealed record TeamRow(Guid Id, string Name, string Service, int Agents);

[Authorize(Roles = Roles.Administrator), Route("admin/teams")]
public sealed class TeamsController(DbContext db, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var agents = db.Agents.Where(a => a.IsActive);
        return View(await db.Teams.AsNoTracking()
            .Join(db.Services, t => t.ServiceId, s => s.Id, (t, s) => new { t, s })
            .OrderBy(x => x.s.Name).ThenBy(x => x.t.Name)
            .Select(x => new TeamRow(x.t.Id, x.t.Name, x.s.Name, agents.Count(a => a.TeamId == x.t.Id)))
            .ToListAsync(cancellationToken));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("Edit", await WithChoicesAsync(new TeamForm(), cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> New(TeamForm form, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await WithChoicesAsync(form, cancellationToken));
        }

        db.Teams.Add(new Team { Name = form.Name.Trim(), ServiceId = form.ServiceId!.Value });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The team has been created."].Value;
        return Redirect("/admin/teams");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        await db.Teams.FindAsync([id], cancellationToken) is { } team
            ? View(await WithChoicesAsync(TeamForm.From(team), cancellationToken))
            : NotFound();

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, TeamForm form, CancellationToken cancellationToken)
    {
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return NotFound();
        }

        form.Id = id;
        await ValidateAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(await WithChoicesAsync(form, cancellationToken));
        }

        team.Name = form.Name.Trim();
        team.ServiceId = form.ServiceId!.Value;
        if (await db.TrySaveAsync(team, form.Version, cancellationToken) is { } conflict)
        {
            return this.ConflictView("Edit", await WithChoicesAsync(form, cancellationToken), TeamForm.From(team), conflict);
        }

        TempData["Flash"] = text["The team has been saved."].Value;
        return Redirect("/admin/teams");
    }

    private async Task ValidateAsync(TeamForm form, Guid? id, CancellationToken cancellationToken)
    {
        if (form.ServiceId is { } serviceId && !await db.Services.AnyAsync(s => s.Id == serviceId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.ServiceId), text["Unknown service."]);
        }

        var name = form.Name.Trim();
        if (await db.Teams.AnyAsync(t => t.ServiceId == form.ServiceId && t.Name == name && t.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Name), text["This service already has a team with this name."]);
        }
    }

    private async Task<TeamForm> WithChoicesAsync(TeamForm form, CancellationToken cancellationToken)
    {
        form.ServiceChoices = await db.Services.AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(cancellationToken);
        return form;
    }
}
