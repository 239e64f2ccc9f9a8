using Cmms.Kernel.Assets;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Fleet.Readings;

/// <summary>
/// Fleet's answer to the kernel's meters contract, for Works' use-based preventive plans. Values are lifetimes
/// (the use since tracking began, meter replacements bridged): the same as the meter shows until its first
/// replacement, and after it still the right base for "every 15,000 km" — a new meter starting at 0 does not
/// make a plan believe the vehicle went backwards.
/// </summary>
internal sealed class VehicleMeters(DbContext db) : IAssetMeters
{
    /// <summary>Ids per query: well under every provider's limit on parameters.</summary>
    private const int Batch = 1000;

    public async Task<IReadOnlyList<MeterState>> MetersAsync(AssetRef asset, CancellationToken cancellationToken) =>
        asset.Module == FleetUrls.ModuleName ? await LatestAsync([asset], cancellationToken) : [];

    public async Task<IReadOnlyList<MeterState>> LatestAsync(IReadOnlyCollection<AssetRef> assets, CancellationToken cancellationToken)
    {
        var ids = assets.Where(a => a.Module == FleetUrls.ModuleName).Select(a => a.Id).Distinct().ToList();
        var meters = db.Meters;
        var states = new List<MeterState>();
        foreach (var chunk in ids.Chunk(Batch))
        {
            var rows = await meters.AsNoTracking().Where(m => chunk.Contains(m.VehicleId))
                .Select(m => new { m.Id, m.VehicleId, m.Kind, m.LastLifetime, m.LastReadAtUtc }).ToListAsync(cancellationToken);
            states.AddRange(rows.OrderBy(m => m.VehicleId).ThenBy(m => m.Kind).Select(m => new MeterState(
                new AssetRef(FleetUrls.ModuleName, m.VehicleId), m.Id, Units.Code(m.Kind), Units.Of(m.Kind), m.LastLifetime, m.LastReadAtUtc)));
        }

        return states;
    }

    public async Task<MeterReadingValue?> ReadingOnAsync(AssetRef asset, string meterKind, DateOnly day, CancellationToken cancellationToken)
    {
        if (asset.Module != FleetUrls.ModuleName || Units.Parse(meterKind) is not { } kind)
        {
            return null;
        }

        // "On or before the day": every reading before the next Paris midnight.
        var end = TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), ParisTime.Zone);
        var (meters, readings) = (db.Meters, db.MeterReadings);
        var vehicleId = asset.Id;
        var meterId = await meters.AsNoTracking().Where(m => m.VehicleId == vehicleId && m.Kind == kind).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (meterId is null)
        {
            return null;
        }

        return await readings.AsNoTracking().Where(r => r.MeterId == meterId && r.ReadAtUtc < end)
            .OrderByDescending(r => r.ReadAtUtc).ThenByDescending(r => r.Lifetime)
            .Select(r => new MeterReadingValue(r.Lifetime, r.ReadAtUtc)).FirstOrDefaultAsync(cancellationToken);
    }
}
