namespace Cmms.Kernel.Security;

/// <summary>
/// The roles a person holds in one organisation. Roles are granted per organisation membership,
/// so the same person can be an administrator of the city and a referent of the intercommunality.
/// </summary>
public static class Roles
{
    public const string Administrator = "administrator";
    public const string ServiceManager = "service-manager";
    public const string FieldAgent = "field-agent";
    public const string Mechanic = "mechanic";
    public const string Storekeeper = "storekeeper";
    public const string Referent = "referent";
    public const string Finance = "finance";
    public const string HumanResources = "hr";

    /// <summary>Held only by system clients authenticated with an organisation's API key.</summary>
    public const string ApiClient = "api-client";

    public static readonly IReadOnlyList<string> All =
    [
        Administrator, ServiceManager, FieldAgent, Mechanic, Storekeeper, Referent, Finance, HumanResources,
    ];

    /// <summary>English label (the resource key); the French text comes from the resources.</summary>
    public static string Label(string role) => role switch
    {
        Administrator => "Administrator",
        ServiceManager => "Technical service manager",
        FieldAgent => "Field agent",
        Mechanic => "Mechanic",
        Storekeeper => "Storekeeper",
        Referent => "Referent",
        Finance => "Finance",
        HumanResources => "Human resources",
        ApiClient => "API client",
        _ => role,
    };

    public static bool IsKnown(string role) => All.Contains(role);
}
