namespace Cmms.Roads;

/// <summary>The pages of the module's assets (the catalog and map layers link to them).</summary>
internal static class RoadsUrls
{
    public static string Segment(Guid id) => $"/roads/segments/{id}";

    public static string Sign(Guid id) => $"/roads/signs/{id}";

    public static string StreetLight(Guid id) => $"/roads/street-lights/{id}";
}
