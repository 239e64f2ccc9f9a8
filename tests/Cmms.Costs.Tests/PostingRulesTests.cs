using Cmms.Costs.Accounts;
using Cmms.Costs.Periods;
using Cmms.Costs.Rates;
using Cmms.Kernel.Costs;

namespace Cmms.Costs.Tests;

public sealed class PostingRulesTests
{
    private static CostFact Fact(CostFactKind kind, Guid? service = null, string? centre = null, string? hours = null, decimal quantity = 2m, decimal unitCost = 30m, string? category = null, string unit = "h") =>
        new("test", Guid.CreateVersion7(), kind, new DateOnly(2026, 3, 15), DateTime.UtcNow, quantity, unit, unitCost, quantity * unitCost, service, null, null, null,
            HoursKind: hours, CostCentre: centre, Category: category);

    private static AllocationRule Rule(Guid line, Guid? service = null, CostFactKind? kind = null, string? centre = null, int second = 0) =>
        new() { BudgetLineId = line, ServiceId = service, Kind = kind, SourceCostCentre = centre, CreatedAtUtc = new DateTime(2026, 1, 1, 0, 0, second, DateTimeKind.Utc), CreatedBy = "test" };

    [Fact]
    public void The_rule_naming_the_most_criteria_wins_and_a_service_rule_is_its_default()
    {
        var (service, other) = (Guid.NewGuid(), Guid.NewGuid());
        var (byDefault, labour, anyLabour) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        AllocationRule[] rules = [Rule(anyLabour, kind: CostFactKind.Labour), Rule(byDefault, service), Rule(labour, service, CostFactKind.Labour)];

        Assert.Equal(labour, Allocation.For(rules, Fact(CostFactKind.Labour, service), "BAT").BudgetLineId);
        Assert.Equal(byDefault, Allocation.For(rules, Fact(CostFactKind.Parts, service), "BAT").BudgetLineId);
        Assert.Equal(anyLabour, Allocation.For(rules, Fact(CostFactKind.Labour, other), "EV").BudgetLineId);
        Assert.Equal("EV", Allocation.For(rules, Fact(CostFactKind.Labour, other), "EV").CostCentre);
    }

    [Fact]
    public void A_cost_no_rule_matches_waits_to_be_classified_on_its_store_cost_centre()
    {
        var allocated = Allocation.For([Rule(Guid.NewGuid(), Guid.NewGuid())], Fact(CostFactKind.Consumables, centre: "voirie"), null);

        Assert.Null(allocated.BudgetLineId);
        Assert.Equal("VOIRIE", allocated.CostCentre);
    }

    [Fact]
    public void A_store_cost_centre_rule_beats_a_kind_rule()
    {
        var (lighting, consumables) = (Guid.NewGuid(), Guid.NewGuid());
        AllocationRule[] rules = [Rule(consumables, kind: CostFactKind.Consumables), Rule(lighting, kind: CostFactKind.Consumables, centre: "ECLAIRAGE")];

        Assert.Equal(lighting, Allocation.For(rules, Fact(CostFactKind.Consumables, centre: "ECLAIRAGE"), null).BudgetLineId);
        Assert.Equal(consumables, Allocation.For(rules, Fact(CostFactKind.Consumables, centre: "MAGASIN"), null).BudgetLineId);
    }

    [Fact]
    public void A_cost_dated_in_a_closed_month_goes_to_the_next_open_month_marked_late()
    {
        var closed = new HashSet<int> { 202602, 202603 };

        Assert.Equal((2026, 4, true), PeriodRules.Target(new DateOnly(2026, 2, 27), closed));
        Assert.Equal((2026, 1, false), PeriodRules.Target(new DateOnly(2026, 1, 31), closed));
        Assert.Equal((2027, 1, true), PeriodRules.Target(new DateOnly(2026, 12, 5), new HashSet<int> { 202612 }));
    }

    [Fact]
    public void Overtime_and_on_call_hours_take_their_percentage_of_the_agents_rate_of_the_day()
    {
        LabourRate[] rates =
        [
            new() { Kind = PremiumHours.Overtime, EffectiveFrom = new DateOnly(2025, 1, 1), Percent = 125m, CreatedBy = "t" },
            new() { Kind = PremiumHours.Overtime, EffectiveFrom = new DateOnly(2026, 4, 1), Percent = 130m, CreatedBy = "t" },
            new() { Kind = PremiumHours.OnCall, EffectiveFrom = new DateOnly(2025, 1, 1), Percent = 150m, CreatedBy = "t" },
        ];

        Assert.Equal(new Valued(37.5m, 75m), Valuation.Of(Fact(CostFactKind.Labour, hours: "Overtime"), rates, []));
        Assert.Equal(new Valued(45m, 90m), Valuation.Of(Fact(CostFactKind.Labour, hours: "OnCall"), rates, []));
        Assert.Equal(new Valued(30m, 60m), Valuation.Of(Fact(CostFactKind.Labour, hours: "Normal"), rates, []));
    }

    [Fact]
    public void Vehicle_use_is_valued_at_the_category_rate_of_its_day_and_nothing_without_one()
    {
        VehicleRate[] rates =
        [
            new() { Category = "UtilityVan", Unit = "km", EffectiveFrom = new DateOnly(2025, 1, 1), Rate = 0.41m, CreatedBy = "t" },
            new() { Category = "UtilityVan", Unit = "km", EffectiveFrom = new DateOnly(2026, 6, 1), Rate = 0.50m, CreatedBy = "t" },
        ];

        Assert.Equal(new Valued(0.41m, 51.25m), Valuation.Of(Fact(CostFactKind.VehicleUse, quantity: 125m, unitCost: 0, category: "UtilityVan", unit: "km"), [], rates));
        Assert.Equal(0m, Valuation.Of(Fact(CostFactKind.VehicleUse, quantity: 10m, unitCost: 0, category: "Truck", unit: "km"), [], rates).Amount);
    }

    [Theory]
    [InlineData(ChartAxis.Nature, "615221", true)]
    [InlineData(ChartAxis.Nature, "6", false)]
    [InlineData(ChartAxis.Nature, "60A22", false)]
    [InlineData(ChartAxis.Function, "0202", true)]
    [InlineData(ChartAxis.Function, "02020", false)]
    public void Chart_codes_are_digits_of_the_M57_lengths(ChartAxis axis, string code, bool valid) =>
        Assert.Equal(valid, ChartRules.CodeRefusal(axis, code) is null);

    [Fact]
    public void A_budget_line_is_refused_when_its_nature_or_function_is_not_in_the_chart()
    {
        var chart = new HashSet<(ChartAxis, string)> { (ChartAxis.Nature, "60622"), (ChartAxis.Function, "511") };

        Assert.Null(ChartRules.BudgetLineRefusal(chart, "60622", "511"));
        Assert.NotNull(ChartRules.BudgetLineRefusal(chart, "60623", "511"));
        Assert.NotNull(ChartRules.BudgetLineRefusal(chart, "60622", "824"));
    }
}
