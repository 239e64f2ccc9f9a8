using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Costs.Rates;

public sealed record RatesPage(IReadOnlyList<LabourRate> Labour, IReadOnlyList<VehicleRate> Vehicles);

public sealed class LabourRateForm
{
    public PremiumHours Kind { get; set; }

    [Required(ErrorMessage = "Give the date the rate starts.")]
    public DateOnly? EffectiveFrom { get; set; }

    [Range(100, 300, ErrorMessage = "A percentage from 100 to 300.")]
    public decimal Percent { get; set; }
}

public sealed class VehicleRateForm
{
    [Required(ErrorMessage = "Required."), StringLength(30)]
    public string? Category { get; set; }

    [Required(ErrorMessage = "Required."), RegularExpression("^(km|h)$", ErrorMessage = "km or h.")]
    public string? Unit { get; set; }

    [Required(ErrorMessage = "Give the date the rate starts.")]
    public DateOnly? EffectiveFrom { get; set; }

    [Range(0.01, 500, ErrorMessage = "A rate from 0.01 to 500 euros.")]
    public decimal Rate { get; set; }
}

/// <summary>
/// The administrator's internal rates: overtime and on-call as a percentage of the agent's rate, vehicle use per
/// km or hour by category. A new rate starts after today (the costs of past days keep theirs); history is kept.
/// </summary>
[Authorize(Roles = CostsUrls.RateSetters), Route("costs/rates")]
public sealed class RatesController(DbContext db, IClock clock, ICurrentUser user, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var (labour, vehicles) = (db.LabourRates, db.VehicleRates);
        return View(new RatesPage(
            await labour.AsNoTracking().OrderBy(r => r.Kind).ThenByDescending(r => r.EffectiveFrom).ToListAsync(cancellationToken),
            await vehicles.AsNoTracking().OrderBy(r => r.Category).ThenByDescending(r => r.EffectiveFrom).ToListAsync(cancellationToken)));
    }

    [HttpPost("labour"), ValidateAntiForgeryToken]
    public async Task<IActionResult> AddLabour(LabourRateForm form, CancellationToken cancellationToken)
    {
        var labour = db.LabourRates;
        if (!ModelState.IsValid || form.EffectiveFrom <= ParisTime.Today(clock)
            || await labour.AnyAsync(r => r.Kind == form.Kind && r.EffectiveFrom == form.EffectiveFrom, cancellationToken))
        {
            TempData["Flash"] = text["A new rate starts after today, on a date no other rate of its kind starts."].Value;
            return Redirect("/costs/rates");
        }

        labour.Add(new LabourRate { Kind = form.Kind, EffectiveFrom = form.EffectiveFrom!.Value, Percent = form.Percent, CreatedAtUtc = clock.UtcNow, CreatedBy = user.DisplayName });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/costs/rates");
    }

    [HttpPost("vehicles"), ValidateAntiForgeryToken]
    public async Task<IActionResult> AddVehicle(VehicleRateForm form, CancellationToken cancellationToken)
    {
        var vehicles = db.VehicleRates;
        if (!ModelState.IsValid || form.EffectiveFrom <= ParisTime.Today(clock)
            || await vehicles.AnyAsync(r => r.Category == form.Category && r.Unit == form.Unit && r.EffectiveFrom == form.EffectiveFrom, cancellationToken))
        {
            TempData["Flash"] = text["A new rate starts after today, on a date no other rate of its kind starts."].Value;
            return Redirect("/costs/rates");
        }

        vehicles.Add(new VehicleRate { Category = form.Category!.Trim(), Unit = form.Unit!, EffectiveFrom = form.EffectiveFrom!.Value, Rate = decimal.Round(form.Rate, 4), CreatedAtUtc = clock.UtcNow, CreatedBy = user.DisplayName });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/costs/rates");
    }
}
