namespace Cmms.Kernel.Security;

/// <summary>Claim types the host writes into the sign-in cookie and the API key principal.</summary>
public static class CmmsClaims
{
    public const string OrganisationId = "cmms:org";
    public const string OrganisationName = "cmms:org-name";
    public const string DisplayName = "cmms:name";
    public const string ApiKeyId = "cmms:api-key";

    /// <summary>One claim per organisation the person may act for, as "id|name", for the organisation menu.</summary>
    public const string Membership = "cmms:member-of";
}
