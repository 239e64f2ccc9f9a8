using Cmms.Directory.Users;
using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Organisations;

/// <summary>The layout's organisation menu: shown only to people who belong to more than one.</summary>
public sealed class OrganisationSwitcherViewComponent(DbContext db, ICurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (user.UserId is not { } userId)
        {
            return Content(string.Empty);
        }

        var choices = await MyOrganisations.ForUserAsync(db, userId, HttpContext.RequestAborted);
        return View("~/Organisations/OrganisationSwitcher.cshtml", new OrganisationSwitcherModel(choices, user.OrganisationId));
    }
}

public sealed record OrganisationSwitcherModel(IReadOnlyList<OrganisationChoice> Choices, Guid? CurrentId);
