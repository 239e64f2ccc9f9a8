namespace Cmms.Works.Requests;

/// <summary>
/// Where a request stands, as its referent follows it. Once validated it mirrors its work order:
/// planned, under way, done (waiting for the referent's confirmation), closed.
/// </summary>
public enum RequestStatus
{
    Submitted,
    InformationRequested,
    Validated,
    InProgress,
    Done,
    Closed,
    Rejected,
    Duplicate,
    Withdrawn,
}
