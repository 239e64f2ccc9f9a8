using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Segments;

/// <summary>A road segment as drawn and described on the form.</summary>
public sealed class SegmentForm : IVersionedForm
{
    [Required, StringLength(200), Display(Name = "Street")]
    public string StreetName { get; set; } = string.Empty;

    [Display(Name = "Road class")]
    public RoadClass Class { get; set; } = RoadClass.MunicipalRoad;

    [Display(Name = "Surface")]
    public RoadSurface Surface { get; set; } = RoadSurface.Asphalt;

    [Range(typeof(decimal), "1", "60"), Display(Name = "Width (m)")]
    public decimal? WidthM { get; set; }

    [Range(0, 100), Display(Name = "Condition index (0–100)")]
    public int? ConditionIndex { get; set; }

    [Display(Name = "Surveyed on")]
    public DateOnly? SurveyedOn { get; set; }

    [Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    /// <summary>GeoJSON line, drawn on the map or pasted.</summary>
    [Display(Name = "Line")]
    public string? Geometry { get; set; }

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    [BindNever]
    public string? Reference { get; set; }

    [BindNever]
    public IReadOnlyList<SiteInfo> Sites { get; set; } = [];

    internal static SegmentForm From(RoadSegment s) => new()
    {
        Id = s.Id, Reference = s.Reference, StreetName = s.StreetName, Class = s.Class, Surface = s.Surface, WidthM = s.WidthM,
        ConditionIndex = s.ConditionIndex, SurveyedOn = s.SurveyedOn, SiteId = s.SiteId, Geometry = GeometryText.Write(s.Line), Version = s.Version,
    };

    internal void ApplyTo(RoadSegment s, LineString line)
    {
        s.StreetName = StreetName.Trim();
        s.Class = Class;
        s.Surface = Surface;
        s.WidthM = WidthM;
        s.ConditionIndex = ConditionIndex;
        s.SurveyedOn = SurveyedOn;
        s.SiteId = SiteId;
        s.Draw(line);
    }

    internal IEnumerable<(string Field, string Message)> Problems(DateOnly today)
    {
        if (!Enum.IsDefined(Class))
        {
            yield return (nameof(Class), "Unknown road class.");
        }

        if (!Enum.IsDefined(Surface))
        {
            yield return (nameof(Surface), "Unknown surface.");
        }

        if (SurveyedOn > today)
        {
            yield return (nameof(SurveyedOn), "The survey date cannot be in the future.");
        }

        if (SiteId is { } site && Sites.All(s => s.Id != site))
        {
            yield return (nameof(SiteId), "Choose a site from the list.");
        }
    }

    /// <summary>
    /// A segment is one line between two crossings: a MultiLineString of one part is taken as that line, one of
    /// several parts is refused (each part is a segment of its own).
    /// </summary>
    internal static (LineString? Line, string? Problem) OneLine(Geometry geometry) => geometry switch
    {
        LineString line => (line, null),
        MultiLineString { NumGeometries: 1 } multi => ((LineString)multi.GetGeometryN(0), null),
        _ => (null, "A road segment is one line: draw each part as a segment of its own."),
    };
}
