using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.Directory.Home;

internal sealed class DirectoryNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Directory", "Sites", "/sites", [R.Administrator, R.ServiceManager, R.Referent], 10),
        new("Directory", "Agents", "/agents", [R.Administrator, R.ServiceManager, R.HumanResources, R.Finance], 20),
        new("Administration", "Users", "/admin/users", [R.Administrator], 100),
        new("Administration", "Services", "/admin/services", [R.Administrator], 110),
        new("Administration", "Teams", "/admin/teams", [R.Administrator], 120),
        new("Administration", "Trades", "/admin/trades", [R.Administrator], 130),
        new("Administration", "API keys", "/admin/api-keys", [R.Administrator], 140),
        new("Administration", "Organisation", "/admin/organisation", [R.Administrator], 150),
    ];
}
