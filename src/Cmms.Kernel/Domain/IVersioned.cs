namespace Cmms.Kernel.Domain;

/// <summary>
/// A row people edit. <see cref="Version"/> is an optimistic concurrency token incremented on every
/// save, so a second editor working from a stale copy is told instead of silently overwriting.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }

    DateTime UpdatedAtUtc { get; set; }

    string? UpdatedBy { get; set; }
}
