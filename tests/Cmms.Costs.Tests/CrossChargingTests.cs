using Cmms.Costs.CrossCharging;
using Cmms.Kernel.Costs;

namespace Cmms.Costs.Tests;

public sealed class CrossChargingTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    private static ChargeRate Rate(ChargeKind kind, DateOnly from, decimal value) => new()
    {
        Kind = kind, EffectiveFrom = from, HourlyRate = ChargeRate.IsHours(kind) ? value : null, MarginPercent = ChargeRate.IsHours(kind) ? null : value, CreatedBy = "test",
    };

    private static RechargeSource Hours(string? order, int day, decimal hours, decimal cost, string kind = "Normal") =>
        new(order, CostFactKind.Labour, kind, March.AddDays(day - 1), hours, "h", cost);

    private static (decimal? HourlyRate, decimal? MarginPercent, decimal Charged, bool WithoutRate) Priced(decimal? hourly, decimal? margin, decimal charged, bool withoutRate) =>
        (hourly, margin, charged, withoutRate);

    private static readonly Agreement Agreement = new() { ProviderName = "Ville", BeneficiaryName = "Agglo", ServiceName = "Voirie", EffectiveFrom = new DateOnly(2026, 1, 1) };

    [Fact]
    public void An_hour_takes_the_rate_of_its_kind_in_force_on_its_day()
    {
        ChargeRate[] rates = [Rate(ChargeKind.NormalHours, new(2026, 1, 1), 38.50m), Rate(ChargeKind.NormalHours, new(2026, 3, 16), 39.60m), Rate(ChargeKind.OvertimeHours, new(2026, 1, 1), 48.10m)];

        Assert.Equal(Priced(38.50m, null, 77.00m, false), Recharge.Price(Hours("OT-1", 15, 2m, 60m), rates));
        Assert.Equal(Priced(39.60m, null, 79.20m, false), Recharge.Price(Hours("OT-1", 16, 2m, 60m), rates));
        Assert.Equal(48.10m, Recharge.Price(Hours("OT-1", 16, 1.5m, 60m, "Overtime"), rates).HourlyRate);
        Assert.Equal(72.15m, Recharge.Price(Hours("OT-1", 16, 1.5m, 60m, "Overtime"), rates).Charged);
    }

    [Fact]
    public void Other_costs_are_charged_at_cost_plus_the_margin_and_a_kind_without_a_rate_at_cost_said_so()
    {
        ChargeRate[] rates = [Rate(ChargeKind.Parts, new(2026, 1, 1), 8m), Rate(ChargeKind.NormalHours, new(2026, 4, 1), 40m)];
        var parts = new RechargeSource("OT-1", CostFactKind.Parts, null, March, 3m, "u", 100.05m);

        Assert.Equal(Priced(null, 8m, 108.05m, false), Recharge.Price(parts, rates));
        Assert.Equal(Priced(null, 0m, 55.55m, true), Recharge.Price(Hours("OT-1", 10, 1m, 55.55m), rates));
        Assert.Equal(Priced(null, 0m, 20m, true), Recharge.Price(new RechargeSource(null, CostFactKind.Fuel, null, March, 10m, "l", 20m), rates));
    }

    [Fact]
    public void A_statement_groups_lines_by_work_order_and_price_and_its_totals_are_the_sum_of_rounded_lines()
    {
        ChargeRate[] rates = [Rate(ChargeKind.NormalHours, new(2026, 1, 1), 38.50m), Rate(ChargeKind.NormalHours, new(2026, 3, 16), 39.60m), Rate(ChargeKind.Parts, new(2026, 1, 1), 8m)];
        RechargeSource[] lines =
        [
            Hours("OT-2", 3, 1.25m, 40m), Hours("OT-1", 3, 0.33m, 10m), Hours("OT-1", 4, 0.33m, 10m), Hours("OT-1", 20, 1m, 30m),
            new("OT-1", CostFactKind.Parts, null, March, 1m, "u", 12.34m), new(null, CostFactKind.Fuel, null, March, 30m, "l", 52.5m),
        ];

        var groups = Recharge.Build(lines, rates);

        Assert.Equal(["OT-1", "OT-2", null], groups.Select(g => g.WorkOrderNumber));
        var first = groups[0];
        Assert.Equal(3, first.Rows.Count);
        var hoursAt385 = first.Rows.Single(r => r.HourlyRate == 38.50m);
        Assert.Equal(0.66m, hoursAt385.Quantity);
        Assert.Equal(25.42m, hoursAt385.Charged); // 12.705 → 12.71, twice: each line is rounded, then summed
        Assert.Equal(39.60m, first.Rows.Single(r => r.HourlyRate == 39.60m).Charged);
        Assert.Equal(13.33m, first.Rows.Single(r => r.Kind == ChargeKind.Parts).Charged);
        Assert.Equal(25.42m + 39.60m + 13.33m, first.Charged);
        Assert.Equal(62.34m, first.Cost);
        Assert.Equal(48.13m, groups[1].Charged);
        Assert.True(groups[2].Rows.Single().WithoutRate);
        Assert.Equal(25.42m + 39.60m + 13.33m + 48.13m + 52.5m, groups.Sum(g => g.Charged));
    }

    [Fact]
    public void A_rate_cannot_start_before_the_agreement_in_a_closed_month_or_twice_on_a_day()
    {
        ChargeRate[] existing = [Rate(ChargeKind.NormalHours, new(2026, 5, 1), 40m)];
        var closedMarch = new DateOnly(2026, 3, 1);

        Assert.NotNull(ChargeRules.Refusal(Agreement, existing, null, ChargeKind.NormalHours, new(2025, 12, 31), 40m));
        Assert.NotNull(ChargeRules.Refusal(Agreement, existing, closedMarch, ChargeKind.NormalHours, new(2026, 3, 31), 40m));
        Assert.Null(ChargeRules.Refusal(Agreement, existing, closedMarch, ChargeKind.NormalHours, new(2026, 4, 1), 40m));
        Assert.NotNull(ChargeRules.Refusal(Agreement, existing, closedMarch, ChargeKind.NormalHours, new(2026, 5, 1), 41m));
        Assert.Null(ChargeRules.Refusal(Agreement, existing, closedMarch, ChargeKind.OvertimeHours, new(2026, 5, 1), 50m));
        Assert.NotNull(ChargeRules.Refusal(Agreement, existing, null, ChargeKind.NormalHours, new(2026, 6, 1), 0m));
        Assert.NotNull(ChargeRules.Refusal(Agreement, existing, null, ChargeKind.Parts, new(2026, 6, 1), 120m));
        Assert.Null(ChargeRules.Refusal(Agreement, existing, null, ChargeKind.Parts, new(2026, 6, 1), 0m));
    }
}
