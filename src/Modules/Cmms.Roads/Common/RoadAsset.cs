using Cmms.Kernel.Assets;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Common;

/// <summary>
/// What road segments, signs and street lights share: a reference agents write on their sheets (PL-000123), an
/// optional site (a referent sees only their sites' assets), the geometry's bounds for window queries,
/// the normalised words text search reads, and retirement — an asset that work refers to is never deleted.
/// </summary>
internal abstract class RoadAsset : Entity, IOrganisationOwned, IVersioned, IGeoBoxed
{
    public Guid OrganisationId { get; set; }

    public string Reference { get; set; } = string.Empty;

    public Guid? SiteId { get; set; }

    public double MinLon { get; private set; }

    public double MinLat { get; private set; }

    public double MaxLon { get; private set; }

    public double MaxLat { get; private set; }

    /// <summary>Normalised searchable words (<see cref="Kernel.Assets.SearchText"/>), refreshed by <see cref="Reindex"/>.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public DateOnly? RetiredOn { get; set; }

    public string? RetiredReason { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public bool IsRetired => RetiredOn is not null;

    /// <summary>How the asset is named in lists, on the map and on work orders.</summary>
    public abstract string Label { get; }

    /// <summary>The geometry as stored (a point, or a segment's line).</summary>
    public abstract Geometry Shape { get; }

    /// <summary>The words someone may look the asset up by, besides its reference.</summary>
    protected abstract IEnumerable<string?> SearchableWords();

    /// <summary>Recomputes <see cref="SearchText"/>; the caller refreshes the term index from the old and new values.</summary>
    public void Reindex() => SearchText = Kernel.Assets.SearchText.Normalise([Reference, ShortNumber(Reference), .. SearchableWords()]);

    /// <summary>
    /// The words written to the term index: those of <see cref="SearchText"/> but the reference's series ("arb"),
    /// which every asset of the register shares and which would only make searches slower. It stays in the text,
    /// so "ARB-000123" still finds the tree (seeking "000123", checking "arb").
    /// </summary>
    public IReadOnlyList<string> Terms()
    {
        var series = Reference.Split('-')[0].ToLowerInvariant();
        return [.. Kernel.Assets.SearchText.Terms(SearchText).Where(t => t != series)];
    }

    /// <summary>The reference's number without its leading zeros ("PL-000123" → "123"): what people type.</summary>
    private static string? ShortNumber(string reference) =>
        reference.LastIndexOf('-') is var dash and >= 0 && dash < reference.Length - 1 ? reference[(dash + 1)..].TrimStart('0') : null;

    protected void Bound(Geometry geometry)
    {
        var box = GeoBox.Of(geometry);
        (MinLon, MinLat, MaxLon, MaxLat) = (box.MinLon, box.MinLat, box.MaxLon, box.MaxLat);
    }

    public GeoBox Box => new(MinLon, MinLat, MaxLon, MaxLat);

    /// <summary>Where to put the asset's pin: the point itself, or a line's middle.</summary>
    public virtual Point Spot => Shape.InteriorPoint;
}
