using Cmms.Kernel.Costs;
using Cmms.Kernel.Time;

namespace Cmms.Costs.Rates;

/// <summary>A fact's value in the ledger: its quantity, unit cost and amount once the organisation's rates are applied.</summary>
public sealed record Valued(decimal UnitCost, decimal Amount);

/// <summary>
/// Values what the feeds leave to the ledger: overtime and on-call hours at their percentage of the agent's
/// rate of the day, vehicle use at the category's internal rate of the day. Other facts keep the value their
/// module gave them. Each amount is rounded to the cent at the line.
/// </summary>
public static class Valuation
{
    public static Valued Of(CostFact fact, IReadOnlyList<LabourRate> labour, IReadOnlyList<VehicleRate> vehicles)
    {
        switch (fact.Kind)
        {
            case CostFactKind.Labour when PremiumOf(fact.HoursKind) is { } premium:
                var percent = InForce.On(labour.Where(r => r.Kind == premium), r => r.EffectiveFrom, fact.OccurredOn)?.Percent ?? 100m;
                var unit = decimal.Round(fact.UnitCost * percent / 100m, 4, MidpointRounding.AwayFromZero);
                return new Valued(unit, Cents(fact.Quantity * unit));
            case CostFactKind.VehicleUse:
                var rate = InForce.On(vehicles.Where(r => r.Category == fact.Category && r.Unit == fact.Unit), r => r.EffectiveFrom, fact.OccurredOn)?.Rate ?? 0m;
                return new Valued(rate, Cents(fact.Quantity * rate));
            default:
                return new Valued(fact.UnitCost, fact.Amount);
        }
    }

    public static PremiumHours? PremiumOf(string? hoursKind) => hoursKind switch
    {
        "Overtime" => PremiumHours.Overtime,
        "OnCall" => PremiumHours.OnCall,
        _ => null,
    };

    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
