using Cmms.Kernel.Domain;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Registers;

/// <summary>
/// An asset of a register on a map (a tree, a zone, a road sign, a street light…): a reference agents write on
/// their sheets (ARB-000123), an optional site (a referent sees only their sites' assets), the geometry's
/// bounds for window queries, the normalised words text search reads, and retirement — an asset that work
/// refers to is never deleted. Each module maps its own tables (see <see cref="RegisterAssetColumns"/>).
/// </summary>
public abstract class RegisterAsset : Entity, IOrganisationOwned, IVersioned, IGeoBoxed
{
    public Guid OrganisationId { get; set; }

    public string Reference { get; set; } = string.Empty;

    public Guid? SiteId { get; set; }

    public double MinLon { get; private set; }

    public double MinLat { get; private set; }

    public double MaxLon { get; private set; }

    public double MaxLat { get; private set; }

    /// <summary>Normalised searchable words (<see cref="Assets.SearchText"/>), refreshed by <see cref="Reindex"/>.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public DateOnly? RetiredOn { get; set; }

    public string? RetiredReason { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public bool IsRetired => RetiredOn is not null;

    /// <summary>How the asset is named in lists, on the map and on work orders.</summary>
    public abstract string Label { get; }

    /// <summary>The geometry as stored (a point, a line or a polygon).</summary>
    public abstract Geometry Shape { get; }

    /// <summary>Where to put the asset's pin: the point itself, or a point inside its line or outline.</summary>
    public virtual Point Spot => Shape.InteriorPoint;

    public GeoBox Box => new(MinLon, MinLat, MaxLon, MaxLat);

    /// <summary>The words someone may look the asset up by, besides its reference.</summary>
    protected abstract IEnumerable<string?> SearchableWords();

    /// <summary>Recomputes <see cref="SearchText"/>; the caller refreshes the term index from the old and new values.</summary>
    public void Reindex() => SearchText = Assets.SearchText.Normalise([Reference, ShortNumber(Reference), .. SearchableWords()]);

    /// <summary>
    /// The words written to the term index: those of <see cref="SearchText"/> but the reference's series ("arb"),
    /// which every asset of the register shares and which would only make searches slower. It stays in the text,
    /// so "ARB-000123" still finds the tree (seeking "000123", checking "arb").
    /// </summary>
    public IReadOnlyList<string> Terms()
    {
        var series = Reference.Split('-')[0].ToLowerInvariant();
        return [.. Assets.SearchText.Terms(SearchText).Where(t => t != series)];
    }

    /// <summary>The reference's number without its leading zeros ("ARB-000123" → "123"): what people type.</summary>
    private static string? ShortNumber(string reference) =>
        reference.LastIndexOf('-') is var dash and >= 0 && dash < reference.Length - 1 ? reference[(dash + 1)..].TrimStart('0') : null;

    /// <summary>Keeps the bounds columns in step with the geometry; call whenever the geometry is set.</summary>
    protected void Bound(Geometry geometry)
    {
        var box = GeoBox.Of(geometry);
        (MinLon, MinLat, MaxLon, MaxLat) = (box.MinLon, box.MinLat, box.MaxLon, box.MaxLat);
    }
}

/// <summary>The filters every register query starts from: in service, and the sites the person reaches.</summary>
public static class RegisterQueries
{
    public static IQueryable<T> InService<T>(this IQueryable<T> assets)
        where T : RegisterAsset => assets.Where(a => a.RetiredOn == null);

    /// <summary>
    /// A referent sees only their sites' assets; an asset tied to no site (a street tree, a street light) only
    /// those whose roles reach every site see. Applied alike in pages, API, catalogs and map layers.
    /// </summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> assets, ISiteScope scope)
        where T : RegisterAsset
    {
        if (scope.AllSites)
        {
            return assets;
        }

        var sites = scope.SiteIds.ToList();
        return assets.Where(a => a.SiteId != null && sites.Contains(a.SiteId.Value));
    }
}
