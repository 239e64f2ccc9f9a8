using System.Collections.Frozen;
using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Geo;

/// <summary>
/// A kind of asset drawn on a map (trees, street lights, buildings…). Each asset module answers for its
/// own layers; the map, OGC API – Features and the GeoJSON/XLSX exports read every layer the host
/// registered through this contract only. Implementations apply the organisation's query filter and the
/// user's site scope (a referent sees only their sites' assets).
/// </summary>
public interface IFeatureLayer
{
    /// <summary>Stable id used in URLs: <c>/ogc/collections/{Id}</c>, the map's layer list ("trees").</summary>
    string Id { get; }

    /// <summary>The module that owns the assets (<see cref="Assets.AssetRef.Module"/>).</summary>
    string ModuleName { get; }

    /// <summary>The layer's name in the user's language ("Arbres").</summary>
    string Title { get; }

    string Description { get; }

    GeometryKind Kind { get; }

    /// <summary>The attributes every feature carries, in order (for OGC queryables, XLSX columns and imports).</summary>
    IReadOnlyList<FeatureField> Fields { get; }

    /// <summary>The bounds of every feature the caller may see; null when there is none.</summary>
    Task<GeoBox?> ExtentAsync(CancellationToken cancellationToken);

    /// <summary>A page of features intersecting <see cref="FeatureQuery.Box"/> (all when null), ordered by id.</summary>
    Task<FeaturePage> QueryAsync(FeatureQuery query, CancellationToken cancellationToken);

    /// <summary>Every feature, read in batches and never held all at once (exports of 100,000 trees).</summary>
    IAsyncEnumerable<Feature> StreamAsync(GeoBox? box, CancellationToken cancellationToken);

    Task<Feature?> FindAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>An attribute of a layer's features: its property name, English label key and type.</summary>
public sealed record FeatureField(string Name, string Label, FieldType Type);

public enum FieldType
{
    Text,
    WholeNumber,
    Number,
    Date,
    Boolean,
}

/// <summary>
/// <paramref name="Count"/>: also count every match (OGC <c>numberMatched</c>), which may cost a second query.
/// <paramref name="LabelsOnly"/>: the features carry their id, geometry, label and page only, no properties (the
/// map's window draws no more), so a layer may read three or four columns instead of whole rows.
/// </summary>
public sealed record FeatureQuery(GeoBox? Box, int Offset, int Limit, bool Count = false, bool LabelsOnly = false)
{
    /// <summary>The number of matches when a page of <paramref name="returned"/> features tells it; null when the layer must count.</summary>
    public long? MatchedFrom(int returned) => Web.PageTotals.KnownFrom(Offset, Limit, returned);
}

public sealed record FeaturePage(IReadOnlyList<Feature> Features, long? NumberMatched);

/// <summary>
/// One asset as a GeoJSON feature: its geometry in WGS84, its label, the link to its page and its
/// attributes (values are string, long, double, bool, DateOnly or null).
/// </summary>
public sealed record Feature(Guid Id, Geometry Geometry, string Label, string PageUrl, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The attributes of a feature that carries none (the map's window, <see cref="FeatureQuery.LabelsOnly"/>).</summary>
    public static readonly IReadOnlyDictionary<string, object?> NoProperties = FrozenDictionary<string, object?>.Empty;
}
