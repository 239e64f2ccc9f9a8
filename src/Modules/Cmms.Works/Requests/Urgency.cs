namespace Cmms.Works.Requests;

public enum Urgency
{
    /// <summary>Danger to people or the building: secure the place within hours.</summary>
    Immediate,
    High,
    Normal,
    Low,
}

/// <summary>The target delay of each urgency: the request is late once it has passed, whoever holds it.</summary>
public static class UrgencyDelays
{
    public static TimeSpan TargetDelay(Urgency urgency) => urgency switch
    {
        Urgency.Immediate => TimeSpan.FromHours(4),
        Urgency.High => TimeSpan.FromDays(2),
        Urgency.Normal => TimeSpan.FromDays(10),
        Urgency.Low => TimeSpan.FromDays(30),
        _ => throw new ArgumentOutOfRangeException(nameof(urgency)),
    };

    public static DateTime DueAtUtc(Urgency urgency, DateTime submittedAtUtc) => submittedAtUtc + TargetDelay(urgency);

    /// <summary>The work order priority a validated request starts with.</summary>
    public static WorkOrders.Priority Priority(Urgency urgency) => urgency switch
    {
        Urgency.Immediate => WorkOrders.Priority.Urgent,
        Urgency.High => WorkOrders.Priority.High,
        Urgency.Normal => WorkOrders.Priority.Normal,
        _ => WorkOrders.Priority.Low,
    };
}
