using Cmms.Kernel.Assets;
using Cmms.Kernel.Domain;

namespace Cmms.Works.Requests;

/// <summary>A demande d'intervention: a referent's (or another system's) report of a problem on a site.</summary>
public sealed class InterventionRequest : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>DI-2026-000123: per organisation and year, without gaps.</summary>
    public required string Number { get; set; }

    public Guid SiteId { get; set; }

    public string? AssetModule { get; set; }

    public Guid? AssetId { get; set; }

    /// <summary>The asset's label when the request was made, so lists need not ask its module.</summary>
    public string? AssetLabel { get; set; }

    public RequestCategory Category { get; set; }

    public Urgency Urgency { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    /// <summary>Where, more precisely than the site: the room, the floor, "behind the gym".</summary>
    public string? Location { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>The service the routing rules sent it to.</summary>
    public Guid ServiceId { get; set; }

    public Guid? RequesterUserId { get; set; }

    public required string RequesterName { get; set; }

    /// <summary>How to reach the requester when they are not a user (a switchboard call, a citizen portal).</summary>
    public string? RequesterContact { get; set; }

    public RequestChannel Channel { get; set; }

    /// <summary>The calling system's own reference, for requests made through the API.</summary>
    public string? ExternalReference { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public DateTime DueAtUtc { get; set; }

    public RequestStatus Status { get; set; }

    /// <summary>When the status last changed: the inbox shows how long a request has waited.</summary>
    public DateTime StatusChangedAtUtc { get; set; }

    public Guid? DuplicateOfId { get; set; }

    public Guid? WorkOrderId { get; set; }

    /// <summary>The last reason given to the referent (rejection, question), shown on their portal.</summary>
    public string? LastReason { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public AssetRef? Asset => AssetModule is { } module && AssetId is { } id ? new AssetRef(module, id) : null;

    public bool IsLate(DateTime nowUtc) => RequestWorkflow.IsOpen(Status) && Status != RequestStatus.InProgress && nowUtc > DueAtUtc;

    /// <summary>
    /// Keeps the request in step with a move of its work order, in the referent's words; null when the
    /// move leaves the request where it is.
    /// </summary>
    public RequestEvent? FollowWorkOrder(WorkOrders.WorkOrderStatus from, WorkOrders.WorkOrderStatus to, DateTime atUtc, Guid? byUserId, string byName, string? comment)
    {
        if (WorkOrders.WorkOrderWorkflow.RequestStatusFor(to) is not { } follows || Status == follows || !RequestWorkflow.CanMove(Status, follows))
        {
            return null;
        }

        // The referent reads why the work was cancelled or reopened; the rest speaks for itself.
        var said = to is WorkOrders.WorkOrderStatus.Cancelled || from == WorkOrders.WorkOrderStatus.Done ? comment : null;
        return MoveTo(follows, atUtc, byUserId, byName, said);
    }

    /// <summary>Moves the request if the move is legal, and returns the event that records it.</summary>
    public RequestEvent MoveTo(RequestStatus to, DateTime atUtc, Guid? byUserId, string byName, string? comment)
    {
        if (!RequestWorkflow.CanMove(Status, to))
        {
            throw new WorkflowException($"A request cannot go from {Status} to {to}.", "This request can no longer be changed that way.");
        }

        if (RequestWorkflow.NeedsReason(Status, to) && string.IsNullOrWhiteSpace(comment))
        {
            throw new WorkflowException($"Moving a request from {Status} to {to} needs a reason.", "A reason is required.");
        }

        var step = new RequestEvent
        {
            OrganisationId = OrganisationId, RequestId = Id, AtUtc = atUtc, ByUserId = byUserId, ByName = byName,
            From = Status, To = to, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        };
        if (to is RequestStatus.Rejected or RequestStatus.InformationRequested)
        {
            LastReason = step.Comment;
        }

        Status = to;
        StatusChangedAtUtc = atUtc;
        return step;
    }
}

public enum RequestChannel
{
    Portal,
    Api,
    Phone,
}
