using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Fleet.Readings;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet.Vehicles;

public sealed record VehicleRow(Guid Id, string InternalNumber, string Label, string? Registration, VehicleCategory Category, string ServiceName,
    VehicleStatus Status, DateOnly? RetiredOn, decimal? MeterValue, MeterKind? MeterKind);

/// <param name="Status">A status name, "retired", or empty for every vehicle in service.</param>
public sealed record VehicleFilter(Guid? Service, VehicleCategory? Category, string? Status, string? Query)
{
    public string QueryString(string path) =>
        $"{path}?service={Service}&category={Category}&status={Uri.EscapeDataString(Status ?? string.Empty)}&q={Uri.EscapeDataString(Query ?? string.Empty)}";
}

public sealed record VehicleList(Paged<VehicleRow> Page, VehicleFilter Filter, IReadOnlyList<ServiceInfo> Services, bool CanEdit, bool CanOperate);

public sealed class StatusForm
{
    [Display(Name = "New status")]
    public VehicleStatus Status { get; set; }

    [StringLength(500), Display(Name = "Reason")]
    public string? Reason { get; set; }

    public int Version { get; set; }
}

public sealed class RetireForm
{
    [Required, Display(Name = "Retired on")]
    public DateOnly? On { get; set; }

    [Required, StringLength(500), Display(Name = "Reason")]
    public string? Reason { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// The vehicles register: the list (filters, search, export), the vehicle page, creating and editing a vehicle,
/// putting it out of service or back, retiring it. Managers and administrators edit; mechanics read and change
/// status; a referent reads the vehicles of their sites (a request's asset link leads here).
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.ServiceManager},{Roles.Mechanic},{Roles.Referent}"), Route("fleet/vehicles")]
public sealed class VehiclesController(
    DbContext db, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IClock clock, IStringLocalizer<Text> text) : Controller
{
    // The module's services are internal: taken from the request's scope rather than the (public) constructor.
    private VehicleRegister Register => HttpContext.RequestServices.GetRequiredService<VehicleRegister>();

    private const string Editors = $"{Roles.Administrator},{Roles.ServiceManager}";

    /// <summary>Those who run the fleet day to day: the editors and the mechanics.</summary>
    private const string Operators = $"{Roles.Administrator},{Roles.ServiceManager},{Roles.Mechanic}";

    private bool CanOperate => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.ServiceManager) || User.IsInRole(Roles.Mechanic);

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? service, VehicleCategory? category, string? status, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = new VehicleFilter(service, category, status, q);
        var vehicles = Filtered(await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken), filter);
        var paging = new PageRequest(Math.Max(1, page));
        var total = await vehicles.CountAsync(cancellationToken);
        var found = await vehicles.AsNoTracking().OrderBy(v => v.InternalNumber).Skip(paging.Skip).Take(paging.PageSize)
            .Select(v => new { v.Id, v.InternalNumber, v.Label, v.Registration, v.Category, v.ServiceId, v.Status, v.RetiredOn })
            .ToListAsync(cancellationToken);
        var ids = found.Select(v => v.Id).ToList();
        var meters = db.Meters;
        var mains = (await meters.AsNoTracking().Where(m => ids.Contains(m.VehicleId)).ToListAsync(cancellationToken))
            .GroupBy(m => m.VehicleId).ToDictionary(g => g.Key, g => Units.Main(g)!);
        var services = await directory.ServicesAsync(cancellationToken);
        var rows = found.Select(v => new VehicleRow(
            v.Id, v.InternalNumber, v.Label, v.Registration, v.Category, services.FirstOrDefault(s => s.Id == v.ServiceId)?.Name ?? "—", v.Status, v.RetiredOn,
            mains.GetValueOrDefault(v.Id)?.LastValue, mains.GetValueOrDefault(v.Id)?.Kind)).ToList();
        return View(new VehicleList(new Paged<VehicleRow>(rows, paging.Page, paging.PageSize, total), filter, services, User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.ServiceManager), CanOperate));
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export(Guid? service, VehicleCategory? category, string? status, string? q, CancellationToken cancellationToken)
    {
        var vehicles = Filtered(await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken), new VehicleFilter(service, category, status, q));
        var content = await RegisterExport.BuildAsync(db, vehicles, directory, text, cancellationToken);
        var day = ParisTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(content, RegisterExport.ContentType, $"vehicules-{day}.xlsx");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var vehicle = await (await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken)).AsNoTracking().Include(v => v.Meters)
            .FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vehicle is null)
        {
            return NotFound();
        }

        var card = await HttpContext.RequestServices.GetRequiredService<VehicleCards>().BuildAsync(vehicle, User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.ServiceManager), CanOperate, cancellationToken);
        ViewData["Title"] = $"{vehicle.InternalNumber} · {vehicle.Label}";
        return View(card);
    }

    [Authorize(Roles = Editors), HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var sites = await directory.SitesAsync(cancellationToken);
        var form = new VehicleForm { Meters = [.. Categories.DefaultMeters(VehicleCategory.LightVehicle)] };

        // New vehicles usually sleep at the technical centre.
        form.SiteId = sites.FirstOrDefault(s => s.Code is "CTM" or "CTC")?.Id;
        return await EditViewAsync(form, cancellationToken);
    }

    [Authorize(Roles = Editors), HttpPost("new")]
    public async Task<IActionResult> New(VehicleForm form, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(form, cancellationToken);
        }

        var vehicle = Register.Create(form);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The vehicle has been added to the fleet."].Value;
        return Redirect(FleetUrls.Vehicle(vehicle.Id));
    }

    [Authorize(Roles = Editors), HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var vehicle = await db.Vehicles.AsNoTracking().Include(v => v.Meters).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return vehicle is null ? NotFound() : await EditViewAsync(VehicleForm.From(vehicle), cancellationToken);
    }

    [Authorize(Roles = Editors), HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, VehicleForm form, CancellationToken cancellationToken)
    {
        var vehicle = await db.Vehicles.Include(v => v.Meters).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vehicle is null)
        {
            return NotFound();
        }

        form.Id = id;
        await ValidateAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(form, cancellationToken);
        }

        form.ApplyTo(vehicle);
        VehicleRegister.ApplyMeters(vehicle, form.Meters);
        if (await db.TrySaveAsync(vehicle, form.Version, cancellationToken) is { } conflict)
        {
            // Their meters as stored: the ones this form added are still in the vehicle's collection, unsaved.
            var theirs = VehicleForm.From(vehicle);
            var meters = db.Meters;
            theirs.Meters = await meters.AsNoTracking().Where(m => m.VehicleId == id).Select(m => m.Kind).ToListAsync(cancellationToken);
            theirs.Meters.Sort();
            await FillListsAsync(cancellationToken);
            return this.ConflictView("Edit", form, theirs, conflict);
        }

        TempData["Flash"] = text["The vehicle has been saved."].Value;
        return Redirect(FleetUrls.Vehicle(id));
    }

    [Authorize(Roles = Operators), HttpPost("{id:guid}/status")]
    public async Task<IActionResult> Status(Guid id, StatusForm form, CancellationToken cancellationToken)
    {
        var vehicle = await (await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken)).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vehicle is null)
        {
            return NotFound();
        }

        var reason = form.Reason?.Trim();
        string? refusal = vehicle.IsRetired ? text["This vehicle is retired."].Value
            : vehicle.Status == VehicleStatus.InWorkshop ? text["The vehicle is in the workshop: release it from the workshop board."].Value
            : form.Status is not (VehicleStatus.Available or VehicleStatus.OutOfService) ? text["A vehicle goes to the workshop through an intake."].Value
            : form.Status == vehicle.Status ? text["The vehicle already has this status."].Value
            : form.Status == VehicleStatus.OutOfService && string.IsNullOrEmpty(reason) ? text["Say why the vehicle is out of service."].Value
            : reason?.Length > 500 ? text["At most 500 characters."].Value
            : null;
        if (refusal is not null)
        {
            TempData["FlashError"] = refusal;
            return Redirect(FleetUrls.Vehicle(id));
        }

        db.Add(VehicleStatusChange.Move(vehicle, form.Status, clock.UtcNow, user.DisplayName, string.IsNullOrEmpty(reason) ? null : reason));
        if (await db.TrySaveAsync(vehicle, form.Version, cancellationToken) is not null)
        {
            TempData["FlashError"] = text["Someone changed this vehicle meanwhile: look at it again before changing its status."].Value;
            return Redirect(FleetUrls.Vehicle(id));
        }

        TempData["Flash"] = text["The status has been changed."].Value;
        return Redirect(FleetUrls.Vehicle(id));
    }

    [Authorize(Roles = Editors), HttpPost("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, RetireForm form, CancellationToken cancellationToken)
    {
        var vehicle = await db.Vehicles.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vehicle is null)
        {
            return NotFound();
        }

        var today = ParisTime.Today(clock);
        var reason = form.Reason?.Trim();
        string? refusal = vehicle.IsRetired ? text["This vehicle is retired."].Value
            : vehicle.Status == VehicleStatus.InWorkshop ? text["The vehicle is in the workshop: release it before retiring it."].Value
            : form.On is not { } on || on > today ? text["Give the date the vehicle left the fleet (today at the latest)."].Value
            : string.IsNullOrEmpty(reason) || reason.Length > 500 ? text["Say why the vehicle leaves the fleet (sold, scrapped…)."].Value
            : null;
        if (refusal is not null)
        {
            TempData["FlashError"] = refusal;
            return Redirect(FleetUrls.Vehicle(id));
        }

        (vehicle.RetiredOn, vehicle.RetiredReason) = (form.On, reason);
        if (vehicle.Status != VehicleStatus.OutOfService)
        {
            db.Add(VehicleStatusChange.Move(vehicle, VehicleStatus.OutOfService, clock.UtcNow, user.DisplayName, reason));
        }

        if (await db.TrySaveAsync(vehicle, form.Version, cancellationToken) is not null)
        {
            TempData["FlashError"] = text["Someone changed this vehicle meanwhile: look at it again before retiring it."].Value;
            return Redirect(FleetUrls.Vehicle(id));
        }

        TempData["Flash"] = text["The vehicle has been retired: it stays in the register with its history."].Value;
        return Redirect(FleetUrls.Vehicle(id));
    }

    /// <summary>The list's filters: "retired" shows the retired vehicles, a status those in service with it, nothing every vehicle in service.</summary>
    private static IQueryable<Vehicle> Filtered(IQueryable<Vehicle> vehicles, VehicleFilter filter)
    {
        vehicles = filter.Status == "retired" ? vehicles.Where(v => v.RetiredOn != null) : vehicles.Where(v => v.RetiredOn == null);
        if (Enum.TryParse<VehicleStatus>(filter.Status, out var status))
        {
            vehicles = vehicles.Where(v => v.Status == status);
        }

        if (filter.Service is { } service)
        {
            vehicles = vehicles.Where(v => v.ServiceId == service);
        }

        if (filter.Category is { } category)
        {
            vehicles = vehicles.Where(v => v.Category == category);
        }

        return vehicles.Matching(filter.Query);
    }

    private async Task ValidateAsync(VehicleForm form, Guid? id, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in await Register.CheckAsync(form, id, cancellationToken))
        {
            ModelState.AddModelError(field, text[message]);
        }
    }

    private async Task<IActionResult> EditViewAsync(VehicleForm form, CancellationToken cancellationToken)
    {
        await FillListsAsync(cancellationToken);
        return View("Edit", form);
    }

    private async Task FillListsAsync(CancellationToken cancellationToken)
    {
        ViewData["Services"] = await directory.ServicesAsync(cancellationToken);
        ViewData["Sites"] = await directory.SitesAsync(cancellationToken);
    }
}
