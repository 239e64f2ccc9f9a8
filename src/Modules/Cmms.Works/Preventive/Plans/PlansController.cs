using System.Text.Json;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Parts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Cmms.Works.Preventive.Kit;
using Cmms.Works.Preventive.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Works.Preventive.Plans;

/// <summary>The managers' maintenance plans: list, create on assets chosen from the register or drawn on the map, edit, its next dates.</summary>
[Authorize(Roles = $"{Roles.ServiceManager},{Roles.Administrator}"), Route("plans")]
public sealed class PlansController(
    DbContext db, ICurrentUser user, IUserScopeProvider scopes, IDirectory directory, IEnumerable<IAssetCatalog> catalogs,
    IEnumerable<IAssetMeters> meters, IClock clock, IStringLocalizer<Text> text, IServiceProvider provider) : Controller
{
    /// <summary>The stock, when a stock module is registered: the kit's items are chosen from it.</summary>
    private IPartsStock? Stock => provider.GetService<IPartsStock>();

    private const int Shown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? service, string? q, bool inactive = false, int page = 1, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var services = (await directory.ServicesAsync(cancellationToken)).Where(s => scope.CanSeeService(s.Id)).ToList();
        var serviceIds = services.Select(s => s.Id).ToList();
        var plans = db.Plans.AsNoTracking().Where(p => serviceIds.Contains(p.ServiceId) && p.Active != inactive);
        if (service is { } only)
        {
            plans = plans.Where(p => p.ServiceId == only);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            plans = plans.Where(p => p.Name.Contains(text));
        }

        var paging = new PageRequest(Math.Max(1, page), Shown);
        var total = await plans.CountAsync(cancellationToken);
        var rows = await plans.OrderBy(p => p.NextDue == null).ThenBy(p => p.NextDue).ThenBy(p => p.Name).Skip(paging.Skip).Take(paging.PageSize)
            .Select(p => new PlanRow(p.Id, p.Name, p.Type, p.ServiceId, p.CalendarEvery, p.CalendarUnit, p.Floating, p.MeterKind, p.MeterEvery, p.Windows, p.NextDue, p.Targets.Count))
            .ToListAsync(cancellationToken);
        return View("~/Preventive/Plans/Index.cshtml", new PlanList(service, q, inactive, new Paged<PlanRow>(rows, paging.Page, paging.PageSize, total), services));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(string? asset, CancellationToken cancellationToken)
    {
        var form = new PlanForm { Start = ParisTime.Today(clock) };
        if (AssetRef.TryParse(asset, out var target))
        {
            form.Targets.Add(target!.ToString());
        }

        return View("~/Preventive/Plans/Edit.cshtml", await PageAsync(form, null, cancellationToken));
    }

    [HttpPost("new"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(PlanForm form, CancellationToken cancellationToken)
    {
        var (windows, targets, kit) = await CheckAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("~/Preventive/Plans/Edit.cshtml", await PageAsync(form, null, cancellationToken));
        }

        var plan = new MaintenancePlan { OrganisationId = user.OrganisationId!.Value, Name = form.Name! };
        form.ApplyTo(plan, windows);
        plan.Targets.AddRange(targets.Select(t => Target(plan, t)));
        plan.KitLines.AddRange(kit.Select(k => { k.PlanId = plan.Id; return k; }));
        plan.Reschedule(ParisTime.Today(clock));
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The plan has been created."].Value;
        return Redirect($"/plans/{plan.Id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var plan = await FindAsync(id, tracked: false, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var today = ParisTime.Today(clock);
        var reading = await CurrentReadingAsync(plan, cancellationToken);
        var next = PlanEngine.Forecast(plan.Schedule, plan.StateWith(reading, null), today, today, today.AddMonths(12), max: 24);
        var occurrences = db.PlanOccurrences;
        var orders = db.WorkOrders;
        var done = await occurrences.AsNoTracking().Where(o => o.PlanId == id).OrderByDescending(o => o.DueOn).Take(20)
            .Join(orders.AsNoTracking(), o => o.WorkOrderId, w => w.Id, (o, w) => new PlanWorkOrder(o.DueOn, o.Because, w.Id, w.Number, w.Status))
            .ToListAsync(cancellationToken);
        var services = await directory.ServicesAsync(cancellationToken);
        var teams = await directory.TeamsAsync(cancellationToken);
        return View("~/Preventive/Plans/Show.cshtml", new PlanPage(
            plan, services.FirstOrDefault(s => s.Id == plan.ServiceId)?.Name, teams.FirstOrDefault(t => t.Id == plan.TeamId)?.Name, reading, next, done));
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var plan = await FindAsync(id, tracked: false, cancellationToken);
        return plan is null
            ? NotFound()
            : View("~/Preventive/Plans/Edit.cshtml", await PageAsync(PlanForm.From(plan, plan.Targets), id, cancellationToken));
    }

    [HttpPost("{id:guid}/edit"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Update(Guid id, PlanForm form, CancellationToken cancellationToken)
    {
        var plan = await FindAsync(id, tracked: true, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var (windows, targets, kit) = await CheckAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("~/Preventive/Plans/Edit.cshtml", await PageAsync(form, id, cancellationToken));
        }

        form.ApplyTo(plan, windows);
        // The kit is replaced as a whole: its lines have no identity of their own worth keeping.
        db.PlanKitLines.RemoveRange(plan.KitLines);
        plan.KitLines.Clear();
        plan.KitLines.AddRange(kit.Select(k => { k.PlanId = plan.Id; return k; }));
        var wanted = targets.Select(t => (t.Ref.Module, t.Ref.Id)).ToHashSet();
        foreach (var gone in plan.Targets.Where(t => !wanted.Contains((t.AssetModule, t.AssetId))).ToList())
        {
            plan.Targets.Remove(gone);
            db.PlanTargets.Remove(gone);
        }

        foreach (var added in targets.Where(t => plan.Targets.All(x => x.AssetModule != t.Ref.Module || x.AssetId != t.Ref.Id)))
        {
            plan.Targets.Add(Target(plan, added));
        }

        plan.Reschedule(ParisTime.Today(clock));
        if (await db.TrySaveAsync(plan, form.Version, cancellationToken) is { } conflict)
        {
            var theirs = PlanForm.From(plan, await db.PlanTargets.AsNoTracking().Where(t => t.PlanId == id).ToListAsync(cancellationToken));
            ViewData[ConflictNotice.ViewDataKey] = new ConflictNotice(conflict.ChangedBy, conflict.ChangedAtUtc is { } at ? ParisTime.FromUtc(at) : null, []);
            form.Version = theirs.Version;
            return View("~/Preventive/Plans/Edit.cshtml", await PageAsync(form, id, cancellationToken));
        }

        TempData["Flash"] = text["The plan has been saved."].Value;
        return Redirect($"/plans/{id}");
    }

    /// <summary>Assets to add to a plan, found by text across every register (and the user's site scope).</summary>
    [HttpGet("assets")]
    public async Task<IActionResult> Assets(string? q, CancellationToken cancellationToken)
    {
        var found = new List<AssetSummary>();
        foreach (var catalog in catalogs)
        {
            found.AddRange(await catalog.SearchAsync(q, null, 20, cancellationToken));
        }

        return Json(found.Take(40).Select(Choice));
    }

    /// <summary>Assets inside an area drawn on the map (a GeoJSON polygon).</summary>
    [HttpPost("assets/within"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Within([FromForm] string? area, CancellationToken cancellationToken)
    {
        Polygon? polygon;
        try
        {
            polygon = string.IsNullOrWhiteSpace(area) ? null : JsonSerializer.Deserialize<Geometry>(area, GeoJson.Options) as Polygon;
        }
        catch (JsonException)
        {
            polygon = null;
        }

        if (polygon is null || GeometryCheck.Refusal(polygon, GeometryKind.Polygon) is not null)
        {
            return Problem(statusCode: 400, title: text["Draw an area on the map first."]);
        }

        var found = new List<AssetSummary>();
        foreach (var catalog in catalogs)
        {
            found.AddRange((await catalog.WithinAsync(GeoBox.Of(polygon), 500, cancellationToken))
                .Where(a => a.Latitude is { } lat && a.Longitude is { } lon && polygon.Contains(Wgs84.Point(lon, lat))));
        }

        return Json(found.Take(500).Select(Choice));
    }

    private static object Choice(AssetSummary a) => new { value = a.Ref.ToString(), label = a.Label, kind = a.Kind };

    private async Task<MaintenancePlan?> FindAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var plans = tracked ? db.Plans : db.Plans.AsNoTracking();
        var plan = await plans.Include(p => p.Targets).Include(p => p.KitLines).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return plan is not null && scope.CanSeeService(plan.ServiceId) ? plan : null;
    }

    private async Task<decimal?> CurrentReadingAsync(MaintenancePlan plan, CancellationToken cancellationToken)
    {
        if (plan.MeterKind is not { } kind || plan.Targets.Count != 1)
        {
            return null;
        }

        var target = plan.Targets[0];
        var states = await meters.MetersAsync(new AssetRef(target.AssetModule, target.AssetId), cancellationToken);
        return states.FirstOrDefault(m => m.Kind == kind)?.Value;
    }

    private static PlanTarget Target(MaintenancePlan plan, AssetSummary asset) => new()
    {
        OrganisationId = plan.OrganisationId, PlanId = plan.Id, AssetModule = asset.Ref.Module, AssetId = asset.Ref.Id,
        AssetLabel = asset.Label.Length > 200 ? asset.Label[..200] : asset.Label, SiteId = asset.SiteId, Latitude = asset.Latitude, Longitude = asset.Longitude,
    };

    /// <summary>Every check of the form, reasons on their fields; returns the windows and the assets it names.</summary>
    private async Task<(IReadOnlyList<SeasonalWindow> Windows, List<AssetSummary> Targets, List<PlanKitLine> Kit)> CheckAsync(PlanForm form, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        if (form.ServiceId is { } service && !scope.CanSeeService(service))
        {
            ModelState.AddModelError(nameof(form.ServiceId), text["Choose one of your services."]);
        }

        if (form.SiteId is { } site && (await directory.SitesAsync(cancellationToken)).All(s => s.Id != site))
        {
            ModelState.AddModelError(nameof(form.SiteId), text["Choose a site from the list."]);
        }

        if (form.TeamId is { } team && (await directory.TeamsAsync(cancellationToken)).All(t => t.Id != team || t.ServiceId != form.ServiceId))
        {
            ModelState.AddModelError(nameof(form.TeamId), text["Choose a team of the chosen service."]);
        }

        if (form.Type == WorkOrders.WorkOrderType.Statutory && form.InspectionTypeId is { } inspection)
        {
            var types = db.InspectionTypes;
            if (!await types.AnyAsync(t => t.Id == inspection, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.InspectionTypeId), text["Choose an inspection of the catalogue."]);
            }
        }

        var windows = new List<SeasonalWindow>();
        foreach (var part in (form.Windows ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (SeasonalWindows.TryParse(part, out var window))
            {
                windows.Add(window);
            }
            else
            {
                ModelState.AddModelError(nameof(form.Windows), text["Write each window as dd/mm-dd/mm (for example 01/04-31/10), separated by \";\"."]);
                break;
            }
        }

        var targets = new List<AssetSummary>();
        foreach (var value in form.Targets.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct())
        {
            var found = await catalogs.FindAsync(value, cancellationToken);
            if (found is null)
            {
                ModelState.AddModelError(nameof(form.Targets), text["Choose assets from the search or the map."]);
                break;
            }

            targets.Add(found);
        }

        if (targets.Count == 0 && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(form.Targets), text["Choose at least one asset."]);
        }

        IReadOnlyCollection<string>? meterKinds = null;
        if (!string.IsNullOrWhiteSpace(form.MeterKind))
        {
            if (targets.Count != 1)
            {
                ModelState.AddModelError(nameof(form.MeterKind), text["A plan on a meter covers exactly one asset."]);
            }
            else
            {
                meterKinds = [.. (await meters.MetersAsync(targets[0].Ref, cancellationToken)).Select(m => m.Kind)];
            }
        }

        foreach (var (reason, argument) in form.Schedule(windows).Refusals(meterKinds))
        {
            var field = reason switch
            {
                PlanSchedule.NoTrigger or PlanSchedule.ZeroPeriod => nameof(form.CalendarEvery),
                PlanSchedule.ZeroInterval or PlanSchedule.BadTolerance => nameof(form.MeterEvery),
                PlanSchedule.NoSuchMeter => nameof(form.MeterKind),
                PlanSchedule.BadLead => nameof(form.LeadDays),
                _ => nameof(form.Windows),
            };
            ModelState.AddModelError(field, argument is null ? text[reason] : text[reason, argument]);
        }

        var kit = await KitChoice.ResolveAsync(Stock, form.KitLines, user.OrganisationId!.Value, ModelState, text, cancellationToken);
        return (windows, targets, kit);
    }

    private async Task<PlanEditPage> PageAsync(PlanForm form, Guid? id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var services = (await directory.ServicesAsync(cancellationToken)).Where(s => scope.CanSeeService(s.Id)).ToList();
        var teams = (await directory.TeamsAsync(cancellationToken)).Where(t => scope.CanSeeService(t.ServiceId)).ToList();
        var chosen = new List<(string Value, string Label)>();
        foreach (var value in form.Targets.Distinct())
        {
            if (await catalogs.FindAsync(value, cancellationToken) is { } found)
            {
                chosen.Add((value, $"{found.Label} ({found.Kind})"));
            }
        }

        var types = db.InspectionTypes;
        var inspections = await types.AsNoTracking().Where(t => t.Active).OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var stock = Stock;
        return new PlanEditPage(id, form, services, teams, await directory.SitesAsync(cancellationToken), chosen, catalogs.Any(),
            [.. inspections.Select(t => (t.Id, t.Name))], stock is null ? [] : await stock.StoresAsync(cancellationToken), await KitChoice.SuggestionsAsync(stock, cancellationToken));
    }
}

public sealed record PlanRow(
    Guid Id, string Name, WorkOrders.WorkOrderType Type, Guid ServiceId, int? CalendarEvery, PeriodUnit CalendarUnit, bool Floating,
    string? MeterKind, decimal? MeterEvery, string? Windows, DateOnly? NextDue, int Targets);

public sealed record PlanList(Guid? Service, string? Query, bool Inactive, Paged<PlanRow> Rows, IReadOnlyList<ServiceInfo> Services);

public sealed record PlanEditPage(
    Guid? Id, PlanForm Form, IReadOnlyList<ServiceInfo> Services, IReadOnlyList<TeamInfo> Teams, IReadOnlyList<SiteInfo> Sites,
    IReadOnlyList<(string Value, string Label)> Chosen, bool RegistersExist, IReadOnlyList<(Guid Id, string Name)> InspectionTypes,
    IReadOnlyList<PartsStore> Stores, IReadOnlyList<KitChoiceItem> Items);

public sealed record PlanWorkOrder(DateOnly Due, DueBecause Because, Guid WorkOrderId, string Number, WorkOrders.WorkOrderStatus Status);

public sealed record PlanPage(
    MaintenancePlan Plan, string? Service, string? Team, decimal? Reading, IReadOnlyList<Occurrence> Next, IReadOnlyList<PlanWorkOrder> WorkOrders);
