namespace Cmms.Buildings;

/// <summary>The module's page addresses, which the catalog, the layers and other pages link to.</summary>
internal static class BuildingsUrls
{
    public static string Building(Guid id) => $"/buildings/{id}";

    public static string Equipment(Guid id) => $"/equipment/{id}";
}

/// <summary>The names this module answers to in the asset catalog and on the map.</summary>
internal static class BuildingsCatalogNames
{
    /// <summary><see cref="Kernel.Assets.AssetRef.Module"/> of buildings and of their equipment.</summary>
    public const string Module = "buildings";

    public const string BuildingsLayer = "buildings";

    public const string EquipmentLayer = "equipment";
}
