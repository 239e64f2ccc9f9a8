using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.Buildings.Home;

internal sealed class BuildingsNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Assets", "Buildings", "/buildings", [R.Administrator, R.ServiceManager, R.FieldAgent, R.Referent], 32),
        new("Assets", "Equipment", "/equipment", [R.Administrator, R.ServiceManager, R.FieldAgent, R.Referent], 33),
    ];
}
