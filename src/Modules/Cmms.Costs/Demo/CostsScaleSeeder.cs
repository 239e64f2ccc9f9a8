using Cmms.Costs.Accounts;
using Cmms.Costs.Ledger;
using Cmms.Costs.Periods;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Costs;
using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Demo;

/// <summary>
/// The large city's ledger for benchmarks (<c>seed --scale large</c>): 2,000,000 lines over 24 months, of
/// which 200,000 in last month (closed, ready to export), with the axes spread as a large technical services
/// department's would be (services, sites, assets, agents, budget lines from the demo's rules). Written with
/// <see cref="BulkInsert"/>, then the periods' totals rebuilt. Idempotent: its lines carry the source "scale".
/// </summary>
internal sealed class CostsScaleSeeder(DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory, IClock clock) : IScaleSeeder
{
    public const string Source = "scale";
    public const int Total = 2_000_000;
    public const int BusyMonth = 200_000;
    public const int Months = 24;

    public int Order => 90;

    public async Task SeedAsync(string scale, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (scale != "large" && scale != "costs")
        {
            return;
        }

        var city = (await organisations.AllAsync(cancellationToken)).FirstOrDefault(o => o.Code == "VALBRUNE");
        if (city is null)
        {
            return;
        }

        using var acting = organisation.Use(city.Id);
        var lines = db.CostLines;
        if (await lines.AnyAsync(l => l.Source == Source, cancellationToken))
        {
            progress.Report("Costs: the large ledger is already there");
            return;
        }

        var services = await directory.ServicesAsync(cancellationToken);
        var sites = (await directory.SitesAsync(cancellationToken)).Select(s => s.Id).ToArray();
        var agents = (await directory.AgentsAsync(cancellationToken)).Select(a => a.Id).ToArray();
        var budgetLines = db.BudgetLines;
        var byCode = await budgetLines.AsNoTracking().ToDictionaryAsync(b => b.Code, cancellationToken);
        var random = new Random(2_000_000);
        // An asset stands on one site and is looked after by one service (a boiler, a tree, a sweeper): drawing its
        // site and service once keeps the ledger's axes as a real department's are, not every asset on every site.
        var assets = Enumerable.Range(0, 3000).Select(_ => new ScaleAsset(Guid.CreateVersion7(), sites[random.Next(sites.Length)], services[random.Next(services.Count)])).ToArray();
        var today = ParisTime.Today(clock);
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var now = clock.UtcNow;
        var written = 0;
        for (var back = Months - 1; back >= 0; back--)
        {
            var month = last.AddMonths(-back);
            var count = back == 0 ? BusyMonth : (Total - BusyMonth) / (Months - 1);
            var period = await PeriodAsync(city.Id, month, now, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = new List<CostLine>(20_000);
            for (var i = 0; i < count; i++)
            {
                batch.Add(Line(random, city.Id, period, month, services, sites, agents, assets, byCode, now));
                if (batch.Count == batch.Capacity)
                {
                    await db.InsertAsync(batch, cancellationToken);
                    batch.Clear();
                }
            }

            await db.InsertAsync(batch, cancellationToken);
            await db.Periods.Where(p => p.Id == period.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.LineCount, p => p.LineCount + count), cancellationToken);
            await Totals.RebuildAsync(db, city.Id, period.Id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            written += count;
            progress.Report($"Costs: {written:N0} ledger lines ({month:yyyy-MM})");
        }

        // The busy month is closed, ready for its export batch (the benchmark makes it).
        var lastKey = PeriodRules.KeyOf(last.Year, last.Month);
        await db.Periods.Where(p => (p.Year * 100) + p.Month <= lastKey && p.Status == PeriodStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PeriodStatus.Closed).SetProperty(p => p.ClosedAtUtc, now).SetProperty(p => p.ClosedBy, "Jeu de données"), cancellationToken);
        await db.RefreshStatisticsAsync([typeof(CostLine), typeof(CostTotal)], cancellationToken);
    }

    private async Task<Period> PeriodAsync(Guid organisationId, DateOnly month, DateTime now, CancellationToken cancellationToken)
    {
        var periods = db.Periods;
        var period = await periods.AsNoTracking().SingleOrDefaultAsync(p => p.Year == month.Year && p.Month == month.Month, cancellationToken);
        if (period is null)
        {
            period = new Period { OrganisationId = organisationId, Year = month.Year, Month = month.Month, Status = PeriodStatus.Open, OpenedAtUtc = now };
            periods.Add(period);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return period;
    }

    private static readonly CostFactKind[] Kinds =
        [CostFactKind.Labour, CostFactKind.Labour, CostFactKind.Labour, CostFactKind.Labour, CostFactKind.Parts, CostFactKind.Parts, CostFactKind.Contractor, CostFactKind.Fuel, CostFactKind.VehicleUse, CostFactKind.Consumables];

    private sealed record ScaleAsset(Guid Id, Guid SiteId, ServiceInfo Service);

    private static CostLine Line(
        Random random, Guid organisationId, Period period, DateOnly month, IReadOnlyList<ServiceInfo> services, Guid[] sites, Guid[] agents, ScaleAsset[] assets,
        IReadOnlyDictionary<string, BudgetLine> byCode, DateTime now)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        var hasAsset = kind is not CostFactKind.Consumables;
        var asset = hasAsset ? assets[random.Next(assets.Length)] : null;
        var service = asset?.Service ?? services[random.Next(services.Count)];
        var function = DemoChart.FunctionOf(service.Code);
        var code = kind switch
        {
            CostFactKind.Labour => $"012-64111-{function}",
            CostFactKind.Fuel => $"011-60622-{function}",
            CostFactKind.VehicleUse => "011-61551-0202",
            CostFactKind.Consumables => "011-60632-0202",
            _ => $"011-{DemoChart.MaintenanceNatureOf(service.Code)}-{function}",
        };
        var budgetLine = byCode.GetValueOrDefault(code);
        var (quantity, unit, unitCost) = kind switch
        {
            CostFactKind.Labour => (random.Next(1, 33) * 0.25m, "h", 28m + random.Next(0, 1500) / 100m),
            CostFactKind.Fuel => (random.Next(20, 90), "l", 1.65m + random.Next(0, 20) / 100m),
            CostFactKind.VehicleUse => (random.Next(5, 300), "km", 0.41m),
            CostFactKind.Contractor => (1m, "u", random.Next(200, 8000)),
            _ => (random.Next(1, 20), "u", random.Next(100, 9000) / 100m),
        };
        var line = new CostLine
        {
            OrganisationId = organisationId, PeriodId = period.Id, PeriodKey = period.Key, Source = Source, SourceId = Guid.CreateVersion7(), Kind = kind,
            OccurredOn = month.AddDays(random.Next(0, DateTime.DaysInMonth(month.Year, month.Month))), PostedAtUtc = now,
            Quantity = quantity, Unit = unit, UnitCost = unitCost, Amount = decimal.Round(quantity * unitCost, 2, MidpointRounding.AwayFromZero),
            ServiceId = service.Id, CostCentre = service.Code, SiteId = asset?.SiteId ?? sites[random.Next(sites.Length)],
            AssetModule = hasAsset ? "buildings" : null, AssetId = asset?.Id,
            AgentId = kind == CostFactKind.Labour ? agents[random.Next(agents.Length)] : null,
            HoursKind = kind == CostFactKind.Labour ? (random.Next(10) == 0 ? "Overtime" : "Normal") : null,
        };
        LedgerWriter.Charge(line, budgetLine);
        return line;
    }
}
