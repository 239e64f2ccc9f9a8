using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Trees;

/// <summary>A tree as placed and described on the form (the same rules apply to the API's and the imports' trees).</summary>
public sealed class TreeForm : IVersionedForm
{
    [Required, StringLength(100), Display(Name = "Species (Latin name)")]
    public string LatinName { get; set; } = string.Empty;

    [StringLength(100), Display(Name = "Species (French name)")]
    public string? FrenchName { get; set; }

    [Range(1600, 2100), Display(Name = "Planting year")]
    public int? PlantingYear { get; set; }

    [Range(typeof(decimal), "0", "60"), Display(Name = "Height (m)")]
    public decimal? HeightM { get; set; }

    [Range(1, 1500), Display(Name = "Trunk circumference at 1.30 m (cm)")]
    public int? TrunkCircumferenceCm { get; set; }

    [Display(Name = "Health")]
    public TreeHealth Health { get; set; } = TreeHealth.Good;

    [Display(Name = "Near a path, road or play area")]
    public bool NearTraffic { get; set; }

    [Display(Name = "Risk")]
    public TreeRisk Risk { get; set; } = TreeRisk.Low;

    [Display(Name = "Last inspection")]
    public DateOnly? LastInspectedOn { get; set; }

    [StringLength(200), Display(Name = "Street or place")]
    public string? Location { get; set; }

    [Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    /// <summary>GeoJSON point, placed on the map or pasted.</summary>
    [Display(Name = "Position")]
    public string? Geometry { get; set; }

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    [BindNever]
    public string? Reference { get; set; }

    [BindNever]
    public IReadOnlyList<SiteInfo> Sites { get; set; } = [];

    internal static TreeForm From(Tree t) => new()
    {
        Id = t.Id, Reference = t.Reference, LatinName = t.LatinName, FrenchName = t.FrenchName, PlantingYear = t.PlantingYear,
        HeightM = t.HeightM, TrunkCircumferenceCm = t.TrunkCircumferenceCm, Health = t.Health, NearTraffic = t.NearTraffic,
        Risk = t.Risk, LastInspectedOn = t.LastInspectedOn, Location = t.Location, SiteId = t.SiteId,
        Geometry = GeometryText.Write(t.Position), Version = t.Version,
    };

    /// <summary>
    /// The form's values on the tree: the French name completed from the reference list, the risk raised to the
    /// rule's floor. Returns true when the risk was raised, so the person is told why.
    /// </summary>
    internal bool ApplyTo(Tree t, Point position)
    {
        // A species of the list is written as the list writes it, whichever of its names was typed.
        var latin = LatinName.Trim();
        var known = SpeciesList.Find(latin);
        t.LatinName = known?.LatinName ?? latin;
        t.FrenchName = string.IsNullOrWhiteSpace(FrenchName) ? known?.FrenchName ?? latin : FrenchName.Trim();
        t.PlantingYear = PlantingYear;
        t.HeightM = HeightM;
        t.TrunkCircumferenceCm = TrunkCircumferenceCm;
        t.Health = Health;
        t.NearTraffic = NearTraffic;
        t.Risk = TreeRiskRule.Apply(Risk, Health, NearTraffic);
        t.LastInspectedOn = LastInspectedOn;
        t.Location = string.IsNullOrWhiteSpace(Location) ? null : Location.Trim();
        t.SiteId = SiteId;
        t.Place(position);
        return t.Risk != Risk;
    }

    internal IEnumerable<(string Field, string Message)> Problems(int currentYear, DateOnly today)
    {
        if (!Enum.IsDefined(Health))
        {
            yield return (nameof(Health), "Unknown state of health.");
        }

        if (!Enum.IsDefined(Risk))
        {
            yield return (nameof(Risk), "Unknown level of risk.");
        }

        if (PlantingYear > currentYear)
        {
            yield return (nameof(PlantingYear), "The planting year cannot be in the future.");
        }

        if (LastInspectedOn > today)
        {
            yield return (nameof(LastInspectedOn), "The inspection date cannot be in the future.");
        }

        if (SiteId is { } site && Sites.All(s => s.Id != site))
        {
            yield return (nameof(SiteId), "Choose a site from the list.");
        }
    }
}
