using System.Security.Claims;
using Cmms.Kernel.Security;

namespace Cmms.Web.Hosting;

/// <summary>The person (or system) behind the current request, read from its claims.</summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId =>
        Principal is { Identity.IsAuthenticated: true } principal && principal.FindFirstValue(CmmsClaims.ApiKeyId) is null
        && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string DisplayName => Principal?.FindFirstValue(CmmsClaims.DisplayName) ?? Principal?.Identity?.Name ?? "anonymous";

    public Guid? OrganisationId =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(CmmsClaims.OrganisationId), out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
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
