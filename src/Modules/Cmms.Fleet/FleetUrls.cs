namespace Cmms.Fleet;

/// <summary>The module's name in asset references and the page addresses other modules link to.</summary>
internal static class FleetUrls
{
    /// <summary><see cref="Kernel.Assets.AssetRef.Module"/> of a vehicle.</summary>
    public const string ModuleName = "fleet";

    public static string Vehicle(Guid id) => $"/fleet/vehicles/{id}";
}
