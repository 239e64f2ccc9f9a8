using Cmms.Works.Requests;
using Cmms.Works.Routing;

namespace Cmms.Works.Tests;

public sealed class RouterTests
{
    private static readonly Guid School = Guid.CreateVersion7();
    private static readonly Guid Cemetery = Guid.CreateVersion7();
    private static readonly Guid Buildings = Guid.CreateVersion7();
    private static readonly Guid GreenSpaces = Guid.CreateVersion7();
    private static readonly Guid Locksmiths = Guid.CreateVersion7();
    private static readonly Guid SchoolPlumbing = Guid.CreateVersion7();
    private static readonly Guid Default = Guid.CreateVersion7();

    private static readonly RoutingRule[] Rules =
    [
        new() { Category = RequestCategory.GreenSpaces, ServiceId = GreenSpaces },
        new() { Category = RequestCategory.Locksmith, ServiceId = Locksmiths },
        new() { SiteId = Cemetery, ServiceId = GreenSpaces },
        new() { SiteId = School, ServiceId = Buildings },
        new() { SiteId = School, Category = RequestCategory.Plumbing, ServiceId = SchoolPlumbing },
    ];

    [Fact]
    public void A_rule_on_both_category_and_site_wins_over_the_others() =>
        Assert.Equal(SchoolPlumbing, Router.Route(Rules, RequestCategory.Plumbing, School, Default));

    [Fact]
    public void A_rule_on_the_site_wins_over_a_rule_on_the_category() =>
        Assert.Equal(GreenSpaces, Router.Route(Rules, RequestCategory.Locksmith, Cemetery, Default));

    [Fact]
    public void A_rule_on_the_category_applies_anywhere_else() =>
        Assert.Equal(Locksmiths, Router.Route(Rules, RequestCategory.Locksmith, Guid.CreateVersion7(), Default));

    [Fact]
    public void A_request_no_rule_matches_goes_to_the_default_service_never_nowhere()
    {
        Assert.Equal(Default, Router.Route(Rules, RequestCategory.Heating, Guid.CreateVersion7(), Default));
        Assert.Equal(Default, Router.Route([], RequestCategory.Heating, School, Default));
    }
}
