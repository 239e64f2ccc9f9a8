using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.GreenSpaces.Home;

internal sealed class GreenSpacesNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Green spaces", "Trees", "/greenspaces/trees", [R.ServiceManager, R.FieldAgent, R.Administrator], 30),
        new("Green spaces", "Green zones", "/greenspaces/zones", [R.ServiceManager, R.FieldAgent, R.Administrator], 31),
        new("Green spaces", "Play equipment", "/greenspaces/play-equipment", [R.ServiceManager, R.FieldAgent, R.Administrator], 32),
    ];
}
