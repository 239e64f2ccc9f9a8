using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Cmms.Works.WorkOrders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Preventive.Statutory;

/// <summary>
/// Statutory inspections: the catalogue, each inspection with its PDF report and observations (each becomes a
/// corrective work order and stays open until lifted), and the compliance of every site and of the whole city.
/// </summary>
[Authorize(Roles = $"{Roles.ServiceManager},{Roles.Administrator}"), Route("statutory")]
public sealed class StatutoryController(
    DbContext db, ICurrentUser user, IUserScopeProvider scopes, IDirectory directory, IEnumerable<IAssetCatalog> catalogs,
    IWriteGate gate, IClock clock, IStringLocalizer<Text> text) : Controller
{
    public const int MaxReportBytes = 20 * 1024 * 1024;

    [HttpGet("types")]
    public async Task<IActionResult> Types(CancellationToken cancellationToken)
    {
        var types = db.InspectionTypes;
        return View("~/Preventive/Statutory/Types.cshtml", await types.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken));
    }

    /// <summary>Adds the usual French inspections the catalogue lacks (by code); never changes an existing one.</summary>
    [Authorize(Roles = Roles.Administrator), HttpPost("types/usual"), ValidateAntiForgeryToken]
    public async Task<IActionResult> AddUsual(CancellationToken cancellationToken)
    {
        var added = await AddUsualAsync(db, user.OrganisationId!.Value, cancellationToken);
        TempData["Flash"] = text["{0} usual inspections added to the catalogue.", added].Value;
        return Redirect("/statutory/types");
    }

    internal static async Task<int> AddUsualAsync(DbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var types = db.InspectionTypes;
        var codes = await types.Select(t => t.Code).ToListAsync(cancellationToken);
        var missing = UsualInspections.All.Where(u => !codes.Contains(u.Code)).ToList();
        types.AddRange(missing.Select(u => new InspectionType
        {
            OrganisationId = organisationId, Code = u.Code, Name = u.Name, Regulation = u.Regulation, PeriodMonths = u.Months, Category = u.Category,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    [Authorize(Roles = Roles.Administrator), HttpPost("types"), ValidateAntiForgeryToken]
    public async Task<IActionResult> SaveType(InspectionTypeForm form, CancellationToken cancellationToken)
    {
        var types = db.InspectionTypes;
        var code = form.Code?.Trim().ToUpperInvariant();
        if (ModelState.IsValid && await types.AnyAsync(t => t.Code == code && t.Id != form.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Code), text["This code is already used in the catalogue."]);
        }

        if (!ModelState.IsValid)
        {
            TempData["FlashError"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return Redirect("/statutory/types");
        }

        var type = form.Id is { } id ? await types.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (form.Id is not null && type is null)
        {
            return NotFound();
        }

        type ??= types.Add(new InspectionType { OrganisationId = user.OrganisationId!.Value, Code = code!, Name = form.Name! }).Entity;
        (type.Code, type.Name, type.Regulation, type.PeriodMonths, type.Category, type.Active) =
            (code!, form.Name!.Trim(), form.Regulation?.Trim(), form.PeriodMonths, form.Category?.Trim(), form.Active);
        if (await db.TrySaveAsync(type, form.Id is null ? type.Version : form.Version, cancellationToken) is not null)
        {
            TempData["FlashError"] = text["Someone changed this inspection meanwhile: check it and try again."].Value;
            return Redirect("/statutory/types");
        }

        TempData["Flash"] = text["The inspection has been saved in the catalogue."].Value;
        return Redirect("/statutory/types");
    }

    [HttpGet("inspections/new")]
    public async Task<IActionResult> NewInspection(Guid? type, string? asset, CancellationToken cancellationToken) =>
        View("~/Preventive/Statutory/NewInspection.cshtml", await InspectionPageAsync(new InspectionForm
        {
            InspectionTypeId = type, Asset = asset, InspectedOn = ParisTime.Today(clock),
        }, cancellationToken));

    [HttpPost("inspections/new"), ValidateAntiForgeryToken, RequestSizeLimit(MaxReportBytes + (1024 * 1024))]
    public async Task<IActionResult> RecordInspection(InspectionForm form, IFormFile? report, CancellationToken cancellationToken)
    {
        var types = db.InspectionTypes;
        var type = form.InspectionTypeId is { } typeId ? await types.AsNoTracking().FirstOrDefaultAsync(t => t.Id == typeId, cancellationToken) : null;
        if (form.InspectionTypeId is not null && type is null)
        {
            ModelState.AddModelError(nameof(form.InspectionTypeId), text["Choose an inspection of the catalogue."]);
        }

        var asset = await catalogs.FindAsync(form.Asset, cancellationToken);
        if (asset is null)
        {
            ModelState.AddModelError(nameof(form.Asset), text["Choose assets from the search or the map."]);
        }

        if (form.InspectedOn > ParisTime.Today(clock))
        {
            ModelState.AddModelError(nameof(form.InspectedOn), text["The inspection date cannot be in the future."]);
        }

        var site = asset?.SiteId ?? form.SiteId;
        if (site is null || (await directory.SitesAsync(cancellationToken)).All(s => s.Id != site))
        {
            ModelState.AddModelError(nameof(form.SiteId), text["Choose a site from the list."]);
        }

        byte[]? pdf = null;
        if (report is { Length: > 0 })
        {
            pdf = await ReadPdfAsync(report, cancellationToken);
            if (pdf is null)
            {
                ModelState.AddModelError("report", text["The report must be a PDF file of at most {0} MB.", MaxReportBytes / (1024 * 1024)]);
            }
        }

        if (!ModelState.IsValid)
        {
            return View("~/Preventive/Statutory/NewInspection.cshtml", await InspectionPageAsync(form, cancellationToken));
        }

        var organisationId = user.OrganisationId!.Value;
        var inspection = new Inspection
        {
            OrganisationId = organisationId, InspectionTypeId = type!.Id, AssetModule = asset!.Ref.Module, AssetId = asset.Ref.Id,
            AssetLabel = asset.Label.Length > 200 ? asset.Label[..200] : asset.Label, SiteId = site!.Value, Body = form.Body!.Trim(),
            InspectedOn = form.InspectedOn!.Value, ReportFileName = report?.FileName is { } name ? Path.GetFileName(name) : null,
            RecordedBy = user.DisplayName, RecordedAtUtc = clock.UtcNow,
        };
        var flow = HttpContext.RequestServices.GetRequiredService<WorkOrderFlow>();
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Inspections.Add(inspection);
            if (pdf is not null)
            {
                db.InspectionReports.Add(new InspectionReport { OrganisationId = organisationId, InspectionId = inspection.Id, Content = pdf });
            }

            foreach (var line in form.ObservationLines())
            {
                // Each observation is work to do: a corrective work order in the service that looks after statutory work.
                var order = await flow.CreateAsync(
                    new NewWorkOrder(WorkOrderType.Corrective, Priority.High, Trim($"{text["Observation"]} — {type.Name}", Generation.PlanWorkOrders.TitleLength), line, inspection.SiteId,
                        inspection.AssetModule, inspection.AssetId, inspection.AssetLabel, null, asset.Latitude, asset.Longitude,
                        form.ServiceId!.Value, null, [], null, null, null, clock.UtcNow.AddDays(30), [line]),
                    Actor.Of(user), organisationId, null, user.UserId, user.DisplayName, cancellationToken);
                inspection.Observations.Add(new Observation { OrganisationId = organisationId, InspectionId = inspection.Id, Text = line, WorkOrderId = order.Id });
            }

            await flow.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        TempData["Flash"] = text["The inspection has been recorded with {0} observations.", inspection.Observations.Count].Value;
        return Redirect($"/statutory/inspections/{inspection.Id}");
    }

    [HttpGet("inspections/{id:guid}")]
    public async Task<IActionResult> Inspection(Guid id, CancellationToken cancellationToken)
    {
        var inspections = db.Inspections;
        var inspection = await inspections.AsNoTracking().Include(i => i.Observations).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inspection is null)
        {
            return NotFound();
        }

        var types = db.InspectionTypes;
        var type = await types.AsNoTracking().FirstAsync(t => t.Id == inspection.InspectionTypeId, cancellationToken);
        var reports = db.InspectionReports;
        var hasReport = await reports.AnyAsync(r => r.InspectionId == id, cancellationToken);
        var orderIds = inspection.Observations.Where(o => o.WorkOrderId != null).Select(o => o.WorkOrderId!.Value).ToList();
        var orders = db.WorkOrders;
        var numbers = await orders.AsNoTracking().Where(w => orderIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => (w.Number, w.Status), cancellationToken);
        return View("~/Preventive/Statutory/Inspection.cshtml", new InspectionPage(inspection, type, hasReport, numbers));
    }

    [HttpGet("inspections/{id:guid}/report")]
    public async Task<IActionResult> Report(Guid id, CancellationToken cancellationToken)
    {
        var reports = db.InspectionReports;
        var inspections = db.Inspections;
        var report = await reports.AsNoTracking().FirstOrDefaultAsync(r => r.InspectionId == id, cancellationToken);
        var name = await inspections.Where(i => i.Id == id).Select(i => i.ReportFileName).FirstOrDefaultAsync(cancellationToken);
        return report is null ? NotFound() : File(report.Content, "application/pdf", name ?? "rapport.pdf");
    }

    [HttpPost("observations/{id:guid}/lift"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Lift(Guid id, CancellationToken cancellationToken)
    {
        var observations = db.Observations;
        var observation = await observations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (observation is null)
        {
            return NotFound();
        }

        if (observation.Open)
        {
            observation.LiftedOn = ParisTime.Today(clock);
            observation.LiftedBy = user.DisplayName;
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = text["The observation is lifted."].Value;
        }

        return Redirect($"/statutory/inspections/{observation.InspectionId}");
    }

    [HttpGet("compliance")]
    public async Task<IActionResult> Compliance(Guid? site, CancellationToken cancellationToken)
    {
        var lines = await StatutoryCompliance.LinesAsync(db, ParisTime.Today(clock), site, cancellationToken);
        var scope = await scopes.GetAsync(user, cancellationToken);
        var sites = await directory.SitesAsync(cancellationToken);
        return View("~/Preventive/Statutory/Compliance.cshtml", new CompliancePage(site, sites, lines, scope.AllServices));
    }

    private async Task<InspectionFormPage> InspectionPageAsync(InspectionForm form, CancellationToken cancellationToken)
    {
        var types = db.InspectionTypes;
        var scope = await scopes.GetAsync(user, cancellationToken);
        var assetLabel = (await catalogs.FindAsync(form.Asset, cancellationToken))?.Label;

        return new InspectionFormPage(
            form, await types.AsNoTracking().Where(t => t.Active).OrderBy(t => t.Name).ToListAsync(cancellationToken),
            (await directory.ServicesAsync(cancellationToken)).Where(s => scope.CanSeeService(s.Id)).ToList(),
            await directory.SitesAsync(cancellationToken), assetLabel, MaxReportBytes);
    }

    /// <summary>A PDF is a file that starts with "%PDF-"; the name and the browser's content type prove nothing.</summary>
    private static async Task<byte[]?> ReadPdfAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > MaxReportBytes)
        {
            return null;
        }

        using var memory = new MemoryStream();
        await file.CopyToAsync(memory, cancellationToken);
        var bytes = memory.ToArray();
        return bytes.Length > 5 && bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8) ? bytes : null;
    }

    private static string Trim(string value, int max) => value.Length > max ? value[..max] : value;
}
