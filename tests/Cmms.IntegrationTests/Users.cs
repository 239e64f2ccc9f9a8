using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests;

internal static class Users
{
    public static async Task<Guid> IdOfAsync(IServiceProvider services, string email)
    {
        var users = services.GetRequiredService<UserManager<Directory.Users.User>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }
}
