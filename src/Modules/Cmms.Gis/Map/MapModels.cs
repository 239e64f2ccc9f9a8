using Cmms.Kernel.Geo;

namespace Cmms.Gis.Map;

/// <summary>A layer in the map's panel: its checkbox, how it is drawn, where its features and exports are.</summary>
public sealed record MapLayer(string Id, string Title, string Description, GeometryKind Kind, string FeaturesUrl, string GeoJsonUrl, string XlsxUrl);

/// <param name="Bounds">Where the map opens: the person's sites, else the layers' extent; null when nothing is placed yet.</param>
/// <param name="FocusLayer">With <paramref name="FocusId"/>: the feature <c>?focus=layer:id</c> asks to centre on.</param>
public sealed record MapPage(
    IReadOnlyList<MapLayer> Layers, GeoBox? Bounds, string? FocusLayer, Guid? FocusId, string TileUrl, string Attribution, int MaxFeatures);

/// <summary>One attribute of the card, named and formatted in the user's language.</summary>
public sealed record CardProperty(string Name, string Label, string Value);

/// <summary>
/// What a click on the map shows of an asset. The links are there only for who may follow them: the
/// portal's form for referents and administrators, the work order list for managers.
/// </summary>
public sealed record FeatureCard(
    Guid Id, string Layer, string Label, string Kind, double Latitude, double Longitude, string PageUrl,
    IReadOnlyList<CardProperty> Properties, string? NewRequestUrl, string? WorkOrdersUrl);
