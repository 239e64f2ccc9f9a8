namespace Cmms.Kernel.Time;

/// <summary>Instants are stored in UTC and shown in Europe/Paris, whatever the server's zone.</summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(IClock clock) => DateOnly.FromDateTime(FromUtc(clock.UtcNow));
}
