using Cmms.Costs.Periods;
using Cmms.Kernel.Security;
using Cmms.Kernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Home;

/// <summary>Finance's figures on the home page: the months that are over and still open, and the lines waiting for a budget line.</summary>
internal sealed class CostsHomeTiles(DbContext db, Kernel.Time.IClock clock) : IHomeTileProvider
{
    public async Task<IReadOnlyList<HomeTile>> GetTilesAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Finance))
        {
            return [];
        }

        var today = Kernel.Time.ParisTime.Today(clock);
        var current = PeriodRules.KeyOf(today.Year, today.Month);
        var (periods, totals) = (db.Periods, db.CostTotals);
        var toClose = await periods.CountAsync(p => p.Status == PeriodStatus.Open && (p.Year * 100) + p.Month < current, cancellationToken);
        var toClassify = await totals.Where(t => t.BudgetLineId == null).SumAsync(t => t.Lines, cancellationToken);
        return
        [
            new HomeTile("Months to close", toClose, "/costs/periods", 60),
            new HomeTile("Cost lines to classify", toClassify, "/costs/lines?unclassified=true", 61),
        ];
    }
}
