using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Inbox;

/// <summary>Validating a request into a work order: how the manager plans the work.</summary>
public sealed class ValidateForm : TaskedPlanFields
{
    public int Version { get; set; }

    [Display(Name = "Type of work")]
    public WorkOrderType Type { get; set; } = WorkOrderType.Corrective;

    [Display(Name = "Priority")]
    public Priority? Priority { get; set; }

    [StringLength(2000), Display(Name = "Comment for the referent")]
    public string? Comment { get; set; }
}

public sealed class RejectForm
{
    public int Version { get; set; }

    [Required(ErrorMessage = "Say why the request is rejected."), StringLength(2000), Display(Name = "Reason")]
    public string? Reason { get; set; }
}

public sealed class AskForm
{
    public int Version { get; set; }

    [Required(ErrorMessage = "Write the question for the referent."), StringLength(2000), Display(Name = "Question")]
    public string? Question { get; set; }
}

public sealed class DuplicateForm
{
    public int Version { get; set; }

    [Display(Name = "Original request")]
    public Guid? OriginalId { get; set; }

    [StringLength(30), Display(Name = "or its number (DI-…)")]
    public string? OriginalNumber { get; set; }
}

public sealed record RequestDetail(
    Guid Id, string Number, string Title, string Description, RequestStatus Status, RequestCategory Category, Urgency Urgency,
    Guid SiteId, string Site, string? AssetLabel, string? Location, double? Latitude, double? Longitude,
    string RequesterName, string? RequesterContact, DateTime SubmittedAtUtc, DateTime StatusChangedAtUtc, DateTime DueAtUtc, bool Late,
    Guid ServiceId, string Service, Guid? WorkOrderId, Guid? DuplicateOfId, string? LastReason, int Version);

public sealed record RequestStep(DateTime AtUtc, string ByName, RequestStatus? From, RequestStatus To, string? Comment);

public sealed record PhotoThumb(Guid Id, string FileName, Attachments.AttachmentStage Stage);

public sealed record DuplicateCandidate(Guid Id, string Number, string Title, RequestStatus Status, DateTime SubmittedAtUtc, string? AssetLabel);

/// <summary>Everything the decision page shows, and the four decision forms as last posted.</summary>
public sealed class DecisionPage
{
    public required RequestDetail Request { get; init; }

    public required IReadOnlyList<RequestStep> Timeline { get; init; }

    public required IReadOnlyList<PhotoThumb> Photos { get; init; }

    public required IReadOnlyList<DuplicateCandidate> Duplicates { get; init; }

    public required IReadOnlyList<TeamInfo> Teams { get; init; }

    public required IReadOnlyList<AgentInfo> Agents { get; init; }

    public ValidateForm Validate { get; set; } = new();

    public RejectForm Reject { get; set; } = new();

    public AskForm Ask { get; set; } = new();

    public DuplicateForm Duplicate { get; set; } = new();

    /// <summary>The decision whose form failed, opened again with its errors.</summary>
    public string? Open { get; set; }

    public bool CanDecide => RequestWorkflow.CanMove(Request.Status, RequestStatus.Validated);

    public bool CanReject => RequestWorkflow.CanMove(Request.Status, RequestStatus.Rejected) && Request.Status is RequestStatus.Submitted or RequestStatus.InformationRequested;
}
