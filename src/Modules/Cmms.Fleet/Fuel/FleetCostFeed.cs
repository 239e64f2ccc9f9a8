using Cmms.Fleet.Readings;
using Cmms.Kernel.Costs;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Fleet.Fuel;

/// <summary>Fuel fills as kernel cost facts for the Costs ledger: litres at the pump's or card's price, charged to the vehicle's service.</summary>
internal sealed class FleetFuelFeed(DbContext db) : ICostFeed
{
    public string Source => "fleet-fuel";

    public async Task<CostFactPage> ReadAsync(CostCursor after, int take, CancellationToken cancellationToken)
    {
        var (fills, vehicles) = (db.FuelEntries, db.Vehicles);
        var (at, id) = (after.RecordedAtUtc, after.Id);
        var rows = await fills.AsNoTracking()
            .Where(f => f.EnteredAtUtc > at || (f.EnteredAtUtc == at && f.Id.CompareTo(id) > 0))
            .Join(vehicles, f => f.VehicleId, v => v.Id, (f, v) => new { Fill = f, v.ServiceId, v.SiteId, v.Category })
            .OrderBy(r => r.Fill.EnteredAtUtc).ThenBy(r => r.Fill.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return CostFactPage.Of([.. rows.Select(r => new CostFact(
            Source, r.Fill.Id, CostFactKind.Fuel, DateOnly.FromDateTime(Kernel.Time.ParisTime.FromUtc(r.Fill.FilledAtUtc)), r.Fill.EnteredAtUtc,
            r.Fill.Litres, "l", r.Fill.UnitPrice, r.Fill.Amount, r.ServiceId, r.SiteId, FleetUrls.ModuleName, r.Fill.VehicleId,
            Category: r.Category.ToString()))], take);
    }
}

/// <summary>
/// The use of vehicles and machines, measured from the readings of each one's main meter (km when it has an
/// odometer, else engine hours), as kernel cost facts the Costs ledger values at its internal rates.
/// A reading's use is how far it raises the highest lifetime recorded before it on that meter (never below
/// zero): a reading entered late between two others adds nothing, so the use of a month is never counted twice.
/// The fact carries the quantity and unit only (no amount): the rate per km or hour is the Costs module's.
/// </summary>
internal sealed class FleetUseFeed(DbContext db) : ICostFeed
{
    public string Source => "fleet-use";

    public async Task<CostFactPage> ReadAsync(CostCursor after, int take, CancellationToken cancellationToken)
    {
        var (readings, meters, vehicles) = (db.MeterReadings, db.Meters, db.Vehicles);
        var (at, id) = (after.RecordedAtUtc, after.Id);
        var rows = await readings.AsNoTracking()
            .Where(r => r.EnteredAtUtc > at || (r.EnteredAtUtc == at && r.Id.CompareTo(id) > 0))
            .Join(vehicles, r => r.VehicleId, v => v.Id, (r, v) => new { Reading = r, v.ServiceId, v.SiteId, v.Category })
            .OrderBy(x => x.Reading.EnteredAtUtc).ThenBy(x => x.Reading.Id)
            .Take(take)
            .Select(x => new
            {
                x.Reading, x.ServiceId, x.SiteId, x.Category,
                Previous = readings.Where(p => p.MeterId == x.Reading.MeterId
                        && (p.EnteredAtUtc < x.Reading.EnteredAtUtc || (p.EnteredAtUtc == x.Reading.EnteredAtUtc && p.Id.CompareTo(x.Reading.Id) < 0)))
                    .Max(p => (decimal?)p.Lifetime),
            })
            .ToListAsync(cancellationToken);
        var vehicleIds = rows.Select(r => r.Reading.VehicleId).Distinct().ToList();
        var main = (await meters.AsNoTracking().Where(m => vehicleIds.Contains(m.VehicleId)).ToListAsync(cancellationToken))
            .GroupBy(m => m.VehicleId).ToDictionary(g => g.Key, g => Units.Main(g)!);
        var facts = new List<CostFact>(rows.Count);
        foreach (var r in rows)
        {
            // Only the main meter's readings measure use; the first reading of a meter starts it, it uses nothing.
            if (!main.TryGetValue(r.Reading.VehicleId, out var meter) || meter.Id != r.Reading.MeterId || r.Previous is not { } previous)
            {
                continue;
            }

            var use = Math.Max(0, r.Reading.Lifetime - previous);
            if (use > 0)
            {
                facts.Add(new CostFact(
                    Source, r.Reading.Id, CostFactKind.VehicleUse, DateOnly.FromDateTime(Kernel.Time.ParisTime.FromUtc(r.Reading.ReadAtUtc)), r.Reading.EnteredAtUtc,
                    use, meter.Unit, 0, 0, r.ServiceId, r.SiteId, FleetUrls.ModuleName, r.Reading.VehicleId, Category: r.Category.ToString()));
            }
        }

        // The cursor moves past readings that used nothing too: the last one read ends the page.
        return new CostFactPage(facts, rows.Count > 0 ? new CostCursor(rows[^1].Reading.EnteredAtUtc, rows[^1].Reading.Id) : null, rows.Count == take);
    }
}
