using Cmms.Directory.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Database;

/// <summary>Identity's tables belong to the Directory module: give them its prefix.</summary>
internal static class IdentityTables
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<User>(u =>
        {
            u.ToTable("dir_users");
            u.Property(x => x.DisplayName).HasMaxLength(200);
        });
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("dir_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("dir_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("dir_user_tokens");
    }
}
