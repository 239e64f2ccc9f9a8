namespace Cmms.Kernel.Security;

/// <summary>Who is acting, and for which organisation. Read from the request's principal.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The person's user id; null for an API client.</summary>
    Guid? UserId { get; }

    string DisplayName { get; }

    /// <summary>The organisation the user is acting for right now; null when signed out.</summary>
    Guid? OrganisationId { get; }

    bool IsInRole(string role);
}
