using Microsoft.Extensions.Configuration;

namespace Cmms.Kernel.Geo;

/// <summary>
/// The background every map of the app is drawn on: the town's own tile server when <c>Map:TileUrl</c> names one
/// (with its <c>Map:Attribution</c>), OpenStreetMap's otherwise.
/// </summary>
/// <remarks>Read once at start: the layout of every page hands it to the scripts, and a configuration lookup takes a lock.</remarks>
public sealed record MapTiles(string Url, string Attribution)
{
    public const string DefaultUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public const string DefaultAttribution = "© OpenStreetMap";

    public static MapTiles From(IConfiguration configuration) => new(
        configuration["Map:TileUrl"] is { Length: > 0 } url ? url : DefaultUrl,
        configuration["Map:Attribution"] is { Length: > 0 } attribution ? attribution : DefaultAttribution);
}
