namespace Cmms.Works;

/// <summary>The module's page addresses that notifications and other pages link to.</summary>
internal static class WorksUrls
{
    public static string Request(Guid id) => $"/requests/{id}";

    public static string WorkOrder(Guid id) => $"/work-orders/{id}";
}
