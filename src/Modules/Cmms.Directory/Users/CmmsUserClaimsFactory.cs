using System.Security.Claims;
using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cmms.Directory.Users;

/// <summary>
/// Writes into the sign-in cookie the organisation the person acts for and the roles they hold
/// there. It runs at sign-in, on an organisation switch, and at each security-stamp check, so a
/// role change reaches a signed-in person within the check interval.
/// </summary>
public sealed class CmmsUserClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options, DbContext db)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CmmsClaims.DisplayName, user.DisplayName));
        var organisations = await MyOrganisations.ForUserAsync(db, user.Id, CancellationToken.None);
        var current = organisations.FirstOrDefault(o => o.Id == user.CurrentOrganisationId) ?? organisations.FirstOrDefault();
        if (current is null)
        {
            return identity;
        }

        // Carried in the cookie so that no page has to query them; refreshed with the security stamp.
        foreach (var choice in organisations)
        {
            identity.AddClaim(new Claim(CmmsClaims.Membership, choice.ToClaimValue()));
        }

        identity.AddClaim(new Claim(CmmsClaims.OrganisationId, current.Id.ToString()));
        identity.AddClaim(new Claim(CmmsClaims.OrganisationName, current.Name));
        foreach (var role in current.Roles.Where(Roles.IsKnown))
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        return identity;
    }
}
