using Cmms.Costs.Periods;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.CrossCharging;

/// <summary>Which side of the agreement the reader is on: the organisation that re-charges, or the one charged.</summary>
public enum StatementSide
{
    Issued,
    Received,
}

/// <summary>A re-charge statement of one agreement for one month, as either organisation's finance reads it.</summary>
public sealed record Statement(
    StatementSide Side, Guid RouteId, string ProviderName, string BeneficiaryName, string ServiceName, int Year, int Month, bool Closed, IReadOnlyList<StatementGroup> Groups)
{
    public decimal Cost => Groups.Sum(g => g.Cost);

    public decimal Charged => Groups.Sum(g => g.Charged);

    public string Period => $"{Year:0000}-{Month:00}";
}

/// <summary>
/// Finds an agreement from either side and builds its statement. The providing organisation opens it through its
/// own <see cref="Agreement"/>; the charged one through its own <see cref="ReceivedAgreement"/>, and only then are the
/// provider's agreement, rates, period status and ledger lines read past the organisation filter — limited to the
/// agreement's service, sites and dates, and to the columns a statement shows.
/// </summary>
public sealed class Statements(DbContext db, IOrganisationContext organisation)
{
    public async Task<Agreement?> FindAsync(StatementSide side, Guid id, CancellationToken cancellationToken)
    {
        var agreements = db.Agreements;
        if (side == StatementSide.Issued)
        {
            return await agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        }

        var received = db.ReceivedAgreements;
        var link = await received.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var me = organisation.OrganisationId;
        return link is null || me is null
            ? null
            : await agreements.IgnoreQueryFilters().AsNoTracking()
                .SingleOrDefaultAsync(a => a.Id == link.AgreementId && a.OrganisationId == link.ProviderOrganisationId && a.BeneficiaryOrganisationId == me, cancellationToken);
    }

    public async Task<IReadOnlyList<ChargeRate>> RatesAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        var rates = db.ChargeRates;
        return await rates.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.OrganisationId == agreement.OrganisationId && r.AgreementId == agreement.Id)
            .OrderBy(r => r.Kind).ThenByDescending(r => r.EffectiveFrom).ToListAsync(cancellationToken);
    }

    public async Task<Statement> BuildAsync(StatementSide side, Guid routeId, Agreement agreement, int year, int month, CancellationToken cancellationToken)
    {
        var (lines, periods) = (db.CostLines, db.Periods);
        var key = PeriodRules.KeyOf(year, month);
        var (provider, service, from, sites) = (agreement.OrganisationId, agreement.ServiceId, agreement.EffectiveFrom, agreement.SiteIds);
        var query = lines.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.OrganisationId == provider && l.PeriodKey == key && l.ServiceId == service && l.OccurredOn >= from);
        if (sites.Count > 0)
        {
            query = query.Where(l => l.SiteId != null && sites.Contains(l.SiteId.Value));
        }

        var sources = await query
            .Select(l => new RechargeSource(l.WorkOrderNumber, l.Kind, l.HoursKind, l.OccurredOn, l.Quantity, l.Unit, l.Amount))
            .ToListAsync(cancellationToken);
        var closed = await periods.IgnoreQueryFilters().AsNoTracking()
            .AnyAsync(p => p.OrganisationId == provider && p.Year == year && p.Month == month && p.Status == PeriodStatus.Closed, cancellationToken);
        var rates = await RatesAsync(agreement, cancellationToken);
        return new Statement(side, routeId, agreement.ProviderName, agreement.BeneficiaryName, agreement.ServiceName, year, month, closed, Recharge.Build(sources, rates));
    }
}
