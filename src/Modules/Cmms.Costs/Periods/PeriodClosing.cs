using Cmms.Costs.Ledger;
using Cmms.Kernel.Costs;
using Cmms.Kernel.Data;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Periods;

/// <summary>Either the period closed, or why not (English resource key).</summary>
public sealed record CloseResult(Period? Period, string? Refusal);

/// <summary>
/// Finance closes a month. Everything the modules recorded so far is posted first, so nothing dated in the
/// month is left behind; then the period is closed with its version checked (a posting that raced it makes
/// the close try again). Closing with work orders still open is allowed: the page lists them beforehand.
/// </summary>
public sealed class PeriodClosing(DbContext db, Posting posting, IOrganisationContext organisation, IWriteGate gate, IClock clock, IOpenWorkOrders? openWork = null)
{
    public async Task<IReadOnlyList<OpenWorkOrder>> OpenWorkOrdersAsync(Guid periodId, CancellationToken cancellationToken)
    {
        if (openWork is null)
        {
            return [];
        }

        var lines = db.CostLines;
        var ids = await lines.AsNoTracking().Where(l => l.PeriodId == periodId && l.WorkOrderId != null).Select(l => l.WorkOrderId!.Value).Distinct().ToListAsync(cancellationToken);
        return await openWork.OpenAmongAsync(ids, cancellationToken);
    }

    public async Task<CloseResult> CloseAsync(Guid periodId, string by, CancellationToken cancellationToken)
    {
        var organisationId = organisation.OrganisationId ?? throw new InvalidOperationException("No organisation is set.");
        for (var attempt = 1; ; attempt++)
        {
            await posting.RunAsync(organisationId, cancellationToken);
            db.ChangeTracker.Clear();
            var periods = db.Periods;
            var period = await periods.SingleOrDefaultAsync(p => p.Id == periodId, cancellationToken);
            if (period is null)
            {
                return new CloseResult(null, "This period does not exist.");
            }

            if (period.Status == PeriodStatus.Closed)
            {
                return new CloseResult(period, "This period is already closed.");
            }

            var thisMonth = PeriodRules.MonthOf(ParisTime.Today(clock));
            if (PeriodRules.KeyOf(period.Year, period.Month) >= PeriodRules.KeyOf(thisMonth.Year, thisMonth.Month))
            {
                return new CloseResult(period, "A month can only be closed once it is over.");
            }

            period.Status = PeriodStatus.Closed;
            period.ClosedAtUtc = clock.UtcNow;
            period.ClosedBy = by;
            using var turn = await gate.EnterAsync(cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new CloseResult(period, null);
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
                // Lines were posted into it meanwhile: post what is left and try again.
            }
        }
    }
}
