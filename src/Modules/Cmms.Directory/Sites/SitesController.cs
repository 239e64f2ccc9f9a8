using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Directory.Sites;

public sealed record SiteRow(Guid Id, string Code, string Name, SiteKind Kind, string? City, int Referents);

public sealed record SiteList(Paged<SiteRow> Page, string? Query, bool CanEdit);

public sealed record SiteCard(SiteForm Site, IReadOnlyList<string> Referents);

[Authorize(Roles = $"{Roles.Administrator},{Roles.ServiceManager},{Roles.Referent}"), Route("sites")]
public sealed class SitesController(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var sites = await ScopedAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            sites = sites.Where(s => s.Name.ToUpper().Contains(term) || s.Code.Contains(term) || (s.City != null && s.City.ToUpper().Contains(term)));
        }

        var paging = new PageRequest(Math.Max(1, page));
        var total = await sites.CountAsync(cancellationToken);
        var referents = db.ReferentSites;
        var rows = await sites.OrderBy(s => s.Name).Skip(paging.Skip).Take(paging.PageSize)
            .Select(s => new SiteRow(s.Id, s.Code, s.Name, s.Kind, s.City, referents.Count(r => r.SiteId == s.Id)))
            .ToListAsync(cancellationToken);
        return View(new SiteList(new Paged<SiteRow>(rows, paging.Page, paging.PageSize, total), q, User.IsInRole(Roles.Administrator)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var site = await (await ScopedAsync(cancellationToken)).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (site is null)
        {
            return NotFound();
        }

        if (User.IsInRole(Roles.Administrator))
        {
            return View("Edit", SiteForm.From(site));
        }

        var referents = await db.ReferentSites.Where(r => r.SiteId == id)
            .Join(db.Memberships, r => r.MembershipId, m => m.Id, (r, m) => m.User!.DisplayName)
            .OrderBy(n => n).ToListAsync(cancellationToken);
        return View("Show", new SiteCard(SiteForm.From(site), referents));
    }

    [Authorize(Roles = Roles.Administrator), HttpGet("new")]
    public IActionResult New() => View("Edit", new SiteForm());

    [Authorize(Roles = Roles.Administrator), HttpPost("new")]
    public async Task<IActionResult> New(SiteForm form, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var site = new Site { Code = string.Empty, Name = string.Empty };
        form.ApplyTo(site);
        db.Sites.Add(site);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The site has been created."].Value;
        return Redirect("/sites");
    }

    [Authorize(Roles = Roles.Administrator), HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, SiteForm form, CancellationToken cancellationToken)
    {
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (site is null)
        {
            return NotFound();
        }

        form.Id = id;
        await ValidateAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        form.ApplyTo(site);
        if (await db.TrySaveAsync(site, form.Version, cancellationToken) is { } conflict)
        {
            return this.ConflictView("Edit", form, SiteForm.From(site), conflict);
        }

        TempData["Flash"] = text["The site has been saved."].Value;
        return Redirect("/sites");
    }

    private Task<IQueryable<Site>> ScopedAsync(CancellationToken cancellationToken) => SiteQueries.ScopedAsync(db, scopes, user, cancellationToken);

    private async Task ValidateAsync(SiteForm form, Guid? id, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in form.Problems())
        {
            ModelState.AddModelError(field, text[message]);
        }

        var code = form.Code.Trim();
        if (await db.Sites.AnyAsync(s => s.Code == code && s.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Code), text["Another site already has this code."]);
        }
    }
}
