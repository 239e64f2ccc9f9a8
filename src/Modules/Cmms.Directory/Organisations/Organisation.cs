using Cmms.Kernel.Domain;

namespace Cmms.Directory.Organisations;

/// <summary>A city, an intercommunality or any body served by this deployment. Data never crosses between them.</summary>
public sealed class Organisation : Entity, IVersioned
{
    public required string Name { get; set; }

    /// <summary>Short stable code, used in numbers and API keys' labels.</summary>
    public required string Code { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>SIREN number of the authority (9 digits), as finance systems identify it.</summary>
    public string? Siren { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

public enum OrganisationKind
{
    Municipality,
    Intercommunality,
    Other,
}
