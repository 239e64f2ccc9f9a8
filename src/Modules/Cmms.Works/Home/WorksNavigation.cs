using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.Works.Home;

internal sealed class WorksNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Requests", "New request", "/requests/new", [R.Referent, R.Administrator], 1),
        new("Requests", "My requests", "/requests", [R.Referent], 2),
        new("Requests", "Requests to decide", "/inbox", [R.ServiceManager, R.Administrator], 3),
        new("Work", "My work today", "/my-work", [R.FieldAgent, R.Mechanic], 4),
        new("Work", "Work orders", "/work-orders", [R.ServiceManager, R.Administrator, R.Finance, R.Storekeeper], 5),
        new("Work", "Maintenance plans", "/plans", [R.ServiceManager, R.Administrator], 6),
        new("Work", "Compliance", "/statutory/compliance", [R.ServiceManager, R.Administrator], 7),
        new("Administration", "Request routing", "/admin/routing", [R.Administrator], 160),
    ];
}
