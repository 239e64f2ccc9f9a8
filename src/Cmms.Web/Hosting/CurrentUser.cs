using System.Security.Claims;
using Cmms.Kernel.Security;

namespace Cmms.Web.Hosting;

/// <summary>The person (or system) behind the current request, read from its claims.</summary>
/// <remarks>
/// The claims are read once per principal, not on every question: the organisation filter asks for the
/// organisation on every query, and the menu, home and pages ask for each role.
/// </remarks>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? read;
    private Claims claims = Claims.Anonymous;

    public bool IsAuthenticated => Current.IsAuthenticated;

    public Guid? UserId => Current.UserId;

    public string DisplayName => Current.DisplayName;

    public Guid? OrganisationId => Current.OrganisationId;

    public bool IsInRole(string role) => Current.Roles.Contains(role);

    // Read again when the request's principal is replaced (sign-in, a re-validated cookie).
    private Claims Current
    {
        get
        {
            var principal = accessor.HttpContext?.User;
            if (!ReferenceEquals(principal, read))
            {
                claims = Claims.Of(principal);
                read = principal;
            }

            return claims;
        }
    }

    private sealed record Claims(bool IsAuthenticated, Guid? UserId, string DisplayName, Guid? OrganisationId, HashSet<string> Roles)
    {
        public static readonly Claims Anonymous = new(false, null, "anonymous", null, []);

        public static Claims Of(ClaimsPrincipal? principal)
        {
            if (principal is null)
            {
                return Anonymous;
            }

            var authenticated = principal.Identity?.IsAuthenticated == true;
            Guid? userId = authenticated && principal.FindFirstValue(CmmsClaims.ApiKeyId) is null
                && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
            Guid? organisationId = authenticated && Guid.TryParse(principal.FindFirstValue(CmmsClaims.OrganisationId), out var org) ? org : null;
            var roles = principal.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            return new Claims(authenticated, userId, principal.FindFirstValue(CmmsClaims.DisplayName) ?? principal.Identity?.Name ?? "anonymous", organisationId, roles);
        }
    }
}

/// <summary>
/// The organisation queries are scoped to: the one the request acts for, or the one a seeder or
/// job set explicitly for a while.
/// </summary>
internal sealed class OrganisationContext(ICurrentUser user) : IOrganisationContext
{
    private Guid? overridden;

    public Guid? OrganisationId => overridden ?? user.OrganisationId;

    public IDisposable Use(Guid organisationId)
    {
        var previous = overridden;
        overridden = organisationId;
        return new Restore(() => overridden = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
