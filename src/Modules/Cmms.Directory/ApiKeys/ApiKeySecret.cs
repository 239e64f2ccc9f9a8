using System.Security.Cryptography;
using System.Text;

namespace Cmms.Directory.ApiKeys;

/// <summary>
/// The shape of a key: <c>cmms_{prefix}_{secret}</c>. The prefix finds the row; the secret is
/// compared by hash in constant time.
/// </summary>
public static class ApiKeySecret
{
    private const string Scheme = "cmms";

    public static (string Key, string Prefix, string Hash) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return ($"{Scheme}_{prefix}_{secret}", prefix, Hash(secret));
    }

    /// <summary>Builds a key from a known prefix and secret: used only by the demo seed.</summary>
    public static (string Key, string Hash) FromParts(string prefix, string secret) => ($"{Scheme}_{prefix}_{secret}", Hash(secret));

    public static bool TryParse(string? key, out string prefix, out string secret)
    {
        prefix = secret = string.Empty;
        var parts = key?.Trim().Split('_', 3);
        if (parts is not { Length: 3 } || parts[0] != Scheme || parts[1].Length is 0 or > 16 || parts[2].Length < 16)
        {
            return false;
        }

        (prefix, secret) = (parts[1], parts[2]);
        return true;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
