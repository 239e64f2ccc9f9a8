using Cmms.Kernel.Data;
using Cmms.Kernel.Time;
using Cmms.Works.Numbering;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Preventive.Demo;

/// <summary>
/// Work orders of the demo's past, written as the workflow would have left them (numbered in their year, each move an
/// event), without going through the workflow one by one: a year of plans is a few thousand work orders.
/// </summary>
internal sealed class DemoWork(DbContext db, Guid organisationId, Dictionary<(string Series, int Year), int> counters, DateTime nowUtc)
{
    public static async Task<DemoWork> StartAsync(DbContext db, Guid organisationId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var counters = db.Set<Counter>();
        var last = await counters.AsNoTracking().Where(c => c.Series == Numbers.WorkOrders).ToDictionaryAsync(c => (c.Series, c.Year), c => c.Last, cancellationToken);
        return new DemoWork(db, organisationId, last, nowUtc);
    }

    /// <summary>A work order created at <paramref name="createdAtUtc"/> by <paramref name="by"/>, assigned to its team at once.</summary>
    public WorkOrder Create(NewWorkOrder input, DateTime createdAtUtc, string by)
    {
        var key = (Numbers.WorkOrders, YearlyNumbers.YearOf(createdAtUtc));
        counters[key] = counters.GetValueOrDefault(key) + 1;
        var order = new WorkOrder
        {
            OrganisationId = organisationId, Number = YearlyNumbers.Format(key.WorkOrders, key.Item2, counters[key]), Type = input.Type, Priority = input.Priority,
            Title = input.Title, Description = input.Description.Length > 4000 ? input.Description[..4000] : input.Description, SiteId = input.SiteId,
            AssetModule = input.AssetModule, AssetId = input.AssetId, AssetLabel = input.AssetLabel, Location = input.Location,
            Latitude = input.Latitude, Longitude = input.Longitude, ServiceId = input.ServiceId, TeamId = input.TeamId,
            PlannedStart = input.PlannedStart, PlannedEnd = input.PlannedEnd, DueAtUtc = input.DueAtUtc,
            Status = WorkOrderStatus.Planned, StatusChangedAtUtc = createdAtUtc, CreatedAtUtc = createdAtUtc, UpdatedAtUtc = createdAtUtc, UpdatedBy = by,
        };
        order.Tasks.AddRange(input.Tasks.Select((t, i) => new WorkOrderTask { OrganisationId = organisationId, WorkOrderId = order.Id, Position = i + 1, Label = t }));
        db.Add(order);
        db.Add(new WorkOrderEvent { OrganisationId = organisationId, WorkOrderId = order.Id, AtUtc = createdAtUtc, ByName = by, To = WorkOrderStatus.Planned });
        if (order.TeamId is not null)
        {
            Move(order, WorkOrderStatus.Assigned, createdAtUtc, by);
        }

        return order;
    }

    /// <summary>Moves the work order along the workflow's legal steps up to <paramref name="to"/>, at <paramref name="atUtc"/> (never in the future).</summary>
    public void MoveTo(WorkOrder order, WorkOrderStatus to, DateTime atUtc, string by)
    {
        var path = to switch
        {
            WorkOrderStatus.InProgress => new[] { WorkOrderStatus.InProgress },
            WorkOrderStatus.Done => [WorkOrderStatus.InProgress, WorkOrderStatus.Done],
            WorkOrderStatus.Closed => [WorkOrderStatus.InProgress, WorkOrderStatus.Done, WorkOrderStatus.Closed],
            _ => [],
        };
        var at = atUtc < nowUtc ? atUtc : nowUtc.AddMinutes(-5);
        foreach (var step in path.Where(s => s != order.Status))
        {
            Move(order, step, step == WorkOrderStatus.Closed ? Later(at, order) : at, by);
        }
    }

    /// <summary>Writes the counters back, so the next number given by the application follows the demo's.</summary>
    public async Task SaveCountersAsync(CancellationToken cancellationToken)
    {
        var counters1 = db.Set<Counter>();
        var tracked = await counters1.Where(c => c.Series == Numbers.WorkOrders).ToListAsync(cancellationToken);
        foreach (var ((series, year), last) in counters)
        {
            if (tracked.FirstOrDefault(c => c.Year == year) is { } counter)
            {
                counter.Last = Math.Max(counter.Last, last);
            }
            else
            {
                counters1.Add(new Counter { OrganisationId = organisationId, Series = series, Year = year, Last = last });
            }
        }
    }

    private DateTime Later(DateTime at, WorkOrder order)
    {
        var closed = at.AddDays(2);
        return closed < nowUtc ? closed : order.StatusChangedAtUtc;
    }

    private void Move(WorkOrder order, WorkOrderStatus to, DateTime atUtc, string by)
    {
        var at = atUtc < order.StatusChangedAtUtc ? order.StatusChangedAtUtc : atUtc;
        db.Add(order.MoveTo(to, at, null, by, null));
        order.UpdatedAtUtc = at;
    }

    /// <summary>A Paris wall-clock time of a day, as UTC.</summary>
    public static DateTime At(DateOnly day, int hour) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), ParisTime.Zone);
}
