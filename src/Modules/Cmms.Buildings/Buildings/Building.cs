using Cmms.Kernel.Domain;
using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Buildings;

/// <summary>
/// A building of a site (the school's main block, its canteen, the depot's workshops): where it stands
/// (its footprint, or a point when nobody drew it), its surface, and whether it is an ERP.
/// </summary>
internal sealed class Building : Entity, IOrganisationOwned, IVersioned
{
    /// <summary>
    /// The tallest footprint accepted, in degrees of latitude (about 1.1 km): the window query looks that far
    /// south of the window for buildings that reach into it, so a taller shape would be missed (and is a mistake).
    /// </summary>
    public const double MaxSpan = 0.01;

    public Guid OrganisationId { get; set; }

    /// <summary>The Directory's site the building belongs to: the unit of a referent's scope.</summary>
    public Guid SiteId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }

    /// <summary>WGS84 footprint (polygon) or, when nobody drew it, a point.</summary>
    public Geometry Geometry { get; private set; } = null!;

    public double MinLon { get; private set; }

    public double MinLat { get; private set; }

    public double MaxLon { get; private set; }

    public double MaxLat { get; private set; }

    /// <summary>Square metres: the footprint's area in Lambert-93 when drawn, else what was entered.</summary>
    public double? SurfaceSquareMetres { get; private set; }

    public int? YearBuilt { get; set; }

    /// <summary>ERP category 1 to 5, null when the building is not open to the public.</summary>
    public int? ErpCategory { get; set; }

    public ErpType? ErpType { get; set; }

    /// <summary>The public the building may hold (effectif), which fixes categories 1 to 3.</summary>
    public int? ErpCapacity { get; set; }

    /// <summary>Code, name and address without accents, in capitals: what the text search reads.</summary>
    public string SearchKey { get; private set; } = string.Empty;

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public bool HasFootprint => Geometry is Polygon or MultiPolygon;

    /// <summary>
    /// Places the building: its box follows the geometry, and a drawn footprint gives the surface (a point
    /// keeps the surface entered). The geometry must have passed <see cref="Shapes.GeometryInput"/>'s checks.
    /// </summary>
    public void Place(Geometry geometry, double? enteredSurface)
    {
        Geometry = geometry;
        (MinLon, MinLat, MaxLon, MaxLat) = GeoBox.Of(geometry);
        SurfaceSquareMetres = HasFootprint ? Lambert93.AreaSquareMetres(geometry) : enteredSurface;
    }

    /// <summary>Keeps <see cref="SearchKey"/> in step with the texts; called before every save.</summary>
    public void Index() => SearchKey = Catalog.SearchText.Key(Code, Name, Address);

    /// <summary>Where to put a pin: a point inside the footprint (not its centre, which an L-shape can miss).</summary>
    public Point PinPoint => Geometry as Point ?? Geometry.InteriorPoint;
}
