using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Signs;

/// <summary>A road sign as placed and described on the form (and in imports).</summary>
public sealed class SignForm : IVersionedForm
{
    [Required, StringLength(10), Display(Name = "Sign code")]
    public string Code { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Meaning")]
    public string? Caption { get; set; }

    [Display(Name = "Installed on")]
    public DateOnly? InstalledOn { get; set; }

    [Display(Name = "Condition")]
    public SignCondition Condition { get; set; } = SignCondition.Good;

    [StringLength(200), Display(Name = "Street")]
    public string? StreetName { get; set; }

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

    internal static SignForm From(Sign s) => new()
    {
        Id = s.Id, Reference = s.Reference, Code = s.Code, Caption = s.Caption, InstalledOn = s.InstalledOn, Condition = s.Condition,
        StreetName = s.StreetName, SiteId = s.SiteId, Geometry = GeometryText.Write(s.Position), Version = s.Version,
    };

    /// <summary>The form's values on the sign: the code written as the regulation does, the meaning from the list when left empty.</summary>
    internal void ApplyTo(Sign s, Point position)
    {
        s.Code = SignCodes.Normalise(Code)!;
        s.Family = SignCodes.FamilyOf(s.Code)!.Value;
        s.Caption = string.IsNullOrWhiteSpace(Caption) ? SignCodes.Find(s.Code)!.Caption : Caption.Trim();
        s.InstalledOn = InstalledOn;
        s.Condition = Condition;
        s.StreetName = string.IsNullOrWhiteSpace(StreetName) ? null : StreetName.Trim();
        s.SiteId = SiteId;
        s.Place(position);
    }

    internal IEnumerable<(string Field, string Message)> Problems(DateOnly today)
    {
        if (SignCodes.Normalise(Code) is null)
        {
            yield return (nameof(Code), SignCodes.Unknown);
        }
        else if (string.IsNullOrWhiteSpace(Caption) && SignCodes.Find(Code) is null)
        {
            yield return (nameof(Caption), "Say what the sign means: its code is not in the list.");
        }

        if (!Enum.IsDefined(Condition))
        {
            yield return (nameof(Condition), "Unknown condition.");
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
