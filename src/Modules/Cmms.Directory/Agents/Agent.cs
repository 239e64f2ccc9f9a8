using Cmms.Kernel.Domain;

namespace Cmms.Directory.Agents;

/// <summary>A member of staff who does the work. An agent may or may not have a login.</summary>
public sealed class Agent : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>Matricule: the HR system's identifier, carried into the HR export.</summary>
    public required string EmployeeNumber { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public Guid TradeId { get; set; }

    public Guid? TeamId { get; set; }

    /// <summary>The login of the agent, when they use the application themselves.</summary>
    public Guid? UserId { get; set; }

    public bool IsActive { get; set; } = true;

    public List<AgentRate> Rates { get; set; } = [];

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}
