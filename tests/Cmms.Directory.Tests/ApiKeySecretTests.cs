using Cmms.Directory.ApiKeys;

namespace Cmms.Directory.Tests;

public sealed class ApiKeySecretTests
{
    [Fact]
    public void A_generated_key_parses_back_to_its_prefix_and_matches_its_hash()
    {
        var (key, prefix, hash) = ApiKeySecret.Generate();

        Assert.True(ApiKeySecret.TryParse(key, out var parsedPrefix, out var secret));
        Assert.Equal(prefix, parsedPrefix);
        Assert.True(ApiKeySecret.Matches(secret, hash));
    }

    [Fact]
    public void Two_generated_keys_differ()
    {
        Assert.NotEqual(ApiKeySecret.Generate().Key, ApiKeySecret.Generate().Key);
    }

    [Fact]
    public void The_hash_is_not_the_secret()
    {
        var (key, _, hash) = ApiKeySecret.Generate();

        Assert.DoesNotContain(hash, key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cmms_abc")]
    [InlineData("other_abcdef_0123456789abcdefghij")]
    [InlineData("cmms__0123456789abcdefghij")]
    [InlineData("cmms_abcdef_short")]
    public void Malformed_keys_are_rejected(string? key)
    {
        Assert.False(ApiKeySecret.TryParse(key, out _, out _));
    }

    [Fact]
    public void A_wrong_secret_does_not_match()
    {
        var (_, _, hash) = ApiKeySecret.Generate();

        Assert.False(ApiKeySecret.Matches("not-the-secret-at-all", hash));
    }
}
