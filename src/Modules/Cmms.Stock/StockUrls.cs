using Cmms.Kernel.Security;

namespace Cmms.Stock;

/// <summary>The module's page addresses, and who may use them.</summary>
internal static class StockUrls
{
    /// <summary>Who keeps the stock: receives, issues, counts, orders.</summary>
    public const string Keepers = $"{Roles.Storekeeper},{Roles.Administrator}";

    /// <summary>Who may read the stock's value.</summary>
    public const string ValueReaders = $"{Roles.Storekeeper},{Roles.Administrator},{Roles.Finance}";

    public static string Item(Guid id) => $"/stock/items/{id}";

    public static string PurchaseOrder(Guid id) => $"/stock/purchase-orders/{id}";

    public static string Count(Guid id) => $"/stock/counts/{id}";
}
