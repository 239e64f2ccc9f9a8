using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Preventive.Statutory;

public sealed class InspectionTypeForm
{
    public Guid? Id { get; set; }

    [Required, StringLength(20), Display(Name = "Code")]
    public string? Code { get; set; }

    [Required, StringLength(200), Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(300), Display(Name = "Regulation")]
    public string? Regulation { get; set; }

    [Range(1, 120), Display(Name = "Every (months)")]
    public int PeriodMonths { get; set; } = 12;

    [StringLength(50), Display(Name = "Equipment category")]
    public string? Category { get; set; }

    public bool Active { get; set; } = true;

    public int Version { get; set; }
}

public sealed class InspectionForm
{
    [Required, Display(Name = "Inspection")]
    public Guid? InspectionTypeId { get; set; }

    [Required, Display(Name = "Asset")]
    public string? Asset { get; set; }

    [Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    [Required, Display(Name = "Service that lifts the observations")]
    public Guid? ServiceId { get; set; }

    [Required, StringLength(200), Display(Name = "Inspection body")]
    public string? Body { get; set; }

    [Required, Display(Name = "Inspection date")]
    public DateOnly? InspectedOn { get; set; }

    [StringLength(8000), Display(Name = "Observations (one per line)")]
    public string? Observations { get; set; }

    public IReadOnlyList<string> ObservationLines() =>
        [.. (Observations ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(o => o.Length > 1000 ? o[..1000] : o)];
}

public sealed record InspectionFormPage(
    InspectionForm Form, IReadOnlyList<InspectionType> Types, IReadOnlyList<ServiceInfo> Services, IReadOnlyList<SiteInfo> Sites, string? AssetLabel, int MaxBytes);

public sealed record InspectionPage(Inspection Inspection, InspectionType Type, bool HasReport, IReadOnlyDictionary<Guid, (string Number, WorkOrderStatus Status)> WorkOrders);

public sealed record CompliancePage(Guid? Site, IReadOnlyList<SiteInfo> Sites, IReadOnlyList<ComplianceLine> Lines, bool WholeOrganisation);
