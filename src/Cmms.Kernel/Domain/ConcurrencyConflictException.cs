namespace Cmms.Kernel.Domain;

/// <summary>Raised when an edit was made from a copy that someone else has changed since.</summary>
public sealed class ConcurrencyConflictException(string? changedBy, DateTime? changedAtUtc)
    : Exception("The record was changed by someone else since it was read.")
{
    public string? ChangedBy { get; } = changedBy;

    public DateTime? ChangedAtUtc { get; } = changedAtUtc;
}
