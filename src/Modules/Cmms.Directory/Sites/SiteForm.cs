using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Web;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cmms.Directory.Sites;

/// <summary>A site as entered on the form and through the API: the same rules in both.</summary>
public sealed class SiteForm : IVersionedForm
{
    [Required, StringLength(20), RegularExpression("^[A-Z0-9-]+$", ErrorMessage = "Upper-case letters, digits and dashes only."), Display(Name = "Code")]
    public string Code { get; set; } = string.Empty;

    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Kind of site")]
    public SiteKind Kind { get; set; } = SiteKind.Other;

    [StringLength(300), Display(Name = "Address")]
    public string? Address { get; set; }

    [StringLength(10), RegularExpression("^[0-9]{5}$", ErrorMessage = "A French postcode has 5 digits."), Display(Name = "Postcode")]
    public string? PostCode { get; set; }

    [StringLength(100), Display(Name = "Town")]
    public string? City { get; set; }

    [Range(-90d, 90d), Display(Name = "Latitude")]
    public double? Latitude { get; set; }

    [Range(-180d, 180d), Display(Name = "Longitude")]
    public double? Longitude { get; set; }

    public int Version { get; set; }

    [BindNever, JsonIgnore]
    public Guid? Id { get; set; }

    internal static SiteForm From(Site s) => new()
    {
        Id = s.Id, Code = s.Code, Name = s.Name, Kind = s.Kind, Address = s.Address, PostCode = s.PostCode,
        City = s.City, Latitude = s.Latitude, Longitude = s.Longitude, Version = s.Version,
    };

    internal void ApplyTo(Site s)
    {
        s.Code = Code.Trim();
        s.Name = Name.Trim();
        s.Kind = Kind;
        s.Address = Address?.Trim();
        s.PostCode = PostCode?.Trim();
        s.City = City?.Trim();
        s.Latitude = Latitude;
        s.Longitude = Longitude;
    }

    /// <summary>Rules beyond the annotations, as (field, English message) pairs.</summary>
    internal IEnumerable<(string Field, string Message)> Problems()
    {
        if (!Enum.IsDefined(Kind))
        {
            yield return (nameof(Kind), "Unknown kind of site.");
        }

        if (Latitude.HasValue != Longitude.HasValue)
        {
            yield return (nameof(Longitude), "Give both latitude and longitude, or neither.");
        }
    }
}
