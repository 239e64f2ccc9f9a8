namespace Cmms.Kernel.Security;

public static class AuthSchemes
{
    /// <summary>An organisation's API key in the X-Api-Key header.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>The API's scheme: the API key when one is sent, the person's cookie otherwise.</summary>
    public const string Api = "Api";
}
