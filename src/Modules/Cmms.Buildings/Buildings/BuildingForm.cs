using System.ComponentModel.DataAnnotations;
using Cmms.Buildings.Shapes;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cmms.Buildings.Buildings;

/// <summary>A building as entered on its form: the same checks as the API and the import (<see cref="BuildingInput"/>).</summary>
public sealed class BuildingForm : IVersionedForm
{
    [Required, Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    [Required, StringLength(30), RegularExpression("^ *[A-Za-z0-9][A-Za-z0-9-]* *$", ErrorMessage = "Letters, digits and dashes only."), Display(Name = "Code")]
    public string Code { get; set; } = string.Empty;

    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(300), Display(Name = "Address")]
    public string? Address { get; set; }

    /// <summary>GeoJSON of the footprint (or a point); empty places the building at its site's position.</summary>
    [Display(Name = "Footprint or position")]
    public string? Geometry { get; set; }

    [Range(1d, 1_000_000d), Display(Name = "Surface (m²)")]
    public double? Surface { get; set; }

    [Range(1000, 2100), Display(Name = "Year built")]
    public int? YearBuilt { get; set; }

    [Display(Name = "ERP category")]
    public int? ErpCategory { get; set; }

    [Display(Name = "ERP type")]
    public string? ErpType { get; set; }

    [Range(0, 100_000), Display(Name = "Capacity (people)")]
    public int? ErpCapacity { get; set; }

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    internal static BuildingForm From(Building b) => new()
    {
        Id = b.Id, SiteId = b.SiteId, Code = b.Code, Name = b.Name, Address = b.Address,
        Geometry = GeometryInput.Write(b.Geometry), Surface = b.HasFootprint ? null : b.SurfaceSquareMetres, YearBuilt = b.YearBuilt,
        ErpCategory = b.ErpCategory, ErpType = b.ErpType?.ToString(), ErpCapacity = b.ErpCapacity, Version = b.Version,
    };

    internal BuildingInput ToInput() => new(SiteId, Code, Name, Address, Geometry, Surface, YearBuilt, ErpCategory, ErpType, ErpCapacity);
}

/// <summary>What any channel (form, API, import) gives to create or change a building, before it is checked.</summary>
internal sealed record BuildingInput(
    Guid? SiteId, string? Code, string? Name, string? Address, string? GeometryText, double? Surface, int? YearBuilt,
    int? ErpCategory, string? ErpType, int? ErpCapacity)
{
    /// <summary>A geometry already read (an import's row): used instead of <see cref="GeometryText"/>.</summary>
    public NetTopologySuite.Geometries.Geometry? Geometry { get; init; }
}
