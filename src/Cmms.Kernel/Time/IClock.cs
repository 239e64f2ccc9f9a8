namespace Cmms.Kernel.Time;

/// <summary>Injected wherever a rule depends on "now", so rules are tested without waiting.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}

public sealed class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
