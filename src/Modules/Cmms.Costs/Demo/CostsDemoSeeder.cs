using Cmms.Costs.Accounts;
using Cmms.Costs.Analysis;
using Cmms.Costs.CrossCharging;
using Cmms.Costs.Exports;
using Cmms.Costs.Ledger;
using Cmms.Costs.Periods;
using Cmms.Costs.Rates;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Costs;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Demo;

/// <summary>
/// The demo's costs: each organisation's chart of accounts excerpt, budget lines and allocation rules, the
/// internal rates and a cross-charging agreement each way between the city and the intercommunality; then the year of
/// Works, Fleet and Stock history is posted through the real posting, the months three and two months back
/// are closed and exported as batches, one line is reclassified, and budgets are set from the year's costs.
/// Runs after every module that reports costs (order 90). Idempotent: the chart marks a loaded organisation.
/// </summary>
internal sealed class CostsDemoSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory, Posting posting,
    PeriodClosing closing, ExportBatches batches, Corrections corrections, AgreementWriter writer, IClock clock) : IDemoSeeder
{
    public const string FinanceName = "Philippe Marchand";

    public int Order => 90;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var all = await organisations.AllAsync(cancellationToken);
        foreach (var org in all)
        {
            using (organisation.Use(org.Id))
            {
                var chart = db.ChartEntries;
                if (await chart.AnyAsync(cancellationToken))
                {
                    continue;
                }

                var other = all.FirstOrDefault(o => o.Id != org.Id);
                await SetUpAsync(org, other, cancellationToken);
                await posting.RunAsync(org.Id, cancellationToken);
                await CloseTwoMonthsAsync(cancellationToken);
                await ReclassifyOneAsync(cancellationToken);
                await BudgetsAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task SetUpAsync(OrganisationInfo org, OrganisationInfo? other, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var since = new DateOnly(ParisTime.Today(clock).Year - 1, 1, 1);
        db.AddRange(DemoChart.Natures.Select(n => new ChartEntry { OrganisationId = org.Id, Axis = ChartAxis.Nature, Code = n.Code, Label = n.Label }));
        db.AddRange(DemoChart.Functions.Select(f => new ChartEntry { OrganisationId = org.Id, Axis = ChartAxis.Function, Code = f.Code, Label = f.Label }));

        var lines = new Dictionary<string, BudgetLine>();
        BudgetLine Line(string chapter, string nature, string function, BudgetSection section = BudgetSection.Operating, string? label = null)
        {
            var code = $"{chapter}-{nature}-{function}";
            if (!lines.TryGetValue(code, out var line))
            {
                line = new BudgetLine
                {
                    OrganisationId = org.Id, Code = code, Label = label ?? DemoChart.LabelOf(nature, function), Section = section, Chapter = chapter,
                    Nature = nature, Function = function, Version = 1, UpdatedAtUtc = now, UpdatedBy = FinanceName,
                };
                lines[code] = line;
                db.Add(line);
            }

            return line;
        }

        var order = 0;
        void Rule(BudgetLine line, Guid? service = null, CostFactKind? kind = null, string? sourceCentre = null) =>
            db.Add(new AllocationRule
            {
                OrganisationId = org.Id, ServiceId = service, Kind = kind, SourceCostCentre = sourceCentre, BudgetLineId = line.Id,
                CreatedAtUtc = now.AddSeconds(order++), CreatedBy = FinanceName,
            });

        foreach (var service in await directory.ServicesAsync(cancellationToken))
        {
            var function = DemoChart.FunctionOf(service.Code);
            Rule(Line("011", DemoChart.MaintenanceNatureOf(service.Code), function), service.Id);
            Rule(Line("012", "64111", function), service.Id, CostFactKind.Labour);
            Rule(Line("011", "60622", function), service.Id, CostFactKind.Fuel);
            Rule(Line("011", "61551", "0202"), service.Id, CostFactKind.VehicleUse);
            if (service.Code == "EV")
            {
                Rule(Line("011", "611", "511"), service.Id, CostFactKind.Contractor);
            }
        }

        foreach (var (centre, nature, function) in DemoChart.Consumables)
        {
            Rule(Line("011", nature, function), kind: CostFactKind.Consumables, sourceCentre: centre);
        }

        Rule(Line("011", "60632", "0202"), kind: CostFactKind.Consumables);
        Line(DemoChart.Investment.Chapter, DemoChart.Investment.Nature, DemoChart.Investment.Function, BudgetSection.Investment, DemoChart.Investment.Label);

        db.AddRange(
            new LabourRate { OrganisationId = org.Id, Kind = PremiumHours.Overtime, EffectiveFrom = since, Percent = 125m, CreatedAtUtc = now, CreatedBy = "Administrateur" },
            new LabourRate { OrganisationId = org.Id, Kind = PremiumHours.OnCall, EffectiveFrom = since, Percent = 150m, CreatedAtUtc = now, CreatedBy = "Administrateur" });
        foreach (var (category, unit, rate) in VehicleRates)
        {
            db.Add(new VehicleRate { OrganisationId = org.Id, Category = category, Unit = unit, Rate = rate, EffectiveFrom = since, CreatedAtUtc = now, CreatedBy = "Administrateur" });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (other is not null)
        {
            await AgreementAsync(org, other, since, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The intercommunality holds the roads competence and the city's road service, which stayed with the city, is
    /// made available to it (a convention de mise à disposition de service, art. L5211-4-1 CGCT): all its work is
    /// re-charged per hour and at cost plus 8 % for parts and consumables, the hourly rate raised six months ago. The intercommunality's garage will service the city's vehicles from next month (a shared
    /// service whose rates are already set): the city then receives a statement too.
    /// </summary>
    private async Task AgreementAsync(OrganisationInfo org, OrganisationInfo other, DateOnly since, CancellationToken cancellationToken)
    {
        var services = await directory.ServicesAsync(cancellationToken);
        var now = clock.UtcNow;
        ChargeRate Rate(ChargeKind kind, DateOnly from, decimal value) => new()
        {
            OrganisationId = org.Id, Kind = kind, EffectiveFrom = from, HourlyRate = ChargeRate.IsHours(kind) ? value : null,
            MarginPercent = ChargeRate.IsHours(kind) ? null : value, CreatedAtUtc = now, CreatedBy = "Administrateur",
        };

        if (org.Code == "VALBRUNE" && services.FirstOrDefault(s => s.Code == "VOI") is { } roads)
        {
            var raised = new DateOnly(ParisTime.Today(clock).Year, ParisTime.Today(clock).Month, 1).AddMonths(-6);
            await writer.CreateAsync(
                new Agreement
                {
                    OrganisationId = org.Id, ProviderName = org.Name, BeneficiaryOrganisationId = other.Id, BeneficiaryName = other.Name, ServiceId = roads.Id,
                    ServiceName = roads.Name, EffectiveFrom = since,
                },
                [
                    Rate(ChargeKind.NormalHours, since, 38.50m), Rate(ChargeKind.NormalHours, raised, 39.60m), Rate(ChargeKind.OvertimeHours, since, 48.10m),
                    Rate(ChargeKind.OnCallHours, since, 57.75m), Rate(ChargeKind.VehicleUse, since, 0m), Rate(ChargeKind.Parts, since, 8m),
                    Rate(ChargeKind.Contractor, since, 0m), Rate(ChargeKind.Fuel, since, 0m), Rate(ChargeKind.Consumables, since, 8m),
                ],
                cancellationToken);
        }
        else if (org.Code != "VALBRUNE" && services.FirstOrDefault(s => s.Code == "ATE") is { } garage)
        {
            var next = new DateOnly(ParisTime.Today(clock).Year, ParisTime.Today(clock).Month, 1).AddMonths(1);
            await writer.CreateAsync(
                new Agreement
                {
                    OrganisationId = org.Id, ProviderName = org.Name, BeneficiaryOrganisationId = other.Id, BeneficiaryName = other.Name, ServiceId = garage.Id,
                    ServiceName = garage.Name, EffectiveFrom = next,
                },
                [Rate(ChargeKind.NormalHours, next, 44m), Rate(ChargeKind.Parts, next, 5m)],
                cancellationToken);
        }
    }

    /// <summary>Internal rates per km (road vehicles) or per engine hour (machines), by Fleet category.</summary>
    public static readonly (string Category, string Unit, decimal Rate)[] VehicleRates =
    [
        ("LightVehicle", "km", 0.32m), ("UtilityVan", "km", 0.41m), ("Truck", "km", 1.15m), ("Sweeper", "h", 48m),
        ("Tractor", "h", 36m), ("RideOnMower", "h", 19m), ("MiniExcavator", "h", 31m), ("SmallEquipment", "h", 7.5m),
    ];

    /// <summary>Finance has closed and exported the months three and two months back; last month waits for its close.</summary>
    private async Task CloseTwoMonthsAsync(CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        foreach (var back in new[] { 3, 2 })
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
            var periods = db.Periods;
            var period = await periods.AsNoTracking().SingleOrDefaultAsync(p => p.Year == month.Year && p.Month == month.Month, cancellationToken);
            if (period is null)
            {
                continue;
            }

            await closing.CloseAsync(period.Id, FinanceName, cancellationToken);
            await batches.ProduceAsync(period.Id, FinanceName, cancellationToken);
        }
    }

    /// <summary>A contractor's invoice for building work turns out to be investment: finance reclassifies it (a reversing line and a new one).</summary>
    private async Task ReclassifyOneAsync(CancellationToken cancellationToken)
    {
        var (lines, periods, budgetLines) = (db.CostLines, db.Periods, db.BudgetLines);
        var open = await periods.AsNoTracking().Where(p => p.Status == PeriodStatus.Open).Select(p => p.Id).ToListAsync(cancellationToken);
        var invoice = await lines.AsNoTracking()
            .Where(l => l.Kind == CostFactKind.Contractor && l.Section == BudgetSectionCode.Operating && open.Contains(l.PeriodId))
            .OrderByDescending(l => l.Amount).FirstOrDefaultAsync(cancellationToken);
        var investment = await budgetLines.AsNoTracking().SingleOrDefaultAsync(b => b.Code == DemoChart.Investment.Code, cancellationToken);
        if (invoice is not null && investment is not null)
        {
            await corrections.ReclassifyAsync(invoice.Id, investment.Id, null, "Travaux d'amélioration : imputés en investissement", FinanceName, cancellationToken);
        }
    }

    /// <summary>This year's budget per budget line and cost centre: last twelve months' costs plus 5 %, to the hundred euros.</summary>
    private async Task BudgetsAsync(CancellationToken cancellationToken)
    {
        var year = ParisTime.Today(clock).Year;
        var totals = db.CostTotals;
        var from = ((year - 1) * 100) + ParisTime.Today(clock).Month;
        var spent = await totals.AsNoTracking().Where(t => t.BudgetLineId != null && t.PeriodKey >= from)
            .GroupBy(t => new { t.BudgetLineId, t.CostCentre })
            .Select(g => new { g.Key.BudgetLineId, g.Key.CostCentre, Amount = g.Sum(t => t.Amount) })
            .ToListAsync(cancellationToken);
        var now = clock.UtcNow;
        db.AddRange(spent.Where(s => s.Amount > 0).Select(s => new Budget
        {
            Year = year, BudgetLineId = s.BudgetLineId!.Value, CostCentre = s.CostCentre, Amount = Math.Ceiling(s.Amount * 1.05m / 100m) * 100m,
            Version = 1, UpdatedAtUtc = now, UpdatedBy = FinanceName,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
