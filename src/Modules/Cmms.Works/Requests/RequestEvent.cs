using Cmms.Kernel.Domain;

namespace Cmms.Works.Requests;

/// <summary>One step of a request's life, kept for ever: who moved it, when, from where to where, and why.</summary>
public sealed class RequestEvent : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid RequestId { get; set; }

    public DateTime AtUtc { get; set; }

    public Guid? ByUserId { get; set; }

    public required string ByName { get; set; }

    /// <summary>Null for the submission itself.</summary>
    public RequestStatus? From { get; set; }

    public RequestStatus To { get; set; }

    /// <summary>The reason, the question, the answer or the comment that came with the move.</summary>
    public string? Comment { get; set; }
}
