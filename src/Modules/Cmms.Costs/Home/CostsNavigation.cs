using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.Costs.Home;

internal sealed class CostsNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Costs", "Cost analysis", "/costs/analysis", [R.Finance, R.Administrator, R.ServiceManager], 60),
        new("Costs", "Periods and exports", "/costs/periods", [R.Finance, R.Administrator], 61),
        new("Costs", "Cost ledger", "/costs/lines", [R.Finance, R.Administrator], 62),
        new("Costs", "Hours for HR", "/costs/hours", [R.HumanResources, R.Administrator], 63),
        new("Costs", "Budget lines and rules", "/costs/accounts", [R.Finance, R.Administrator], 64),
        new("Costs", "Budgets", "/costs/budgets", [R.Finance, R.Administrator], 65),
        new("Costs", "Re-charge statements", "/costs/statements", [R.Finance, R.Administrator], 66),
        new("Administration", "Internal rates", "/costs/rates", [R.Administrator], 170),
        new("Administration", "Cross-charging agreements", "/costs/agreements", [R.Administrator], 171),
    ];
}
