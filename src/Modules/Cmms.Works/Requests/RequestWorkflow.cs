namespace Cmms.Works.Requests;

/// <summary>The legal moves of a request, and which of them need a written reason.</summary>
public static class RequestWorkflow
{
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Moves = new()
    {
        [RequestStatus.Submitted] = [RequestStatus.Validated, RequestStatus.Rejected, RequestStatus.InformationRequested, RequestStatus.Duplicate, RequestStatus.Withdrawn],
        [RequestStatus.InformationRequested] = [RequestStatus.Submitted, RequestStatus.Rejected, RequestStatus.Withdrawn],
        [RequestStatus.Validated] = [RequestStatus.InProgress, RequestStatus.Done, RequestStatus.Rejected],
        [RequestStatus.InProgress] = [RequestStatus.Done, RequestStatus.Rejected],
        [RequestStatus.Done] = [RequestStatus.Closed, RequestStatus.InProgress],
        [RequestStatus.Closed] = [],
        [RequestStatus.Rejected] = [],
        [RequestStatus.Duplicate] = [],
        [RequestStatus.Withdrawn] = [],
    };

    public static bool CanMove(RequestStatus from, RequestStatus to) => Moves[from].Contains(to);

    public static IReadOnlyList<RequestStatus> MovesFrom(RequestStatus from) => Moves[from];

    /// <summary>Refusing, asking a question, reopening and cancelling the work behind it are explained to the referent.</summary>
    public static bool NeedsReason(RequestStatus from, RequestStatus to) =>
        to is RequestStatus.Rejected or RequestStatus.InformationRequested
        || (from == RequestStatus.Done && to == RequestStatus.InProgress)
        || (from == RequestStatus.InformationRequested && to == RequestStatus.Submitted);

    /// <summary>Still open: a new request on the same place and category may be the same problem.</summary>
    public static bool IsOpen(RequestStatus status) =>
        status is RequestStatus.Submitted or RequestStatus.InformationRequested or RequestStatus.Validated or RequestStatus.InProgress;

    public static readonly RequestStatus[] OpenStatuses = [.. Enum.GetValues<RequestStatus>().Where(IsOpen)];

    /// <summary>Waiting for the service's decision: what the manager's inbox holds.</summary>
    public static readonly RequestStatus[] AwaitingDecision = [RequestStatus.Submitted];
}
