using Cmms.Kernel.Domain;
using Cmms.Works.Preventive.Triggers;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Preventive.Plans;

/// <summary>
/// Preventive or statutory work planned on an asset or a group of assets: what to do (tasks, trade,
/// estimated hours, a kit of parts), who does it (service, team) and when (its trigger). The generation job
/// turns each due date into one work order, exactly once.
/// </summary>
public sealed class MaintenancePlan : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public WorkOrderType Type { get; set; } = WorkOrderType.Preventive;

    public Guid ServiceId { get; set; }

    /// <summary>The site the work orders belong to (a street's trees: the technical centre's site).</summary>
    public Guid SiteId { get; set; }

    public Guid? TeamId { get; set; }

    /// <summary>The trade the work needs (plumber, electrician…), from the Directory's trades.</summary>
    public string? Trade { get; set; }

    public decimal EstimatedHours { get; set; }

    /// <summary>One task or checklist line per line.</summary>
    public string Tasks { get; set; } = "";

    /// <summary>Other parts or tools to take, written by hand, one per line (the stock's items are <see cref="KitLines"/>).</summary>
    public string Kit { get; set; } = "";

    /// <summary>The statutory inspection this plan carries out, when it is one.</summary>
    public Guid? InspectionTypeId { get; set; }

    public DateOnly Start { get; set; }

    public int? CalendarEvery { get; set; }

    public PeriodUnit CalendarUnit { get; set; } = PeriodUnit.Months;

    public bool Floating { get; set; }

    public string? MeterKind { get; set; }

    public decimal? MeterEvery { get; set; }

    public decimal MeterTolerance { get; set; }

    /// <summary>Seasonal windows written "01/04-31/10;15/11-15/03" (day/month, ends included).</summary>
    public string? Windows { get; set; }

    public int LeadDays { get; set; }

    public bool Active { get; set; } = true;

    // What the generation needs of the plan's past, kept on the plan so a daily run over 50,000 plans reads
    // only those falling due (NextCreateOn) and those on a meter.
    public DateOnly? LastGeneratedDue { get; set; }

    public Guid? OpenWorkOrderId { get; set; }

    public DateOnly? LastCompletedOn { get; set; }

    public decimal? ReadingAtLastCompletion { get; set; }

    /// <summary>The day the next work order is to be created (due date − lead time); null when it depends on a meter or on an open work order.</summary>
    public DateOnly? NextCreateOn { get; set; }

    public DateOnly? NextDue { get; set; }

    public List<PlanTarget> Targets { get; set; } = [];

    /// <summary>Items of the stores each visit takes: every generated work order reserves them.</summary>
    public List<Kit.PlanKitLine> KitLines { get; set; } = [];

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public PlanSchedule Schedule => new(
        Start,
        CalendarEvery is { } every ? new CalendarTrigger(new Period(every, CalendarUnit), Floating) : null,
        MeterKind is { } kind && MeterEvery is { } interval ? new MeterTrigger(kind, interval, MeterTolerance) : null,
        SeasonalWindows.Parse(Windows),
        LeadDays);

    public PlanState StateWith(decimal? currentReading, double? dailyUse) => new(
        LastCompletedOn, ReadingAtLastCompletion, LastGeneratedDue, OpenWorkOrderId is not null, currentReading, dailyUse);

    /// <summary>Recomputes when the next work order is to be created, after a generation or a completion.</summary>
    public void Reschedule(DateOnly today)
    {
        var schedule = Schedule;
        if (!Active || (schedule.OneAtATime && OpenWorkOrderId is not null) || schedule.Meter is not null)
        {
            // Meter plans are looked at on every run: their date depends on the readings.
            NextCreateOn = null;
            NextDue = schedule.Meter is null || OpenWorkOrderId is not null ? null : NextDue;
            return;
        }

        var next = PlanEngine.Forecast(schedule, StateWith(null, null), today, LastGeneratedDue?.AddDays(1) ?? DateOnly.MinValue, today.AddYears(15), max: 1);
        NextDue = next.Count == 0 ? null : next[0].Due;
        NextCreateOn = NextDue?.AddDays(-LeadDays);
    }

    public string[] TaskLines() => Lines(Tasks);

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>An asset the plan covers; a plan on a meter covers exactly one.</summary>
public sealed class PlanTarget : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid PlanId { get; set; }

    public required string AssetModule { get; set; }

    public Guid AssetId { get; set; }

    public required string AssetLabel { get; set; }

    public Guid? SiteId { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

/// <summary>
/// One due date of a plan turned into a work order. The unique (plan, due date) key is what makes the
/// generation exactly-once: a re-run, a crash half-way or a second node can only fail to insert it again.
/// </summary>
public sealed class PlanOccurrence : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid PlanId { get; set; }

    public DateOnly DueOn { get; set; }

    public DueBecause Because { get; set; }

    public Guid WorkOrderId { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
