using Cmms.Kernel.Domain;

namespace Cmms.Directory.ApiKeys;

/// <summary>
/// A key a system (finance software, a citizen portal) uses to call the API for one organisation.
/// Only a hash of the secret is kept: the key is shown once, when it is created.
/// </summary>
public sealed class ApiKey : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    /// <summary>Public part of the key, used to find it without scanning hashes.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the secret part, hex encoded.</summary>
    public required string SecretHash { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public string? RevokedBy { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public bool IsActive => RevokedAtUtc is null;
}
