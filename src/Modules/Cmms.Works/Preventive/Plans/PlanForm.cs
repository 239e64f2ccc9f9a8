using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Domain;
using Cmms.Works.Preventive.Triggers;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Preventive.Plans;

/// <summary>A maintenance plan as the manager fills it in: what, who, on which assets, and its trigger.</summary>
public sealed class PlanForm
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Type of work")]
    public WorkOrderType Type { get; set; } = WorkOrderType.Preventive;

    [Required, Display(Name = "Service")]
    public Guid? ServiceId { get; set; }

    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    [Required, Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    [Display(Name = "Statutory inspection")]
    public Guid? InspectionTypeId { get; set; }

    [StringLength(100), Display(Name = "Trade")]
    public string? Trade { get; set; }

    [Range(0, 1000), Display(Name = "Estimated hours")]
    public decimal EstimatedHours { get; set; } = 1;

    [StringLength(4000), Display(Name = "Tasks (one per line)")]
    public string? Tasks { get; set; }

    [StringLength(2000), Display(Name = "Other parts and tools (one per line)")]
    public string? Kit { get; set; }

    /// <summary>Items of the stores each visit takes (reserved for each work order).</summary>
    public List<Preventive.Kit.KitLineForm> KitLines { get; set; } = [];

    /// <summary>The assets covered, as "module:id" references.</summary>
    [Display(Name = "Assets")]
    public List<string> Targets { get; set; } = [];

    [Required, Display(Name = "First due date")]
    public DateOnly? Start { get; set; }

    [Display(Name = "Every")]
    public int? CalendarEvery { get; set; }

    [Display(Name = "Unit")]
    public PeriodUnit CalendarUnit { get; set; } = PeriodUnit.Months;

    [Display(Name = "Counted from the last completion (floating)")]
    public bool Floating { get; set; }

    [StringLength(30), Display(Name = "Meter")]
    public string? MeterKind { get; set; }

    [Display(Name = "Every (meter units)")]
    public decimal? MeterEvery { get; set; }

    [Display(Name = "Tolerance (meter units)")]
    public decimal MeterTolerance { get; set; }

    [StringLength(200), Display(Name = "Seasonal windows")]
    public string? Windows { get; set; }

    [Range(0, 365), Display(Name = "Lead time (days)")]
    public int LeadDays { get; set; } = 7;

    [Display(Name = "Active")]
    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public PlanSchedule Schedule(IReadOnlyList<SeasonalWindow> windows) => new(
        Start ?? DateOnly.MinValue,
        CalendarEvery is { } every ? new CalendarTrigger(new Period(every, CalendarUnit), Floating) : null,
        string.IsNullOrWhiteSpace(MeterKind) ? null : new MeterTrigger(MeterKind.Trim(), MeterEvery ?? 0, MeterTolerance),
        windows,
        LeadDays);

    public static PlanForm From(MaintenancePlan p, IEnumerable<PlanTarget> targets) => new()
    {
        Name = p.Name, Type = p.Type, InspectionTypeId = p.InspectionTypeId, ServiceId = p.ServiceId, TeamId = p.TeamId, SiteId = p.SiteId, Trade = p.Trade,
        EstimatedHours = p.EstimatedHours, Tasks = p.Tasks, Kit = p.Kit, Start = p.Start, CalendarEvery = p.CalendarEvery,
        CalendarUnit = p.CalendarUnit, Floating = p.Floating, MeterKind = p.MeterKind, MeterEvery = p.MeterEvery,
        MeterTolerance = p.MeterTolerance, Windows = p.Windows, LeadDays = p.LeadDays, Active = p.Active, Version = p.Version,
        Targets = [.. targets.Select(t => $"{t.AssetModule}:{t.AssetId}")],
        KitLines = [.. p.KitLines.OrderBy(k => k.Position).Select(Preventive.Kit.KitLineForm.From)],
    };

    public void ApplyTo(MaintenancePlan p, IReadOnlyList<SeasonalWindow> windows)
    {
        p.Name = Name!.Trim();
        p.Type = Type;
        p.InspectionTypeId = Type == WorkOrderType.Statutory ? InspectionTypeId : null;
        p.ServiceId = ServiceId!.Value;
        p.TeamId = TeamId;
        p.SiteId = SiteId!.Value;
        p.Trade = string.IsNullOrWhiteSpace(Trade) ? null : Trade.Trim();
        p.EstimatedHours = EstimatedHours;
        p.Tasks = (Tasks ?? "").Trim();
        p.Kit = (Kit ?? "").Trim();
        p.Start = Start!.Value;
        p.CalendarEvery = CalendarEvery;
        p.CalendarUnit = CalendarUnit;
        p.Floating = CalendarEvery is not null && Floating;
        p.MeterKind = string.IsNullOrWhiteSpace(MeterKind) ? null : MeterKind.Trim();
        p.MeterEvery = p.MeterKind is null ? null : MeterEvery;
        p.MeterTolerance = p.MeterKind is null ? 0 : MeterTolerance;
        p.Windows = windows.Count == 0 ? null : SeasonalWindows.Format(windows);
        p.LeadDays = LeadDays;
        p.Active = Active;
    }
}
