using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.Roads.Home;

internal sealed class RoadsNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Roads", "Road segments", "/roads/segments", [R.ServiceManager, R.FieldAgent, R.Administrator], 40),
        new("Roads", "Road signs", "/roads/signs", [R.ServiceManager, R.FieldAgent, R.Administrator], 41),
        new("Roads", "Street lights", "/roads/street-lights", [R.ServiceManager, R.FieldAgent, R.Administrator], 42),
    ];
}
