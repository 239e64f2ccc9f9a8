using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.StreetLights;

/// <summary>A light point as placed and described on the form (the API's and the imports' go through the same rules).</summary>
public sealed class LightForm : IVersionedForm
{
    [StringLength(200), Display(Name = "Street")]
    public string? StreetName { get; set; }

    [Display(Name = "Lamp type")]
    public LampType Lamp { get; set; } = LampType.Led;

    [Range(5, 1000), Display(Name = "Power (W)")]
    public int? PowerW { get; set; }

    [StringLength(20), RegularExpression("^[A-Za-z0-9-]+$", ErrorMessage = "Letters, digits and dashes only."), Display(Name = "Lighting cabinet")]
    public string? Cabinet { get; set; }

    [Range(typeof(decimal), "1", "30"), Display(Name = "Mast height (m)")]
    public decimal? MastHeightM { get; set; }

    [Display(Name = "Installed on")]
    public DateOnly? InstalledOn { get; set; }

    [Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    [Display(Name = "Position")]
    public string? Geometry { get; set; }

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    [BindNever]
    public string? Reference { get; set; }

    [BindNever]
    public IReadOnlyList<SiteInfo> Sites { get; set; } = [];

    internal static LightForm From(StreetLight l) => new()
    {
        Id = l.Id, Reference = l.Reference, StreetName = l.StreetName, Lamp = l.Lamp, PowerW = l.PowerW, Cabinet = l.Cabinet,
        MastHeightM = l.MastHeightM, InstalledOn = l.InstalledOn, SiteId = l.SiteId, Geometry = GeometryText.Write(l.Position), Version = l.Version,
    };

    internal void ApplyTo(StreetLight l, Point position)
    {
        l.StreetName = string.IsNullOrWhiteSpace(StreetName) ? null : StreetName.Trim();
        l.Lamp = Lamp;
        l.PowerW = PowerW;
        l.Cabinet = string.IsNullOrWhiteSpace(Cabinet) ? null : Cabinet.Trim().ToUpperInvariant();
        l.MastHeightM = MastHeightM;
        l.InstalledOn = InstalledOn;
        l.SiteId = SiteId;
        l.Place(position);
    }

    internal IEnumerable<(string Field, string Message)> Problems(DateOnly today)
    {
        if (!Enum.IsDefined(Lamp))
        {
            yield return (nameof(Lamp), "Unknown lamp type.");
        }

        if (InstalledOn > today)
        {
            yield return (nameof(InstalledOn), "The installation date cannot be in the future.");
        }

        if (SiteId is { } site && Sites.All(s => s.Id != site))
        {
            yield return (nameof(SiteId), "Choose a site from the list.");
        }
    }
}
