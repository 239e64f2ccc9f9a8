using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cmms.Buildings.Rooms;

public sealed class RoomForm : IVersionedForm
{
    [Required, Display(Name = "Level")]
    public Guid? LevelId { get; set; }

    [Required, StringLength(20), Display(Name = "Number")]
    public string Number { get; set; } = string.Empty;

    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Range(0.5d, 100_000d), Display(Name = "Area (m²)")]
    public double? Area { get; set; }

    [Display(Name = "Use")]
    public RoomUse Use { get; set; } = RoomUse.Other;

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    [BindNever]
    public Guid BuildingId { get; set; }

    [BindNever]
    public string BuildingName { get; set; } = string.Empty;
}
