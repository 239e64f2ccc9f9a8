using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Cmms.Works.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Routing;

public sealed class RoutingSettingsForm : IVersionedForm
{
    [Required, Display(Name = "Default service")]
    public Guid? DefaultServiceId { get; set; }

    [Range(1, 365), Display(Name = "Close done work by itself after (days)")]
    public int AutoCloseDays { get; set; } = WorksSettings.DefaultAutoCloseDays;

    public int Version { get; set; }
}

public sealed class RoutingRuleForm : IVersionedForm
{
    [Display(Name = "Category")]
    public RequestCategory? Category { get; set; }

    [Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    [Required, Display(Name = "Service")]
    public Guid? ServiceId { get; set; }

    public int Version { get; set; }
}

public sealed record RuleRow(Guid Id, RequestCategory? Category, string Site, string Service);

public sealed record RoutingTest(RequestCategory Category, Guid Site, string Service);

public sealed record RoutingPage(
    RoutingSettingsForm Settings, IReadOnlyList<RuleRow> Rules, RoutingRuleForm NewRule, IReadOnlyList<ServiceInfo> Services,
    IReadOnlyList<SiteInfo> Sites, RoutingTest? Test, bool HasSettings);

public sealed record RuleEditPage(Guid Id, RoutingRuleForm Form, IReadOnlyList<ServiceInfo> Services, IReadOnlyList<SiteInfo> Sites);

/// <summary>Where requests go: the organisation's routing rules, its default service and when done work closes by itself.</summary>
[Authorize(Roles = Roles.Administrator), Route("admin/routing")]
public sealed class RoutingController(DbContext db, IDirectory directory, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(RequestCategory? category, Guid? site, CancellationToken cancellationToken)
    {
        RoutingTest? test = null;
        if (category is { } c && site is { } s)
        {
            var serviceId = await HttpContext.RequestServices.GetRequiredService<Submission>().RouteAsync(c, s, cancellationToken);
            var services = await directory.ServicesAsync(cancellationToken);
            test = new RoutingTest(c, s, services.FirstOrDefault(x => x.Id == serviceId)?.Name ?? "?");
        }

        return View("Index", await PageAsync(null, null, test, cancellationToken));
    }

    [HttpPost("settings")]
    public async Task<IActionResult> Settings(RoutingSettingsForm form, CancellationToken cancellationToken)
    {
        var services = await directory.ServicesAsync(cancellationToken);
        if (form.DefaultServiceId is { } id && services.All(s => s.Id != id))
        {
            ModelState.AddModelError(nameof(form.DefaultServiceId), text["Choose a service from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Index", await PageAsync(form, null, null, cancellationToken));
        }

        var settings = await db.WorksSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.WorksSettings.Add(new WorksSettings { DefaultServiceId = form.DefaultServiceId!.Value, AutoCloseDays = form.AutoCloseDays });
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            settings.DefaultServiceId = form.DefaultServiceId!.Value;
            settings.AutoCloseDays = form.AutoCloseDays;
            if (await db.TrySaveAsync(settings, form.Version, cancellationToken) is { } conflict)
            {
                var theirs = new RoutingSettingsForm { DefaultServiceId = settings.DefaultServiceId, AutoCloseDays = settings.AutoCloseDays, Version = settings.Version };
                var notice = ConflictNotice.Compare(form, theirs, conflict, p => MetadataProvider.GetMetadataForProperty(typeof(RoutingSettingsForm), p.Name).DisplayName ?? p.Name);
                form.Version = theirs.Version;
                ModelState.Remove(nameof(form.Version));
                ViewData[ConflictNotice.ViewDataKey] = notice;
                return View("Index", await PageAsync(form, null, null, cancellationToken));
            }
        }

        TempData["Flash"] = text["The routing settings have been saved."].Value;
        return Redirect("/admin/routing");
    }

    [HttpPost("rules")]
    public async Task<IActionResult> Add(RoutingRuleForm form, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Index", await PageAsync(null, form, null, cancellationToken));
        }

        db.RoutingRules.Add(new RoutingRule { Category = form.Category, SiteId = form.SiteId, ServiceId = form.ServiceId!.Value });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The rule has been added."].Value;
        return Redirect("/admin/routing");
    }

    [HttpGet("rules/{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var rule = await db.RoutingRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return rule is null ? NotFound() : View("Edit", await EditPageAsync(id, FormOf(rule), cancellationToken));
    }

    [HttpPost("rules/{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, RoutingRuleForm form, CancellationToken cancellationToken)
    {
        var rule = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return NotFound();
        }

        await ValidateAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await EditPageAsync(id, form, cancellationToken));
        }

        rule.Category = form.Category;
        rule.SiteId = form.SiteId;
        rule.ServiceId = form.ServiceId!.Value;
        if (await db.TrySaveAsync(rule, form.Version, cancellationToken) is { } conflict)
        {
            var theirs = FormOf(rule);
            ViewData[ConflictNotice.ViewDataKey] = ConflictNotice.Compare(form, theirs, conflict, p => MetadataProvider.GetMetadataForProperty(typeof(RoutingRuleForm), p.Name).DisplayName ?? p.Name);
            form.Version = theirs.Version;
            ModelState.Remove(nameof(form.Version));
            return View("Edit", await EditPageAsync(id, form, cancellationToken));
        }

        TempData["Flash"] = text["The rule has been saved."].Value;
        return Redirect("/admin/routing");
    }

    [HttpPost("rules/{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var rule = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return NotFound();
        }

        db.RoutingRules.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The rule has been deleted."].Value;
        return Redirect("/admin/routing");
    }

    private static RoutingRuleForm FormOf(RoutingRule rule) => new() { Category = rule.Category, SiteId = rule.SiteId, ServiceId = rule.ServiceId, Version = rule.Version };

    private async Task ValidateAsync(RoutingRuleForm form, Guid? id, CancellationToken cancellationToken)
    {
        if (form.ServiceId is { } service && (await directory.ServicesAsync(cancellationToken)).All(s => s.Id != service))
        {
            ModelState.AddModelError(nameof(form.ServiceId), text["Choose a service from the list."]);
        }

        if (form.SiteId is { } site && (await directory.SitesAsync(cancellationToken)).All(s => s.Id != site))
        {
            ModelState.AddModelError(nameof(form.SiteId), text["Choose a site from the list."]);
        }

        var (category, siteId) = (form.Category, form.SiteId);
        if (await db.RoutingRules.AnyAsync(r => r.Category == category && r.SiteId == siteId && r.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Category), text["A rule already exists for this category on this site."]);
        }
    }

    private async Task<RuleEditPage> EditPageAsync(Guid id, RoutingRuleForm form, CancellationToken cancellationToken) =>
        new(id, form, await directory.ServicesAsync(cancellationToken), await directory.SitesAsync(cancellationToken));

    private async Task<RoutingPage> PageAsync(RoutingSettingsForm? settingsForm, RoutingRuleForm? ruleForm, RoutingTest? test, CancellationToken cancellationToken)
    {
        var services = (await directory.ServicesAsync(cancellationToken)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        var sites = (await directory.SitesAsync(cancellationToken)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        var settings = await db.WorksSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var rules = await db.RoutingRules.AsNoTracking().Select(r => new { r.Id, r.Category, r.SiteId, r.ServiceId }).ToListAsync(cancellationToken);
        var rows = rules
            .Select(r => new RuleRow(r.Id, r.Category, r.SiteId is { } s ? sites.FirstOrDefault(x => x.Id == s)?.Name ?? "?" : text["Any site"].Value, services.FirstOrDefault(x => x.Id == r.ServiceId)?.Name ?? "?"))
            .OrderBy(r => r.Category is null).ThenBy(r => r.Category).ThenBy(r => r.Site, StringComparer.CurrentCulture)
            .ToList();
        settingsForm ??= settings is null
            ? new RoutingSettingsForm()
            : new RoutingSettingsForm { DefaultServiceId = settings.DefaultServiceId, AutoCloseDays = settings.AutoCloseDays, Version = settings.Version };
        return new RoutingPage(settingsForm, rows, ruleForm ?? new RoutingRuleForm(), services, sites, test, settings is not null);
    }
}
