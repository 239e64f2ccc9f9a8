using Cmms.Directory.Users;
using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Mvc;

namespace Cmms.Directory.Organisations;

/// <summary>The layout's organisation menu, from the sign-in cookie: a choice only for people who belong to several.</summary>
public sealed class OrganisationSwitcherViewComponent(ICurrentUser user) : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        var choices = UserClaimsPrincipal.FindAll(CmmsClaims.Membership)
            .Select(c => OrganisationChoice.FromClaimValue(c.Value))
            .OfType<OrganisationChoice>()
            .ToList();
        return View("~/Organisations/OrganisationSwitcher.cshtml", new OrganisationSwitcherModel(choices, user.OrganisationId));
    }
}

public sealed record OrganisationSwitcherModel(IReadOnlyList<OrganisationChoice> Choices, Guid? CurrentId);
