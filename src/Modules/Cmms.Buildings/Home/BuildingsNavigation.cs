using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.Buildings.Home;

internal sealed class BuildingsNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Built assets", "Buildings", "/buildings", [R.Administrator, R.ServiceManager, R.FieldAgent, R.Referent], 30),
        new("Built assets", "Equipment", "/equipment", [R.Administrator, R.ServiceManager, R.FieldAgent, R.Referent], 31),
    ];
}
