using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.Gis.Home;

internal sealed class GisNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Assets", "Map", "/map", R.All, 30),
        new("Assets", "Find an asset", "/assets/search", R.All, 31),
        new("Assets", "GIS import / export", "/gis/import", [R.Administrator, R.ServiceManager], 39),
    ];
}
