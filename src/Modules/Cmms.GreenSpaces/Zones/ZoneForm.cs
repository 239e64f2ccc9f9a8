using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cmms.GreenSpaces.Zones;

/// <summary>A zone as drawn and described on the form.</summary>
public sealed class ZoneForm : IVersionedForm
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Kind of zone")]
    public ZoneKind Kind { get; set; } = ZoneKind.Lawn;

    [Display(Name = "Maintenance class")]
    public MaintenanceClass MaintenanceClass { get; set; } = MaintenanceClass.Tended;

    [Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    /// <summary>GeoJSON polygon, drawn on the map or pasted.</summary>
    [Display(Name = "Outline")]
    public string? Geometry { get; set; }

    [StringLength(2000), Display(Name = "Notes")]
    public string? Notes { get; set; }

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    [BindNever]
    public string? Reference { get; set; }

    /// <summary>The sites the form offers.</summary>
    [BindNever]
    public IReadOnlyList<SiteInfo> Sites { get; set; } = [];

    internal static ZoneForm From(Zone z) => new()
    {
        Id = z.Id, Reference = z.Reference, Name = z.Name, Kind = z.Kind, MaintenanceClass = z.MaintenanceClass, SiteId = z.SiteId,
        Geometry = GeometryText.Write(z.Outline), Notes = z.Notes, Version = z.Version,
    };

    /// <summary>The form's values on the zone; the outline has been read and checked already.</summary>
    internal void ApplyTo(Zone z, NetTopologySuite.Geometries.Geometry outline)
    {
        z.Name = Name.Trim();
        z.Kind = Kind;
        z.MaintenanceClass = MaintenanceClass;
        z.SiteId = SiteId;
        z.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        z.Draw(outline);
    }

    internal IEnumerable<(string Field, string Message)> Problems()
    {
        if (!Enum.IsDefined(Kind))
        {
            yield return (nameof(Kind), "Unknown kind of zone.");
        }

        if (!Enum.IsDefined(MaintenanceClass))
        {
            yield return (nameof(MaintenanceClass), "Unknown maintenance class.");
        }

        if (SiteId is { } site && Sites.All(s => s.Id != site))
        {
            yield return (nameof(SiteId), "Choose a site from the list.");
        }
    }
}
