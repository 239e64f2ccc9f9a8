namespace Cmms.Fleet.Vehicles;

/// <summary>What a vehicle cost over a period and how much it was used: the cost per km (or per engine hour).</summary>
public sealed record CostFigure(decimal WorkCost, decimal FuelCost, decimal Use)
{
    public decimal Total => WorkCost + FuelCost;

    /// <summary>Euros per unit of use, to the cent; null when the vehicle was not used (no division by nothing).</summary>
    public decimal? PerUnit => Use > 0 ? decimal.Round(Total / Use, 2, MidpointRounding.AwayFromZero) : null;
}

/// <summary>
/// The use of a period is the difference of the meter's lifetime (replacements bridged) between the last
/// reading at or before its start — or its first reading when none is older — and its last reading.
/// </summary>
public static class CostPerUse
{
    public static decimal UseBetween(IReadOnlyList<Readings.ReadingPoint> readings, DateTime fromUtc, DateTime toUtc)
    {
        var ordered = readings.Where(r => r.ReadAtUtc <= toUtc).OrderBy(r => r.ReadAtUtc).ThenBy(r => r.Lifetime).ToList();
        if (ordered.Count == 0)
        {
            return 0;
        }

        var start = ordered.LastOrDefault(r => r.ReadAtUtc <= fromUtc) ?? ordered[0];
        return Readings.MeterRule.Use(start.Lifetime, ordered[^1].Lifetime);
    }
}
