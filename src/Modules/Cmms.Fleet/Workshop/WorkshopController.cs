using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet.Workshop;

public sealed class IntakeForm
{
    [Display(Name = "Vehicle")]
    public Guid? VehicleId { get; set; }

    [Display(Name = "Intake")]
    public string? IntakeAt { get; set; }

    [Display(Name = "Meter at intake")]
    public string? MeterValue { get; set; }

    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    [Display(Name = "Mechanic")]
    public Guid? MechanicId { get; set; }
}

public sealed class ReleaseForm
{
    [Display(Name = "Release")]
    public string? ReleasedAt { get; set; }

    [Display(Name = "Note")]
    public string? Note { get; set; }

    public int Version { get; set; }
}

public sealed record BoardJob(
    Guid Id, Guid VehicleId, string Vehicle, DateTime IntakeAtUtc, DateTime? ReleasedAtUtc, string Reason, string Meter, string? Mechanic,
    AssetWorkOrderLine? WorkOrder, bool WorkOrderMissing, TimeSpan Downtime, int Version);

public sealed record IntakeChoice(Guid Id, string Text, string? Unit);

public sealed record WorkshopBoard(
    IReadOnlyList<BoardJob> Open, IReadOnlyList<BoardJob> Released, IReadOnlyList<IntakeChoice> Vehicles, IReadOnlyList<AgentInfo> Mechanics,
    IntakeForm Intake, string NowInput, bool HasWorkshopService);

/// <summary>
/// The workshop board: the vehicles in the workshop now, taking one in (which opens its work order in Works,
/// assigned to the mechanic so it shows on their "my work today") and releasing it.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.ServiceManager},{Roles.Mechanic}"), Route("fleet/workshop")]
public sealed class WorkshopController(
    DbContext db, IAssetWork work, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IClock clock, IStringLocalizer<Text> text) : Controller
{
    private const int RecentReleases = 10;

    // The module's services are internal: taken from the request's scope rather than the (public) constructor.
    private WorkshopDesk Desk => HttpContext.RequestServices.GetRequiredService<WorkshopDesk>();

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? vehicle, CancellationToken cancellationToken)
    {
        var mechanic = user.UserId is { } userId ? await directory.AgentOfUserAsync(userId, cancellationToken) : null;
        var form = new IntakeForm { VehicleId = vehicle, IntakeAt = EntryParsing.LocalInput(clock.UtcNow), MechanicId = mechanic?.Id };
        return View(await BoardAsync(form, cancellationToken));
    }

    [HttpPost("intake")]
    public async Task<IActionResult> Intake(IntakeForm form, CancellationToken cancellationToken)
    {
        var at = string.IsNullOrWhiteSpace(form.IntakeAt) ? clock.UtcNow : EntryParsing.ParisMoment(form.IntakeAt);
        var meter = EntryParsing.Decimal(form.MeterValue);
        if (form.VehicleId is not { } vehicleId || !await (await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken)).AnyAsync(v => v.Id == vehicleId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.VehicleId), text["Choose the vehicle."]);
        }

        if (at is null)
        {
            ModelState.AddModelError(nameof(form.IntakeAt), text["Give a valid date and time."]);
        }

        if (!string.IsNullOrWhiteSpace(form.MeterValue) && meter is null)
        {
            ModelState.AddModelError(nameof(form.MeterValue), text["Type the figure the meter shows."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Index", await BoardAsync(form, cancellationToken));
        }

        var outcome = await Desk.TakeInAsync(new IntakeInput(form.VehicleId!.Value, at!.Value, meter, form.Reason ?? string.Empty, form.MechanicId), cancellationToken);
        if (!outcome.Done)
        {
            foreach (var (field, message) in outcome.Errors)
            {
                ModelState.AddModelError(field == nameof(IntakeInput.IntakeAtUtc) ? nameof(form.IntakeAt) : field, message);
            }

            return View("Index", await BoardAsync(form, cancellationToken));
        }

        var job = outcome.Job!;
        if (outcome.WorkOrderProblem is { } problem)
        {
            TempData["FlashError"] = text["The vehicle is in the workshop, but the work order could not be opened: {0}", problem].Value;
        }
        else
        {
            TempData["Flash"] = text["The vehicle is in the workshop; work order {0} is open for the labour and parts.", job.WorkOrderNumber!].Value;
        }

        return Redirect("/fleet/workshop");
    }

    [HttpPost("{id:guid}/release")]
    public async Task<IActionResult> Release(Guid id, ReleaseForm form, CancellationToken cancellationToken)
    {
        if (!await VisibleJobAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var at = string.IsNullOrWhiteSpace(form.ReleasedAt) ? clock.UtcNow : EntryParsing.ParisMoment(form.ReleasedAt);
        if (at is null)
        {
            TempData["FlashError"] = text["Give a valid date and time."].Value;
            return Redirect("/fleet/workshop");
        }

        var outcome = await Desk.ReleaseAsync(new ReleaseInput(id, at.Value, form.Note, form.Version), cancellationToken);
        if (outcome.Conflict is not null)
        {
            TempData["FlashError"] = text["Someone changed this workshop job meanwhile: look at it again before releasing the vehicle."].Value;
        }
        else if (!outcome.Done)
        {
            TempData["FlashError"] = string.Join(" ", outcome.Errors.Values);
        }
        else
        {
            var job = outcome.Job!;
            TempData["Flash"] = text["The vehicle is available again after {0} in the workshop.", Display.Duration(Availability.Downtime(job.IntakeAtUtc, job.ReleasedAtUtc, clock.UtcNow), text)].Value;
        }

        return Redirect("/fleet/workshop");
    }

    [HttpPost("{id:guid}/work-order")]
    public async Task<IActionResult> OpenWorkOrder(Guid id, CancellationToken cancellationToken)
    {
        if (!await VisibleJobAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var jobs = db.WorkshopJobs;
        var job = await jobs.SingleAsync(j => j.Id == id, cancellationToken);
        var vehicles = db.Vehicles;
        var vehicle = await vehicles.AsNoTracking().SingleAsync(v => v.Id == job.VehicleId, cancellationToken);
        if (await Desk.OpenWorkOrderAsync(job, vehicle, cancellationToken) is { } problem)
        {
            TempData["FlashError"] = text["The work order could not be opened: {0}", problem].Value;
        }
        else
        {
            TempData["Flash"] = text["Work order {0} is open.", job.WorkOrderNumber!].Value;
        }

        return Redirect("/fleet/workshop");
    }

    private async Task<bool> VisibleJobAsync(Guid id, CancellationToken cancellationToken)
    {
        var jobs = db.WorkshopJobs;
        var vehicles = await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken);
        return await jobs.AnyAsync(j => j.Id == id && vehicles.Any(v => v.Id == j.VehicleId), cancellationToken);
    }

    private async Task<WorkshopBoard> BoardAsync(IntakeForm form, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var vehicles = await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken);
        var jobs = db.WorkshopJobs;
        var open = await jobs.AsNoTracking().Where(j => j.ReleasedAtUtc == null && vehicles.Any(v => v.Id == j.VehicleId))
            .OrderBy(j => j.IntakeAtUtc).ToListAsync(cancellationToken);
        var released = await jobs.AsNoTracking().Where(j => j.ReleasedAtUtc != null && vehicles.Any(v => v.Id == j.VehicleId))
            .OrderByDescending(j => j.ReleasedAtUtc).Take(RecentReleases).ToListAsync(cancellationToken);
        var shown = open.Concat(released).ToList();
        var vehicleIds = shown.Select(j => j.VehicleId).Distinct().ToList();
        var names = await vehicles.AsNoTracking().Where(v => vehicleIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => $"{v.InternalNumber} · {v.Label}", cancellationToken);
        var orderIds = shown.Where(j => j.WorkOrderId is not null).Select(j => j.WorkOrderId!.Value).ToList();
        var orders = (orderIds.Count == 0 ? [] : await work.WorkOrdersAsync(orderIds, cancellationToken)).ToDictionary(o => o.Id);
        var agents = (await directory.AgentsAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.FullName);
        BoardJob Line(WorkshopJob j) => new(
            j.Id, j.VehicleId, names.GetValueOrDefault(j.VehicleId, "—"), j.IntakeAtUtc, j.ReleasedAtUtc, j.Reason, Display.Meter(j.IntakeMeterValue, j.IntakeMeterKind),
            j.MechanicId is { } m ? agents.GetValueOrDefault(m) : null, j.WorkOrderId is { } wo ? orders.GetValueOrDefault(wo) : null, j.WorkOrderId is null,
            Availability.Downtime(j.IntakeAtUtc, j.ReleasedAtUtc, now), j.Version);

        var candidates = await vehicles.AsNoTracking().Include(v => v.Meters)
            .Where(v => v.RetiredOn == null && v.Status != VehicleStatus.InWorkshop).OrderBy(v => v.InternalNumber).ToListAsync(cancellationToken);
        var choices = candidates.Select(v => new IntakeChoice(
            v.Id, $"{v.InternalNumber} · {v.Label}{(v.Registration is null ? "" : $" ({v.Registration})")}", Units.Main(v.Meters)?.Unit)).ToList();
        return new WorkshopBoard(
            [.. open.Select(Line)], [.. released.Select(Line)], choices, await Desk.MechanicsAsync(cancellationToken), form,
            EntryParsing.LocalInput(now), await Desk.WorkshopServiceAsync(cancellationToken) is not null);
    }
}
