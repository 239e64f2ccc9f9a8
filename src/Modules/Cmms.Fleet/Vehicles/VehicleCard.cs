using Cmms.Directory.Contracts;
using Cmms.Fleet.Fuel;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Workshop;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Fleet.Vehicles;

public sealed record MeterLine(Guid Id, MeterKind Kind, string Unit, decimal? LastValue, DateTime? LastReadAtUtc);

public sealed record ReadingLine(DateTime ReadAtUtc, MeterKind Kind, decimal Value, ReadingSource Source, bool IsReplacement, decimal? OldMeterFinalValue, string EnteredBy);

public sealed record FuelLine(DateTime FilledAtUtc, decimal Litres, decimal UnitPrice, decimal Amount, bool FullTank, FuelSource Source, string? Where, decimal? MeterValue, string EnteredBy);

public sealed record JobLine(
    Guid Id, DateTime IntakeAtUtc, DateTime? ReleasedAtUtc, string Reason, decimal? MeterValue, MeterKind? MeterKind, TimeSpan Downtime,
    AssetWorkOrderLine? WorkOrder, string? WorkOrderNumber, string OpenedBy, string? ReleasedBy, string? ReleaseNote, int Version);

public sealed record StatusLine(DateTime AtUtc, VehicleStatus? From, VehicleStatus To, string? Reason, string ByName);

/// <summary>The figures of a period: consumption (L/100 km or L/h), cost per km (or per hour), availability, downtime.</summary>
public sealed record PeriodFigures(DateTime FromUtc, decimal? Consumption, CostFigure Cost, AvailabilityFigure? Availability, TimeSpan Downtime, int Jobs);

/// <summary>Everything the vehicle page shows.</summary>
public sealed record VehicleCard(
    VehicleForm Vehicle, VehicleStatus Status, DateTime StatusSinceUtc, DateOnly? RetiredOn, string? RetiredReason, string ServiceName, string SiteName,
    IReadOnlyList<MeterLine> Meters, MeterKind? MainKind, PeriodFigures LastYear, PeriodFigures SinceAcquisition,
    IReadOnlyList<ReadingLine> Readings, int ReadingCount, IReadOnlyList<FuelLine> Fuel, int FuelCount, IReadOnlyList<JobLine> Jobs,
    IReadOnlyList<StatusLine> History, AssetWorkHistory Work, bool CanEdit, bool CanOperate);

/// <summary>
/// Builds the vehicle page. Cost per km adds the work orders' costs (as Works reports them for the asset: the
/// orders opened in the period for the last twelve months, everything to date since acquisition) and the fuel
/// of the period, over the use of the main meter in the period (<see cref="CostPerUse"/>).
/// </summary>
internal sealed class VehicleCards(DbContext db, IDirectory directory, IAssetWork work, Kernel.Time.IClock clock)
{
    private const int Shown = 20;

    /// <summary>Enough of the asset's history to sum a year of its work orders; the page lists the latest ten.</summary>
    private const int WorkOrdersRead = 1000;

    public async Task<VehicleCard> BuildAsync(Vehicle vehicle, bool canEdit, bool canOperate, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var yearAgo = now.AddYears(-1);
        var id = vehicle.Id;
        var (readings, fuel, jobs, changes) = (db.MeterReadings, db.FuelEntries, db.WorkshopJobs, db.StatusChanges);
        var main = Units.Main(vehicle.Meters);
        var mainId = main?.Id;

        var points = mainId is null
            ? []
            : await readings.AsNoTracking().Where(r => r.MeterId == mainId).OrderBy(r => r.ReadAtUtc)
                .Select(r => new ReadingPoint(r.ReadAtUtc, r.Value, r.Lifetime, r.IsReplacement)).ToListAsync(cancellationToken);
        var fills = await fuel.AsNoTracking().Where(f => f.VehicleId == id).OrderBy(f => f.FilledAtUtc)
            .Select(f => new { f.FilledAtUtc, f.Litres, f.FullTank, f.Amount, f.MeterId, f.MeterLifetime }).ToListAsync(cancellationToken);
        var intervals = Consumption.Intervals(fills.Select(f => new FillPoint(f.FilledAtUtc, f.Litres, f.FullTank, f.MeterId == mainId ? f.MeterLifetime : null)));
        var history = await changes.AsNoTracking().Where(c => c.VehicleId == id).OrderBy(c => c.AtUtc)
            .Select(c => new StatusLine(c.AtUtc, c.From, c.To, c.Reason, c.ByName)).ToListAsync(cancellationToken);
        var jobRows = await jobs.AsNoTracking().Where(j => j.VehicleId == id).OrderByDescending(j => j.IntakeAtUtc).ToListAsync(cancellationToken);

        var asset = new AssetRef(FleetUrls.ModuleName, id);
        var workHistory = await work.HistoryAsync(asset, WorkOrdersRead, cancellationToken);
        var orderIds = jobRows.Where(j => j.WorkOrderId is not null).Select(j => j.WorkOrderId!.Value).ToList();
        var orders = (orderIds.Count == 0 ? [] : await work.WorkOrdersAsync(orderIds, cancellationToken)).ToDictionary(o => o.Id);

        var statusPoints = history.Select(h => new StatusPoint(h.AtUtc, h.To)).ToList();
        var end = vehicle.RetiredOn is { } retired && ParisMidnight(retired) < now ? ParisMidnight(retired) : now;
        PeriodFigures Period(DateTime from, decimal workCost) => new(
            from,
            main is null ? null : Consumption.Figure(Consumption.PerUnit(intervals, from, now), main.Kind),
            new CostFigure(workCost, fills.Where(f => f.FilledAtUtc >= from).Sum(f => f.Amount), CostPerUse.UseBetween(points, from, now)),
            statusPoints.Count == 0 ? null : Availability.Measure(statusPoints, from, end),
            jobRows.Where(j => (j.ReleasedAtUtc ?? now) >= from)
                .Aggregate(TimeSpan.Zero, (sum, j) => sum + Availability.Downtime(j.IntakeAtUtc > from ? j.IntakeAtUtc : from, j.ReleasedAtUtc, now)),
            jobRows.Count(j => j.IntakeAtUtc >= from));

        var acquired = vehicle.AcquiredOn is { } on ? ParisMidnight(on) : (history.Count > 0 ? history[0].AtUtc : now);
        var lastYear = Period(yearAgo, workHistory.WorkOrders.Where(w => w.CreatedAtUtc >= yearAgo).Sum(w => w.Cost));
        var sinceAcquisition = Period(acquired, workHistory.Costs.Total);

        var kinds = vehicle.Meters.ToDictionary(m => m.Id, m => m.Kind);
        var recentReadings = await readings.AsNoTracking().Where(r => r.VehicleId == id).OrderByDescending(r => r.ReadAtUtc).Take(Shown)
            .Select(r => new { r.ReadAtUtc, r.MeterId, r.Value, r.Source, r.IsReplacement, r.OldMeterFinalValue, r.EnteredBy }).ToListAsync(cancellationToken);
        var recentFuel = await fuel.AsNoTracking().Where(f => f.VehicleId == id).OrderByDescending(f => f.FilledAtUtc).Take(Shown)
            .Select(f => new FuelLine(f.FilledAtUtc, f.Litres, f.UnitPrice, f.Amount, f.FullTank, f.Source, f.Source == FuelSource.Pump ? f.Pump : f.CardNumber, f.MeterValue, f.EnteredBy))
            .ToListAsync(cancellationToken);

        var services = await directory.ServicesAsync(cancellationToken);
        var sites = await directory.SitesAsync(cancellationToken);
        return new VehicleCard(
            VehicleForm.From(vehicle), vehicle.Status, vehicle.StatusSinceUtc, vehicle.RetiredOn, vehicle.RetiredReason,
            services.FirstOrDefault(s => s.Id == vehicle.ServiceId)?.Name ?? "—", sites.FirstOrDefault(s => s.Id == vehicle.SiteId)?.Name ?? "—",
            [.. vehicle.Meters.OrderBy(m => m.Kind).Select(m => new MeterLine(m.Id, m.Kind, m.Unit, m.LastValue, m.LastReadAtUtc))],
            main?.Kind, lastYear, sinceAcquisition,
            [.. recentReadings.Select(r => new ReadingLine(r.ReadAtUtc, kinds.GetValueOrDefault(r.MeterId), r.Value, r.Source, r.IsReplacement, r.OldMeterFinalValue, r.EnteredBy))],
            await readings.CountAsync(r => r.VehicleId == id, cancellationToken),
            recentFuel, fills.Count,
            [.. jobRows.Select(j => new JobLine(
                j.Id, j.IntakeAtUtc, j.ReleasedAtUtc, j.Reason, j.IntakeMeterValue, j.IntakeMeterKind, Availability.Downtime(j.IntakeAtUtc, j.ReleasedAtUtc, now),
                j.WorkOrderId is { } wo ? orders.GetValueOrDefault(wo) : null, j.WorkOrderNumber, j.OpenedBy, j.ReleasedBy, j.ReleaseNote, j.Version))],
            [.. history.AsEnumerable().Reverse()],
            workHistory with { Requests = [.. workHistory.Requests.Take(10)], WorkOrders = [.. workHistory.WorkOrders.Take(10)] },
            canEdit, canOperate);
    }

    private static DateTime ParisMidnight(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), ParisTime.Zone);
}
