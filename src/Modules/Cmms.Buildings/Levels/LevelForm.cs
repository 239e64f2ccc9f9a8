using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cmms.Buildings.Levels;

public sealed class LevelForm : IVersionedForm
{
    [Required, StringLength(100), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>0 ground floor, 1 first floor, -1 basement.</summary>
    [Range(-10, 100), Display(Name = "Elevation (0 = ground floor, -1 = basement)")]
    public int Elevation { get; set; }

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    [BindNever]
    public Guid BuildingId { get; set; }

    [BindNever]
    public string BuildingName { get; set; } = string.Empty;
}
