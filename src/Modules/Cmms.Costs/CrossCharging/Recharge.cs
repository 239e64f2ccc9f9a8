using Cmms.Costs.Rates;
using Cmms.Kernel.Costs;
using Cmms.Kernel.Time;

namespace Cmms.Costs.CrossCharging;

/// <summary>What a statement needs of a ledger line of the providing organisation, and nothing more (no agent, no site, no id).</summary>
public sealed record RechargeSource(string? WorkOrderNumber, CostFactKind Kind, string? HoursKind, DateOnly OccurredOn, decimal Quantity, string Unit, decimal Amount);

/// <summary>One row of a work order on a statement: a kind of cost at one price, its quantity, its cost to the provider and what is charged.</summary>
/// <param name="HourlyRate">The price per hour of the hours kinds (null: at cost plus <paramref name="MarginPercent"/>).</param>
public sealed record StatementRow(ChargeKind Kind, string Unit, decimal Quantity, decimal? HourlyRate, decimal? MarginPercent, decimal Cost, decimal Charged, bool WithoutRate);

/// <summary>A work order's rows (or those of the costs booked without one) and its total.</summary>
public sealed record StatementGroup(string? WorkOrderNumber, IReadOnlyList<StatementRow> Rows)
{
    public decimal Cost => Rows.Sum(r => r.Cost);

    public decimal Charged => Rows.Sum(r => r.Charged);
}

/// <summary>
/// The pricing of a re-charge statement: each ledger line takes the agreement's rate of its kind in force on
/// its date; hours are priced per hour, the rest at cost plus the margin; each line is rounded to the cent, then
/// lines of a work order at the same price are summed. A kind with no rate yet is charged at cost, and said so.
/// </summary>
public static class Recharge
{
    public static ChargeKind KindOf(CostFactKind kind, string? hoursKind) => kind switch
    {
        CostFactKind.Labour => Valuation.PremiumOf(hoursKind) switch
        {
            PremiumHours.Overtime => ChargeKind.OvertimeHours,
            PremiumHours.OnCall => ChargeKind.OnCallHours,
            _ => ChargeKind.NormalHours,
        },
        CostFactKind.VehicleUse => ChargeKind.VehicleUse,
        CostFactKind.Parts => ChargeKind.Parts,
        CostFactKind.Contractor => ChargeKind.Contractor,
        CostFactKind.Fuel => ChargeKind.Fuel,
        _ => ChargeKind.Consumables,
    };

    /// <summary>The rate of a kind in force on a date: the one that started last on or before it.</summary>
    public static ChargeRate? RateAt(IEnumerable<ChargeRate> rates, ChargeKind kind, DateOnly on) =>
        InForce.On(rates.Where(r => r.Kind == kind), r => r.EffectiveFrom, on);

    /// <summary>One line priced: (price per hour or margin, amount charged, whether no rate applied).</summary>
    public static (decimal? HourlyRate, decimal? MarginPercent, decimal Charged, bool WithoutRate) Price(RechargeSource line, IReadOnlyList<ChargeRate> rates)
    {
        var kind = KindOf(line.Kind, line.HoursKind);
        var rate = RateAt(rates, kind, line.OccurredOn);
        if (ChargeRate.IsHours(kind) && rate?.HourlyRate is { } hourly)
        {
            return (hourly, null, Valuation.Cents(line.Quantity * hourly), false);
        }

        var margin = ChargeRate.IsHours(kind) ? null : rate?.MarginPercent;
        return (null, margin ?? 0m, Valuation.Cents(line.Amount * (100m + (margin ?? 0m)) / 100m), margin is null);
    }

    /// <summary>The statement's groups: work orders by number, then the costs without a work order; rows by kind and price.</summary>
    public static IReadOnlyList<StatementGroup> Build(IEnumerable<RechargeSource> lines, IReadOnlyList<ChargeRate> rates) =>
        [.. lines
            .Select(l => (Line: l, Kind: KindOf(l.Kind, l.HoursKind), Price: Price(l, rates)))
            .GroupBy(p => p.Line.WorkOrderNumber)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StatementGroup(g.Key, [.. g
                .GroupBy(p => (p.Kind, p.Line.Unit, p.Price.HourlyRate, p.Price.MarginPercent, p.Price.WithoutRate))
                .OrderBy(r => r.Key.Kind).ThenBy(r => r.Key.HourlyRate ?? r.Key.MarginPercent)
                .Select(r => new StatementRow(r.Key.Kind, r.Key.Unit, r.Sum(p => p.Line.Quantity), r.Key.HourlyRate, r.Key.MarginPercent,
                    r.Sum(p => p.Line.Amount), r.Sum(p => p.Price.Charged), r.Key.WithoutRate))]))];
}
