using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Costs;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Costs.Accounts;

public sealed class BudgetLineForm
{
    [Required(ErrorMessage = "Required."), StringLength(10), Display(Name = "Chapter")]
    public string? Chapter { get; set; }

    [Required(ErrorMessage = "Required."), StringLength(10), Display(Name = "Nature")]
    public string? Nature { get; set; }

    [Required(ErrorMessage = "Required."), StringLength(10), Display(Name = "Function")]
    public string? Function { get; set; }

    [Required(ErrorMessage = "Required."), StringLength(200), Display(Name = "Label")]
    public string? Label { get; set; }

    public BudgetSection Section { get; set; }
}

public sealed class RuleForm
{
    public Guid? ServiceId { get; set; }

    public CostFactKind? Kind { get; set; }

    [StringLength(50)]
    public string? SourceCostCentre { get; set; }

    [Required(ErrorMessage = "Choose an active budget line.")]
    public Guid? BudgetLineId { get; set; }

    [StringLength(50)]
    public string? CostCentre { get; set; }
}

public sealed record AccountsPage(
    IReadOnlyList<ChartEntry> Chart, IReadOnlyList<BudgetLine> BudgetLines, IReadOnlyList<AllocationRule> Rules, IReadOnlyList<ServiceInfo> Services,
    BudgetLineForm LineForm, ChartImportResult? Imported);

/// <summary>Finance's reference: the M57 chart (imported from CSV or XLSX), the budget lines checked against it, and the allocation rules.</summary>
[Authorize(Roles = CostsUrls.Finance), Route("costs/accounts")]
public sealed class AccountsController(DbContext db, IDirectory directory, ChartImport import, ICurrentUser user, IClock clock, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(new BudgetLineForm(), null, cancellationToken));

    [HttpPost("chart/import"), ValidateAntiForgeryToken, RequestSizeLimit(5_000_000)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            TempData["Flash"] = text["Choose a CSV or XLSX file."].Value;
            return Redirect("/costs/accounts");
        }

        await using var stream = file.OpenReadStream();
        ChartImportResult result;
        try
        {
            result = await import.ImportAsync(stream, file.FileName, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException)
        {
            TempData["Flash"] = text["This file cannot be read: give a CSV or an XLSX with the columns axis, code, label."].Value;
            return Redirect("/costs/accounts");
        }

        return View("Index", await PageAsync(new BudgetLineForm(), result, cancellationToken));
    }

    [HttpPost("budget-lines"), ValidateAntiForgeryToken]
    public async Task<IActionResult> AddLine(BudgetLineForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (chart, lines) = (db.ChartEntries, db.BudgetLines);
            var codes = (await chart.AsNoTracking().Select(c => new { c.Axis, c.Code }).ToListAsync(cancellationToken)).Select(c => (c.Axis, c.Code)).ToHashSet();
            var (nature, function) = (form.Nature!.Trim(), form.Function!.Trim());
            var code = $"{form.Chapter!.Trim()}-{nature}-{function}";
            if (ChartRules.BudgetLineRefusal(codes, nature, function) is { } refusal)
            {
                ModelState.AddModelError(refusal.Contains("nature", StringComparison.Ordinal) ? nameof(form.Nature) : nameof(form.Function), text[refusal]);
            }
            else if (await lines.AnyAsync(l => l.Code == code, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.Nature), text["This budget line already exists."]);
            }
            else
            {
                lines.Add(new BudgetLine { Code = code, Label = form.Label!.Trim(), Chapter = form.Chapter.Trim(), Nature = nature, Function = function, Section = form.Section });
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = text["Budget line {0} added.", code].Value;
                return Redirect("/costs/accounts");
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await PageAsync(form, null, cancellationToken));
    }

    [HttpPost("rules"), ValidateAntiForgeryToken]
    public async Task<IActionResult> AddRule(RuleForm form, CancellationToken cancellationToken)
    {
        var lines = db.BudgetLines;
        var services = await directory.ServicesAsync(cancellationToken);
        if (!ModelState.IsValid || !await lines.AnyAsync(l => l.Id == form.BudgetLineId && l.Active, cancellationToken)
            || (form.ServiceId is { } s && services.All(x => x.Id != s)))
        {
            TempData["Flash"] = text["Choose an active budget line."].Value;
            return Redirect("/costs/accounts");
        }

        db.AllocationRules.Add(new AllocationRule
        {
            ServiceId = form.ServiceId, Kind = form.Kind, SourceCostCentre = Clean(form.SourceCostCentre), BudgetLineId = form.BudgetLineId!.Value,
            CostCentre = Clean(form.CostCentre), CreatedAtUtc = clock.UtcNow, CreatedBy = user.DisplayName,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["Rule added: it applies to the costs posted from now on."].Value;
        return Redirect("/costs/accounts");
    }

    [HttpPost("rules/{id:guid}/delete"), ValidateAntiForgeryToken]
    public async Task<IActionResult> DeleteRule(Guid id, CancellationToken cancellationToken)
    {
        var rules = db.AllocationRules;
        var rule = await rules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return NotFound();
        }

        rules.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/costs/accounts");
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToUpperInvariant();

    private async Task<AccountsPage> PageAsync(BudgetLineForm form, ChartImportResult? imported, CancellationToken cancellationToken)
    {
        var (chart, lines, rules) = (db.ChartEntries, db.BudgetLines, db.AllocationRules);
        return new AccountsPage(
            await chart.AsNoTracking().OrderBy(c => c.Axis).ThenBy(c => c.Code).ToListAsync(cancellationToken),
            await lines.AsNoTracking().OrderBy(l => l.Code).ToListAsync(cancellationToken),
            await rules.AsNoTracking().OrderBy(r => r.CreatedAtUtc).ToListAsync(cancellationToken),
            await directory.ServicesAsync(cancellationToken), form, imported);
    }
}
