using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Fleet.Fuel;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet.Entry;

public sealed record EntryVehicle(Guid Id, string InternalNumber, string Label, string? Registration, FuelType Fuel, VehicleStatus Status);

public sealed record EntryFinder(string? Query, IReadOnlyList<EntryVehicle> Vehicles);

/// <summary>Figures are text: typed on a phone with a comma or a point (<see cref="EntryParsing"/>).</summary>
public sealed class ReadingForm
{
    [Display(Name = "Meter")]
    public MeterKind? Meter { get; set; }

    [Display(Name = "Reading")]
    public string? Value { get; set; }

    [Display(Name = "Date and time of the reading")]
    public string? ReadAt { get; set; }

    [Display(Name = "The meter was replaced")]
    public bool Replacement { get; set; }

    [Display(Name = "Old meter's final value")]
    public string? OldMeterFinalValue { get; set; }
}

public sealed class FuelForm
{
    [Display(Name = "Date and time of the fill")]
    public string? FilledAt { get; set; }

    [Display(Name = "Litres")]
    public string? Litres { get; set; }

    [Display(Name = "Price per litre (€)")]
    public string? UnitPrice { get; set; }

    [Display(Name = "Meter at the fill")]
    public string? MeterValue { get; set; }

    [Display(Name = "Tank filled up")]
    public bool FullTank { get; set; } = true;

    [Display(Name = "Paid with")]
    public FuelSource Source { get; set; } = FuelSource.Pump;

    [Display(Name = "Pump")]
    public string? Pump { get; set; }

    [Display(Name = "Fuel card number")]
    public string? CardNumber { get; set; }
}

public sealed record ReadingPage(EntryVehicle Vehicle, IReadOnlyList<MeterLine> Meters, ReadingForm Form);

public sealed record FuelPage(EntryVehicle Vehicle, MeterLine? Meter, FuelForm Form);

/// <summary>
/// Entering a reading or a fill standing by the vehicle, on a phone: find the vehicle by its number or plate,
/// then one short form. Drivers (field agents) and mechanics use it as well as managers.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.ServiceManager},{Roles.Mechanic},{Roles.FieldAgent}")]
public sealed class EntryController(
    DbContext db, IUserScopeProvider scopes, ICurrentUser user, IClock clock, IStringLocalizer<Text> text) : Controller
{
    // The module's services are internal: taken from the request's scope rather than the (public) constructor.
    private ReadingBook Readings => HttpContext.RequestServices.GetRequiredService<ReadingBook>();

    private FuelBook Fuel => HttpContext.RequestServices.GetRequiredService<FuelBook>();

    [HttpGet("fleet/entry")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var found = new List<EntryVehicle>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            found = await (await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken)).AsNoTracking()
                .Where(v => v.RetiredOn == null).Matching(q).OrderBy(v => v.InternalNumber).Take(20)
                .Select(v => new EntryVehicle(v.Id, v.InternalNumber, v.Label, v.Registration, v.Fuel, v.Status)).ToListAsync(cancellationToken);
        }

        return View(new EntryFinder(q, found));
    }

    [HttpGet("fleet/vehicles/{id:guid}/readings/new")]
    public async Task<IActionResult> NewReading(Guid id, CancellationToken cancellationToken)
    {
        var page = await ReadingPageAsync(id, new ReadingForm { ReadAt = EntryParsing.LocalInput(clock.UtcNow) }, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("fleet/vehicles/{id:guid}/readings/new")]
    public async Task<IActionResult> NewReading(Guid id, ReadingForm form, CancellationToken cancellationToken)
    {
        var page = await ReadingPageAsync(id, form, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var value = EntryParsing.Decimal(form.Value);
        var oldFinal = EntryParsing.Decimal(form.OldMeterFinalValue);
        var at = string.IsNullOrWhiteSpace(form.ReadAt) ? clock.UtcNow : EntryParsing.ParisMoment(form.ReadAt);
        if (value is null)
        {
            ModelState.AddModelError(nameof(form.Value), text["Type the figure the meter shows."]);
        }

        if (form.Replacement && !string.IsNullOrWhiteSpace(form.OldMeterFinalValue) && oldFinal is null)
        {
            ModelState.AddModelError(nameof(form.OldMeterFinalValue), text["Type the figure the old meter showed."]);
        }

        if (at is null)
        {
            ModelState.AddModelError(nameof(form.ReadAt), text["Give a valid date and time."]);
        }

        if (!ModelState.IsValid)
        {
            return View(page);
        }

        var outcome = await Readings.RecordAsync(
            new ReadingInput(id, form.Meter, value!.Value, at!.Value, ReadingSource.Manual, form.Replacement, form.Replacement ? oldFinal : null), cancellationToken);
        if (!outcome.Recorded)
        {
            ModelState.AddModelError(nameof(form.Value), outcome.Refusal!);
            return View(page);
        }

        TempData["Flash"] = text["Reading recorded: {0} — {1}.", $"{page.Vehicle.InternalNumber} {page.Vehicle.Label}", Display.Meter(outcome.Reading!.Value, outcome.Meter!.Kind)].Value;
        return Redirect("/fleet/entry");
    }

    [HttpGet("fleet/vehicles/{id:guid}/fuel/new")]
    public async Task<IActionResult> NewFuel(Guid id, CancellationToken cancellationToken)
    {
        var page = await FuelPageAsync(id, new FuelForm { FilledAt = EntryParsing.LocalInput(clock.UtcNow) }, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("fleet/vehicles/{id:guid}/fuel/new")]
    public async Task<IActionResult> NewFuel(Guid id, FuelForm form, CancellationToken cancellationToken)
    {
        var page = await FuelPageAsync(id, form, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var (litres, price, meter) = (EntryParsing.Decimal(form.Litres), EntryParsing.Decimal(form.UnitPrice), EntryParsing.Decimal(form.MeterValue));
        var at = string.IsNullOrWhiteSpace(form.FilledAt) ? clock.UtcNow : EntryParsing.ParisMoment(form.FilledAt);
        if (litres is null)
        {
            ModelState.AddModelError(nameof(form.Litres), text["Type the litres on the ticket."]);
        }

        if (price is null)
        {
            ModelState.AddModelError(nameof(form.UnitPrice), text["Type the price per litre."]);
        }

        if (!string.IsNullOrWhiteSpace(form.MeterValue) && meter is null)
        {
            ModelState.AddModelError(nameof(form.MeterValue), text["Type the figure the meter shows."]);
        }

        if (at is null)
        {
            ModelState.AddModelError(nameof(form.FilledAt), text["Give a valid date and time."]);
        }

        if (!Enum.IsDefined(form.Source))
        {
            ModelState.AddModelError(nameof(form.Source), text["Say how the fill was paid."]);
        }

        if (!ModelState.IsValid)
        {
            return View(page);
        }

        var outcome = await Fuel.RecordAsync(
            new FuelInput(id, at!.Value, litres!.Value, price!.Value, form.FullTank, form.Source, form.Pump, form.CardNumber, meter, null), cancellationToken);
        if (outcome.Entry is null)
        {
            foreach (var (field, message) in outcome.Errors)
            {
                ModelState.AddModelError(field == nameof(FuelInput.FilledAtUtc) ? nameof(form.FilledAt) : field == nameof(FuelInput.VehicleId) ? string.Empty : field, message);
            }

            return View(page);
        }

        TempData["Flash"] = text["Fill recorded: {0} — {1} L, {2}.", $"{page.Vehicle.InternalNumber} {page.Vehicle.Label}", outcome.Entry.Litres, Display.Money(outcome.Entry.Amount)].Value;
        return Redirect("/fleet/entry");
    }

    private async Task<EntryVehicle?> VehicleAsync(Guid id, CancellationToken cancellationToken) =>
        await (await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken)).AsNoTracking().Where(v => v.Id == id)
            .Select(v => new EntryVehicle(v.Id, v.InternalNumber, v.Label, v.Registration, v.Fuel, v.Status)).FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<MeterLine>> MetersAsync(Guid id, CancellationToken cancellationToken)
    {
        var meters = db.Meters;
        return [.. (await meters.AsNoTracking().Where(m => m.VehicleId == id).ToListAsync(cancellationToken))
            .OrderBy(m => m.Kind).Select(m => new MeterLine(m.Id, m.Kind, m.Unit, m.LastValue, m.LastReadAtUtc))];
    }

    private async Task<MeterLine?> MainMeterAsync(Guid id, CancellationToken cancellationToken)
    {
        var meters = await MetersAsync(id, cancellationToken);
        return meters.Count > 0 ? meters[0] : null;
    }

    private async Task<ReadingPage?> ReadingPageAsync(Guid id, ReadingForm form, CancellationToken cancellationToken) =>
        await VehicleAsync(id, cancellationToken) is { } vehicle ? new ReadingPage(vehicle, await MetersAsync(id, cancellationToken), form) : null;

    private async Task<FuelPage?> FuelPageAsync(Guid id, FuelForm form, CancellationToken cancellationToken) =>
        await VehicleAsync(id, cancellationToken) is { } vehicle ? new FuelPage(vehicle, await MainMeterAsync(id, cancellationToken), form) : null;
}
