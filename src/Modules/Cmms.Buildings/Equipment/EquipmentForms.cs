using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cmms.Buildings.Equipment;

/// <summary>A piece of equipment as entered on its form; on an edit the place is not changed (that is a move).</summary>
public sealed class EquipmentForm : IVersionedForm
{
    [Required, Display(Name = "Building")]
    public Guid? BuildingId { get; set; }

    [Display(Name = "Level")]
    public Guid? LevelId { get; set; }

    [Display(Name = "Room")]
    public Guid? RoomId { get; set; }

    [Display(Name = "Kind of equipment")]
    public EquipmentKind Kind { get; set; } = EquipmentKind.Other;

    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(100), Display(Name = "Brand")]
    public string? Brand { get; set; }

    [StringLength(100), Display(Name = "Model")]
    public string? Model { get; set; }

    [StringLength(100), Display(Name = "Serial number")]
    public string? SerialNumber { get; set; }

    [Display(Name = "Installation date")]
    public DateOnly? InstalledOn { get; set; }

    /// <summary>Empty takes the kind's usual category.</summary>
    [Display(Name = "Regulatory category")]
    public RegulatoryCategory? RegulatoryCategory { get; set; }

    /// <summary>GeoJSON point, optional.</summary>
    [Display(Name = "Position on the map")]
    public string? Position { get; set; }

    [StringLength(2000), Display(Name = "Notes")]
    public string? Notes { get; set; }

    /// <summary>Why it was changed (kept in its history).</summary>
    [StringLength(500), Display(Name = "Reason for the change")]
    public string? Reason { get; set; }

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    internal static EquipmentForm From(EquipmentItem e) => new()
    {
        Id = e.Id, BuildingId = e.BuildingId, LevelId = e.LevelId, RoomId = e.RoomId, Kind = e.Kind, Name = e.Name, Brand = e.Brand, Model = e.Model,
        SerialNumber = e.SerialNumber, InstalledOn = e.InstalledOn, RegulatoryCategory = e.RegulatoryCategory,
        Position = e.Position is { } p ? Shapes.GeometryInput.Write(p) : null, Notes = e.Notes, Version = e.Version,
    };
}

/// <summary>Moving equipment to another building, level or room, on a day, for a reason.</summary>
public sealed class MoveForm : IVersionedForm
{
    [Required, Display(Name = "Building")]
    public Guid? BuildingId { get; set; }

    [Display(Name = "Level")]
    public Guid? LevelId { get; set; }

    [Display(Name = "Room")]
    public Guid? RoomId { get; set; }

    /// <summary>GeoJSON point; empty keeps the position within the same building and drops it in another.</summary>
    [Display(Name = "New position on the map")]
    public string? Position { get; set; }

    [Required, Display(Name = "Moved on")]
    public DateOnly? On { get; set; }

    [Required, StringLength(500), Display(Name = "Reason")]
    public string? Reason { get; set; }

    public int Version { get; set; }
}

/// <summary>Taking equipment out of service for good: it stays in the register, with its history.</summary>
public sealed class RetireForm : IVersionedForm
{
    [Required, Display(Name = "Retired on")]
    public DateOnly? On { get; set; }

    [Required, StringLength(500), Display(Name = "Reason")]
    public string? Reason { get; set; }

    public int Version { get; set; }
}
