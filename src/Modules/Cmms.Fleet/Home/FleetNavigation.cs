using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.Fleet.Home;

/// <summary>"Parc auto" in the menu: the register and the workshop for those who run the fleet, the entry page for drivers too.</summary>
internal sealed class FleetNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Fleet", "Vehicles and machines", "/fleet/vehicles", [R.ServiceManager, R.Mechanic, R.Administrator], 60),
        new("Fleet", "Workshop board", "/fleet/workshop", [R.ServiceManager, R.Mechanic, R.Administrator], 61),
        new("Fleet", "Reading or fill", "/fleet/entry", [R.ServiceManager, R.Mechanic, R.Administrator, R.FieldAgent], 62),
    ];
}
