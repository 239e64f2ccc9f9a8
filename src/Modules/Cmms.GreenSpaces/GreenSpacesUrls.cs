namespace Cmms.GreenSpaces;

/// <summary>The pages of the module's assets (the catalog and map layers link to them).</summary>
internal static class GreenSpacesUrls
{
    public static string Zone(Guid id) => $"/greenspaces/zones/{id}";

    public static string Tree(Guid id) => $"/greenspaces/trees/{id}";

    public static string PlayItem(Guid id) => $"/greenspaces/play-equipment/{id}";

    /// <summary>The host's map, centred on one feature of a layer.</summary>
    public static string OnMap(string layer, Guid id) => $"/map?focus={layer}:{id}";
}
