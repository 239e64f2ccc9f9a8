using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.PlayEquipment;

/// <summary>A piece of playground equipment as placed and described on the form.</summary>
public sealed class PlayForm : IVersionedForm
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Type of equipment")]
    public PlayType Type { get; set; } = PlayType.Swing;

    [StringLength(100), Display(Name = "Standard (NF EN 1176 parts)")]
    public string? Standard { get; set; }

    [Display(Name = "Installed on")]
    public DateOnly? InstalledOn { get; set; }

    [StringLength(100), Display(Name = "Manufacturer")]
    public string? Manufacturer { get; set; }

    [Range(0, 18), Display(Name = "From age")]
    public int? MinAge { get; set; }

    [Range(0, 18), Display(Name = "To age")]
    public int? MaxAge { get; set; }

    [Display(Name = "Last main inspection")]
    public DateOnly? LastMainInspectionOn { get; set; }

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

    internal static PlayForm From(PlayItem p) => new()
    {
        Id = p.Id, Reference = p.Reference, Name = p.Name, Type = p.Type, Standard = p.Standard, InstalledOn = p.InstalledOn,
        Manufacturer = p.Manufacturer, MinAge = p.MinAge, MaxAge = p.MaxAge, LastMainInspectionOn = p.LastMainInspectionOn,
        SiteId = p.SiteId, Geometry = GeometryText.Write(p.Position), Version = p.Version,
    };

    /// <summary>The form's values on the item; the standard defaults to the parts of its type.</summary>
    internal void ApplyTo(PlayItem p, Point position)
    {
        p.Name = Name.Trim();
        p.Type = Type;
        p.Standard = string.IsNullOrWhiteSpace(Standard) ? PlayStandards.For(Type) : Standard.Trim();
        p.InstalledOn = InstalledOn;
        p.Manufacturer = string.IsNullOrWhiteSpace(Manufacturer) ? null : Manufacturer.Trim();
        p.MinAge = MinAge;
        p.MaxAge = MaxAge;
        p.LastMainInspectionOn = LastMainInspectionOn;
        p.SiteId = SiteId;
        p.Place(position);
    }

    internal IEnumerable<(string Field, string Message)> Problems(DateOnly today)
    {
        if (!Enum.IsDefined(Type))
        {
            yield return (nameof(Type), "Unknown type of equipment.");
        }

        if (MinAge > MaxAge)
        {
            yield return (nameof(MaxAge), "The upper age cannot be below the lower one.");
        }

        if (InstalledOn > today)
        {
            yield return (nameof(InstalledOn), "The installation date cannot be in the future.");
        }

        if (LastMainInspectionOn > today)
        {
            yield return (nameof(LastMainInspectionOn), "The inspection date cannot be in the future.");
        }

        if (SiteId is { } site && Sites.All(s => s.Id != site))
        {
            yield return (nameof(SiteId), "Choose a site from the list.");
        }
    }
}
