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
            .Select(c => c.Value.Split('|', 2))
            .Where(parts => parts.Length == 2 && Guid.TryParse(parts[0], out _))
            .Select(parts => new OrganisationChoice(Guid.Parse(parts[0]), parts[1], []))
            .ToList();
        return View("~/Organisations/OrganisationSwitcher.cshtml", new OrganisationSwitcherModel(choices, user.OrganisationId));
    }
}

public sealed record OrganisationSwitcherModel(IReadOnlyList<OrganisationChoice> Choices, Guid? CurrentId);
