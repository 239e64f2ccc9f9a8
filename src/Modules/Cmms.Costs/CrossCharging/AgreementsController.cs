using System.ComponentModel.DataAnnotations;
using Cmms.Costs.Periods;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Costs.CrossCharging;

public sealed class AgreementForm
{
    [Required(ErrorMessage = "Choose the organisation charged.")]
    public Guid? BeneficiaryOrganisationId { get; set; }

    [Required(ErrorMessage = "Choose the service made available.")]
    public Guid? ServiceId { get; set; }

    public List<Guid> SiteIds { get; set; } = [];

    [Required(ErrorMessage = "Give the date the agreement starts.")]
    public DateOnly? EffectiveFrom { get; set; }
}

public sealed class ChargeRateForm
{
    public ChargeKind Kind { get; set; }

    [Required(ErrorMessage = "Give the date the rate starts.")]
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>Euros per hour for hours, a margin in % for the rest; a comma or a point (a number field sends a point whatever the language).</summary>
    public string? Value { get; set; }

    public decimal? Parsed() =>
        decimal.TryParse(Value?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    public int Version { get; set; }
}

public sealed record AgreementRow(Agreement Agreement, IReadOnlyList<string> Sites);

public sealed record AgreementsPage(IReadOnlyList<AgreementRow> Agreements, IReadOnlyList<OrganisationInfo> Others, IReadOnlyList<ServiceInfo> Services, IReadOnlyList<SiteInfo> Sites);

public sealed record AgreementPage(Agreement Agreement, IReadOnlyList<string> Sites, IReadOnlyList<ChargeRate> Rates);

/// <summary>
/// The administrator's cross-charging agreements: which service works for which other organisation, on which
/// sites, from when; and the rates of each kind of cost, from a date on, the history kept. Adding a rate checks
/// the agreement's version, so two administrators changing the same agreement are told.
/// </summary>
[Authorize(Roles = CostsUrls.RateSetters), Route("costs/agreements")]
public sealed class AgreementsController(
    DbContext db, IDirectory directory, IOrganisationList organisations, IOrganisationContext organisation, AgreementWriter writer, IClock clock, ICurrentUser user,
    IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var agreements = db.Agreements;
        var sites = await directory.SitesAsync(cancellationToken);
        var rows = (await agreements.AsNoTracking().OrderBy(a => a.BeneficiaryName).ThenBy(a => a.EffectiveFrom).ToListAsync(cancellationToken))
            .Select(a => new AgreementRow(a, SiteNames(a, sites))).ToList();
        var others = (await organisations.AllAsync(cancellationToken)).Where(o => o.Id != organisation.OrganisationId).ToList();
        return View("~/CrossCharging/Agreements.cshtml", new AgreementsPage(rows, others, await directory.ServicesAsync(cancellationToken), sites));
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(AgreementForm form, CancellationToken cancellationToken)
    {
        var me = (await organisations.AllAsync(cancellationToken)).FirstOrDefault(o => o.Id == organisation.OrganisationId);
        var other = (await organisations.AllAsync(cancellationToken)).FirstOrDefault(o => o.Id == form.BeneficiaryOrganisationId && o.Id != organisation.OrganisationId);
        var service = (await directory.ServicesAsync(cancellationToken)).FirstOrDefault(s => s.Id == form.ServiceId);
        var sites = (await directory.SitesAsync(cancellationToken)).Select(s => s.Id).ToHashSet();
        var agreements = db.Agreements;
        if (!ModelState.IsValid || me is null || other is null || service is null || !form.SiteIds.All(sites.Contains)
            || await agreements.AnyAsync(a => a.BeneficiaryOrganisationId == other.Id && a.ServiceId == service.Id && a.EffectiveFrom == form.EffectiveFrom, cancellationToken))
        {
            TempData["Flash"] = text["An agreement names another organisation, one of your services, your sites (or none for all) and a start date not already used."].Value;
            return Redirect("/costs/agreements");
        }

        var agreement = new Agreement
        {
            ProviderName = me.Name, BeneficiaryOrganisationId = other.Id, BeneficiaryName = other.Name, ServiceId = service.Id, ServiceName = service.Name,
            SiteIds = [.. form.SiteIds.Distinct()], EffectiveFrom = form.EffectiveFrom!.Value,
        };
        await writer.CreateAsync(agreement, [], cancellationToken);
        return Redirect($"/costs/agreements/{agreement.Id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var (agreements, rates) = (db.Agreements, db.ChargeRates);
        var agreement = await agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return NotFound();
        }

        return View("~/CrossCharging/Agreement.cshtml", new AgreementPage(
            agreement, SiteNames(agreement, await directory.SitesAsync(cancellationToken)),
            await rates.AsNoTracking().Where(r => r.AgreementId == id).OrderBy(r => r.Kind).ThenByDescending(r => r.EffectiveFrom).ToListAsync(cancellationToken)));
    }

    [HttpPost("{id:guid}/rates"), ValidateAntiForgeryToken]
    public async Task<IActionResult> AddRate(Guid id, ChargeRateForm form, CancellationToken cancellationToken)
    {
        var (agreements, rates, periods) = (db.Agreements, db.ChargeRates, db.Periods);
        var agreement = await agreements.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return NotFound();
        }

        var existing = await rates.AsNoTracking().Where(r => r.AgreementId == id).ToListAsync(cancellationToken);
        var lastClosed = await periods.AsNoTracking().Where(p => p.Status == PeriodStatus.Closed)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Month).Select(p => new { p.Year, p.Month }).FirstOrDefaultAsync(cancellationToken);
        var value = form.Parsed();
        var refusal = !ModelState.IsValid
            ? "Give the date the rate starts."
            : ChargeRules.Refusal(agreement, existing, lastClosed is null ? null : new DateOnly(lastClosed.Year, lastClosed.Month, 1), form.Kind, form.EffectiveFrom!.Value, value ?? -1m);
        if (refusal is not null)
        {
            TempData["Flash"] = text[refusal].Value;
            return Redirect($"/costs/agreements/{id}");
        }

        var hours = ChargeRate.IsHours(form.Kind);
        rates.Add(new ChargeRate
        {
            AgreementId = id, Kind = form.Kind, EffectiveFrom = form.EffectiveFrom!.Value, HourlyRate = hours ? decimal.Round(value!.Value, 2) : null,
            MarginPercent = hours ? null : decimal.Round(value!.Value, 2), CreatedAtUtc = clock.UtcNow, CreatedBy = user.DisplayName,
        });
        var conflict = await db.TrySaveAsync(agreement, form.Version, cancellationToken);
        TempData["Flash"] = conflict is null
            ? text["Rate added."].Value
            : text["{0} changed this agreement meanwhile: your rate was not added; read the rates again before adding it.", conflict.ChangedBy ?? "?"].Value;
        return Redirect($"/costs/agreements/{id}");
    }

    private static List<string> SiteNames(Agreement agreement, IReadOnlyList<SiteInfo> sites) =>
        [.. agreement.SiteIds.Select(s => sites.FirstOrDefault(x => x.Id == s)?.Name ?? "—").Order(StringComparer.Ordinal)];
}
