using Microsoft.AspNetCore.Identity;

namespace Cmms.Directory.Users;

/// <summary>
/// A person's local account. The account is global to the deployment; what the person may do is
/// granted per organisation by a <see cref="Membership"/>.
/// </summary>
public sealed class User : IdentityUser<Guid>
{
    public User()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public required string DisplayName { get; set; }

    /// <summary>The organisation the person acted for last; they sign in back into it.</summary>
    public Guid? CurrentOrganisationId { get; set; }
}
