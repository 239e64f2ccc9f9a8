using System.Security.Claims;
using System.Text.Encodings.Web;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
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
    IMemoryCache cache,
    IClock clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";

    // Recording every use would turn each API read into a write; a few minutes' precision is enough.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(5);

    /// <summary>How long a node trusts what it read of a key: a revocation reaches other nodes within this.</summary>
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromSeconds(15);

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

        var key = await FindAsync(prefix);
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

    /// <summary>Forgets a key this node remembers, so a revocation takes effect here at once (other nodes within <see cref="KeyLifetime"/>).</summary>
    public static void Forget(IMemoryCache cache, string prefix) => cache.Remove(CacheKey(prefix));

    /// <summary>
    /// A system calls the API in bursts with the same key: the key's row is read once every few seconds rather
    /// than on every call (it was a fifth of an API list's time).
    /// </summary>
    private async Task<KnownKey?> FindAsync(string prefix)
    {
        if (cache.TryGetValue(CacheKey(prefix), out KnownKey? known))
        {
            return known;
        }

        // No organisation is known before the key is read: look it up by its unique prefix alone.
        known = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking().Where(k => k.Prefix == prefix)
            .Select(k => new KnownKey(k.Id, k.OrganisationId, k.Name, k.Prefix, k.SecretHash, k.RevokedAtUtc == null, k.LastUsedAtUtc))
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (known is not null)
        {
            cache.Set(CacheKey(prefix), known, KeyLifetime);
        }

        return known;
    }

    private static string CacheKey(string prefix) => $"api-key:{prefix}";

    private async Task RecordUseAsync(KnownKey key)
    {
        var now = clock.UtcNow;
        if (key.LastUsedAtUtc is { } last && now - last < LastUsedPrecision)
        {
            return;
        }

        await db.ApiKeys.IgnoreQueryFilters()
            .Where(k => k.Id == key.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, now), Context.RequestAborted);
        cache.Set(CacheKey(key.Prefix), key with { LastUsedAtUtc = now }, KeyLifetime);
    }

    private sealed record KnownKey(Guid Id, Guid OrganisationId, string Name, string Prefix, string SecretHash, bool IsActive, DateTime? LastUsedAtUtc);
}
