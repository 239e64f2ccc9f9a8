using Cmms.Kernel.Ui;
using R = Cmms.Kernel.Security.Roles;

namespace Cmms.Web.Jobs;

internal sealed class JobsNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items { get; } =
    [
        new("Administration", "Scheduled jobs", "/admin/jobs", [R.Administrator], 190),
    ];
}
