using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.Stock.Home;

internal sealed class StockNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Stock", "Items", "/stock/items", [R.Storekeeper, R.Administrator], 40),
        new("Stock", "Receive a delivery", "/stock/receipts/new", [R.Storekeeper, R.Administrator], 41),
        new("Stock", "Issue to a cost centre", "/stock/issues/new", [R.Storekeeper, R.Administrator], 42),
        new("Stock", "Transfer between stores", "/stock/transfers/new", [R.Storekeeper, R.Administrator], 43),
        new("Stock", "Reorder", "/stock/reorder", [R.Storekeeper, R.Administrator], 44),
        new("Stock", "Purchase orders", "/stock/purchase-orders", [R.Storekeeper, R.Administrator], 45),
        new("Stock", "Inventory counts", "/stock/counts", [R.Storekeeper, R.Administrator], 46),
        new("Stock", "Stock valuation", "/stock/valuation", [R.Storekeeper, R.Administrator, R.Finance], 47),
        new("Stock", "Stores", "/stock/stores", [R.Storekeeper, R.Administrator], 48),
        new("Stock", "Suppliers", "/stock/suppliers", [R.Storekeeper, R.Administrator], 49),
    ];
}
