using Cmms.Kernel.Domain;

namespace Cmms.Works.Notifications;

/// <summary>Why someone is told: each kind goes only to the person who must act on it.</summary>
public enum NotificationKind
{
    /// <summary>To the service's managers: a request arrived in their inbox.</summary>
    NewRequest,

    /// <summary>To the service's managers: the referent answered a question.</summary>
    RequestAnswered,

    /// <summary>To the referent.</summary>
    RequestValidated,
    RequestRejected,
    InformationRequested,
    WorkDone,

    /// <summary>To the agent.</summary>
    Assigned,

    /// <summary>To the service's managers: the referent reopened done work.</summary>
    WorkReopened,
}

/// <summary>An in-app notification; the mail that may go with it is sent by the mail dispatcher.</summary>
public sealed class Notification : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>The request or work order number it is about.</summary>
    public required string Subject { get; set; }

    /// <summary>The request's or work order's title, as it was.</summary>
    public required string Title { get; set; }

    /// <summary>A reason or comment that comes with it (a rejection's reason, a question).</summary>
    public string? Detail { get; set; }

    public required string Url { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }

    public MailState Mail { get; set; }

    public DateTime? MailedAtUtc { get; set; }

    /// <summary>
    /// The dispatcher run that took the mail to send it: several nodes may run one each, and a row is
    /// taken by one only. A claim older than a few minutes is from a run that died, and lapses.
    /// </summary>
    public Guid? MailClaim { get; set; }

    public DateTime? MailClaimedAtUtc { get; set; }

    /// <summary>Failed attempts to send the mail so far.</summary>
    public int MailAttempts { get; set; }

    /// <summary>After a failure, the mail is tried again no sooner than this.</summary>
    public DateTime? MailNotBeforeUtc { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? MailError { get; set; }
}

public enum MailState
{
    /// <summary>To send now (the person chose immediate mails).</summary>
    Pending,

    /// <summary>To send with the next daily digest.</summary>
    Digest,
    Sent,

    /// <summary>The person chose no mail, or has no address.</summary>
    None,

    /// <summary>Given up after several failed attempts; <see cref="Notification.MailError"/> says why.</summary>
    Failed,
}

public enum MailChoice
{
    Immediately,
    DailyDigest,
    None,
}

/// <summary>A person's choice of mails; in-app notifications are always kept.</summary>
public sealed class NotificationPreference : Entity, IVersioned
{
    public Guid UserId { get; set; }

    public MailChoice Mail { get; set; } = MailChoice.Immediately;

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
