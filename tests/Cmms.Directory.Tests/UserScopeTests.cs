using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;

namespace Cmms.Directory.Tests;

public sealed class UserScopeTests
{
    private static readonly Guid Buildings = Guid.NewGuid();
    private static readonly Guid Roads = Guid.NewGuid();
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid TownHall = Guid.NewGuid();

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.HumanResources)]
    [InlineData(Roles.Storekeeper)]
    [InlineData(Roles.ApiClient)]
    public void Organisation_wide_roles_see_every_service_and_site(string role)
    {
        var scope = UserScope.For([role], [], []);

        Assert.True(scope.CanSeeService(Roads));
        Assert.True(scope.CanSeeSite(School));
    }

    [Fact]
    public void A_referent_sees_only_the_sites_they_answer_for()
    {
        var scope = UserScope.For([Roles.Referent], [], [School]);

        Assert.True(scope.CanSeeSite(School));
        Assert.False(scope.CanSeeSite(TownHall));
        Assert.False(scope.CanSeeService(Buildings));
    }

    [Fact]
    public void A_manager_sees_only_their_services_but_works_on_every_site()
    {
        var scope = UserScope.For([Roles.ServiceManager], [Buildings], []);

        Assert.True(scope.CanSeeService(Buildings));
        Assert.False(scope.CanSeeService(Roads));
        Assert.True(scope.CanSeeSite(TownHall));
    }

    [Theory]
    [InlineData(Roles.FieldAgent)]
    [InlineData(Roles.Mechanic)]
    public void Field_staff_go_to_every_site_but_manage_no_service(string role)
    {
        var scope = UserScope.For([role], [Buildings], [School]);

        Assert.True(scope.CanSeeSite(TownHall));
        Assert.False(scope.CanSeeService(Buildings));
    }

    [Fact]
    public void Assignments_count_only_with_the_role_that_uses_them()
    {
        // Services ticked on a person who is no longer a manager give no reach.
        var scope = UserScope.For([Roles.Referent], [Buildings], [School]);

        Assert.False(scope.CanSeeService(Buildings));
        Assert.True(scope.CanSeeSite(School));
    }

    [Fact]
    public void The_broadest_role_wins_when_roles_are_combined()
    {
        var scope = UserScope.For([Roles.Referent, Roles.ServiceManager], [Roads], [School]);

        Assert.True(scope.CanSeeSite(TownHall));
        Assert.True(scope.CanSeeService(Roads));
        Assert.False(scope.CanSeeService(Buildings));
    }

    [Fact]
    public void No_role_sees_nothing()
    {
        var scope = UserScope.For([], [Buildings], [School]);

        Assert.False(scope.CanSeeService(Buildings));
        Assert.False(scope.CanSeeSite(School));
    }
}
