using System.Security.Claims;
using System.Text.Encodings.Web;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cmms.Directory.ApiKeys;

/// <summary>
/// Authenticates a system client by the <c>X-Api-Key</c> header. The principal acts for the key's
/// organisation only and holds the API client role, nothing more.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DbContext db,
    IClock clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";

    // Recording every use would turn each API read into a write; a few minutes' precision is enough.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(5);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeySecret.TryParse(header.ToString(), out var prefix, out var secret))
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        // No organisation is known before the key is read: look it up by its unique prefix alone.
        var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || !ApiKeySecret.Matches(secret, key.SecretHash))
        {
            return AuthenticateResult.Fail("Unknown API key.");
        }

        if (!key.IsActive)
        {
            return AuthenticateResult.Fail("Revoked API key.");
        }

        await RecordUseAsync(key);
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, key.Name),
            new(CmmsClaims.DisplayName, key.Name),
            new(CmmsClaims.ApiKeyId, key.Id.ToString()),
            new(CmmsClaims.OrganisationId, key.OrganisationId.ToString()),
            new(ClaimTypes.Role, Roles.ApiClient),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    private async Task RecordUseAsync(ApiKey key)
    {
        var now = clock.UtcNow;
        if (key.LastUsedAtUtc is { } last && now - last < LastUsedPrecision)
        {
            return;
        }

        await db.ApiKeys.IgnoreQueryFilters()
            .Where(k => k.Id == key.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, now), Context.RequestAborted);
    }
}
