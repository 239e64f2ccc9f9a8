using Cmms.Kernel.Domain;

namespace Cmms.Works.Preventive.Statutory;

/// <summary>One statutory inspection carried out on an asset: who inspected, when, the report, the observations.</summary>
public sealed class Inspection : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid InspectionTypeId { get; set; }

    public required string AssetModule { get; set; }

    public Guid AssetId { get; set; }

    public required string AssetLabel { get; set; }

    public Guid SiteId { get; set; }

    /// <summary>The inspection body (bureau de contrôle, organisme agréé).</summary>
    public required string Body { get; set; }

    public DateOnly InspectedOn { get; set; }

    public string? ReportFileName { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public List<Observation> Observations { get; set; } = [];
}

/// <summary>The inspection report, a PDF, kept apart so lists never load it.</summary>
public sealed class InspectionReport : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid InspectionId { get; set; }

    public required byte[] Content { get; set; }
}

/// <summary>
/// An observation (réserve) of an inspection: it becomes a corrective work order and stays open until a
/// manager lifts it, with the date and who.
/// </summary>
public sealed class Observation : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid InspectionId { get; set; }

    public required string Text { get; set; }

    public Guid? WorkOrderId { get; set; }

    public DateOnly? LiftedOn { get; set; }

    public string? LiftedBy { get; set; }

    public bool Open => LiftedOn is null;
}
