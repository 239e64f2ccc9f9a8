using System.ComponentModel.DataAnnotations;
using Cmms.Costs.Accounts;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Costs.Ledger;

/// <summary>The filters of the ledger page (every one optional; a year or a period keeps the list short).</summary>
public sealed record LineFilter(string? Period, int? Year, Guid? Service, Guid? BudgetLine, Guid? Site, Guid? Asset, Guid? WorkOrder, bool Unclassified)
{
    public string Query(int page) =>
        string.Join('&', new[]
        {
            Period is null ? null : $"period={Period}", Year is null ? null : $"year={Year}", Service is null ? null : $"service={Service}",
            BudgetLine is null ? null : $"budgetLine={BudgetLine}", Site is null ? null : $"site={Site}", Asset is null ? null : $"asset={Asset}",
            WorkOrder is null ? null : $"workOrder={WorkOrder}", Unclassified ? "unclassified=true" : null, $"page={page}",
        }.Where(s => s is not null));
}

public sealed record LinesPage(LineFilter Filter, Paged<CostLine> Lines, decimal Total, IReadOnlyDictionary<Guid, string> Services, IReadOnlyDictionary<Guid, string> Sites, IReadOnlyDictionary<Guid, BudgetLine> BudgetLines);

public sealed record LinePage(CostLine Line, IReadOnlyList<CostLine> Related, IReadOnlyList<BudgetLine> BudgetLines, string? Service, string? Site, CorrectionForm Form, bool CanCorrect);

public sealed class CorrectionForm
{
    [Required(ErrorMessage = "Choose an active budget line."), Display(Name = "Budget line")]
    public Guid? BudgetLineId { get; set; }

    [StringLength(50), Display(Name = "Cost centre")]
    public string? CostCentre { get; set; }

    [StringLength(500), Display(Name = "Reason")]
    public string? Note { get; set; }
}

/// <summary>
/// The ledger's lines, filtered and drilled into (down to the work order), and the reclassification of a line.
/// Finance reads every line and reclassifies; a manager drills into the lines of the services they manage only.
/// </summary>
[Authorize(Roles = CostsUrls.Analysts), Route("costs/lines")]
public sealed class LinesController(DbContext db, IDirectory directory, Corrections corrections, ICurrentUser user, IUserScopeProvider scopes, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] LineFilter filter, int page = 1, CancellationToken cancellationToken = default)
    {
        var lines = db.CostLines;
        var query = await ScopedAsync(lines.AsNoTracking(), cancellationToken);
        if (Api.CostsApi.TryPeriod(filter.Period, out var key))
        {
            query = query.Where(l => l.PeriodKey == key);
        }
        else if (filter.Year is { } year)
        {
            var (from, to) = ((year * 100) + 1, (year * 100) + 12);
            query = query.Where(l => l.PeriodKey >= from && l.PeriodKey <= to);
        }

        if (filter.Service is { } s)
        {
            query = query.Where(l => l.ServiceId == s);
        }

        if (filter.BudgetLine is { } b)
        {
            query = query.Where(l => l.BudgetLineId == b);
        }

        if (filter.Site is { } site)
        {
            query = query.Where(l => l.SiteId == site);
        }

        if (filter.Asset is { } asset)
        {
            query = query.Where(l => l.AssetId == asset);
        }

        if (filter.WorkOrder is { } w)
        {
            query = query.Where(l => l.WorkOrderId == w);
        }

        if (filter.Unclassified)
        {
            query = query.Where(l => l.BudgetLineId == null);
        }

        var paging = new PageRequest(Math.Max(1, page), 100);
        var count = await query.CountAsync(cancellationToken);
        var total = count > 0 ? await query.SumAsync(l => l.Amount, cancellationToken) : 0m;
        var rows = await query.OrderByDescending(l => l.PeriodKey).ThenByDescending(l => l.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var budgetLines = db.BudgetLines;
        return View("~/Ledger/Index.cshtml", new LinesPage(
            filter, new Paged<CostLine>(rows, paging.Page, paging.PageSize, count), total,
            (await directory.ServicesAsync(cancellationToken)).ToDictionary(x => x.Id, x => x.Name),
            (await directory.SitesAsync(cancellationToken)).ToDictionary(x => x.Id, x => x.Name),
            await budgetLines.AsNoTracking().ToDictionaryAsync(x => x.Id, cancellationToken)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        await PageAsync(id, new CorrectionForm(), cancellationToken) is { } page ? View("~/Ledger/Show.cshtml", page) : NotFound();

    [HttpPost("{id:guid}/correct"), ValidateAntiForgeryToken, Authorize(Roles = CostsUrls.Finance)]
    public async Task<IActionResult> Correct(Guid id, CorrectionForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await corrections.ReclassifyAsync(id, form.BudgetLineId!.Value, form.CostCentre, form.Note, user.DisplayName, cancellationToken);
            if (result.Refusal is null)
            {
                TempData["Flash"] = text["Reclassified: a reversing line and a new line were posted."].Value;
                return Redirect($"/costs/lines/{result.Replacement!.Id}");
            }

            if (result.Refusal == "This cost line does not exist.")
            {
                return NotFound();
            }

            ModelState.AddModelError(string.Empty, text[result.Refusal]);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;

        return await PageAsync(id, form, cancellationToken) is { } page ? View("~/Ledger/Show.cshtml", page) : NotFound();
    }

    private async Task<LinePage?> PageAsync(Guid id, CorrectionForm form, CancellationToken cancellationToken)
    {
        var (lines, budgetLines) = (db.CostLines, db.BudgetLines);
        var line = await (await ScopedAsync(lines.AsNoTracking(), cancellationToken)).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (line is null)
        {
            return null;
        }

        var origin = line.CorrectionOfId ?? line.Id;
        var related = await lines.AsNoTracking().Where(l => l.Id != id && (l.CorrectionOfId == origin || l.Id == origin || l.CorrectionOfId == id)).OrderBy(l => l.PostedAtUtc).ToListAsync(cancellationToken);
        var services = await directory.ServicesAsync(cancellationToken);
        var sites = await directory.SitesAsync(cancellationToken);
        return new LinePage(
            line, related, await budgetLines.AsNoTracking().Where(b => b.Active).OrderBy(b => b.Code).ToListAsync(cancellationToken),
            services.FirstOrDefault(s => s.Id == line.ServiceId)?.Name, sites.FirstOrDefault(s => s.Id == line.SiteId)?.Name, form,
            user.IsInRole(Roles.Finance) || user.IsInRole(Roles.Administrator));
    }

    /// <summary>Finance and administrators read every line; a manager only those of the services they manage.</summary>
    private async Task<IQueryable<CostLine>> ScopedAsync(IQueryable<CostLine> query, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Finance) || user.IsInRole(Roles.Administrator))
        {
            return query;
        }

        var scope = await scopes.GetAsync(user, cancellationToken);
        if (scope.AllServices)
        {
            return query;
        }

        var ids = (await directory.ServicesAsync(cancellationToken)).Where(s => scope.CanSeeService(s.Id)).Select(s => (Guid?)s.Id).ToList();
        return query.Where(l => ids.Contains(l.ServiceId));
    }
}
