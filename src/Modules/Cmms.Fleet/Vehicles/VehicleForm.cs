using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Cmms.Fleet.Readings;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cmms.Fleet.Vehicles;

/// <summary>A vehicle as entered on the form and in an import: the same rules for both.</summary>
public sealed class VehicleForm : IVersionedForm
{
    [Required, StringLength(20), Display(Name = "Fleet number")]
    public string InternalNumber { get; set; } = string.Empty;

    [Required, StringLength(150), Display(Name = "Label")]
    public string Label { get; set; } = string.Empty;

    [StringLength(60), Display(Name = "Brand")]
    public string? Brand { get; set; }

    [StringLength(60), Display(Name = "Model")]
    public string? Model { get; set; }

    [Display(Name = "Category")]
    public VehicleCategory Category { get; set; } = VehicleCategory.LightVehicle;

    [StringLength(12), Display(Name = "Registration")]
    public string? Registration { get; set; }

    [StringLength(25), Display(Name = "VIN")]
    public string? Vin { get; set; }

    [Required, Display(Name = "Service")]
    public Guid? ServiceId { get; set; }

    [Required, Display(Name = "Home site")]
    public Guid? SiteId { get; set; }

    [Display(Name = "Energy")]
    public FuelType Fuel { get; set; } = FuelType.Diesel;

    [Display(Name = "Acquisition date")]
    public DateOnly? AcquiredOn { get; set; }

    [Range(0, 10_000_000), Display(Name = "Acquisition cost (€ excl. VAT)")]
    public decimal? AcquisitionCost { get; set; }

    [Display(Name = "Meters")]
    public List<MeterKind> Meters { get; set; } = [];

    public int Version { get; set; }

    [BindNever, JsonIgnore]
    public Guid? Id { get; set; }

    internal static VehicleForm From(Vehicle v) => new()
    {
        Id = v.Id, InternalNumber = v.InternalNumber, Label = v.Label, Brand = v.Brand, Model = v.Model, Category = v.Category,
        Registration = v.Registration, Vin = v.Vin, ServiceId = v.ServiceId, SiteId = v.SiteId, Fuel = v.Fuel,
        AcquiredOn = v.AcquiredOn, AcquisitionCost = v.AcquisitionCost, Meters = [.. v.Meters.Select(m => m.Kind).Order()], Version = v.Version,
    };

    /// <summary>Rules beyond the annotations, as (field, English message) pairs; <see cref="Normalise"/> first.</summary>
    internal IEnumerable<(string Field, string Message)> Problems(DateOnly today)
    {
        if (!Enum.IsDefined(Category))
        {
            yield return (nameof(Category), "Unknown category.");
        }

        if (!Enum.IsDefined(Fuel))
        {
            yield return (nameof(Fuel), "Unknown energy.");
        }

        if (Meters.Any(m => !Enum.IsDefined(m)))
        {
            yield return (nameof(Meters), "Unknown meter.");
        }

        var registered = Categories.IsRegistered(Category);
        if (string.IsNullOrWhiteSpace(Registration))
        {
            if (registered)
            {
                yield return (nameof(Registration), "A vehicle of this category needs its registration.");
            }
        }
        else if (Identification.Plate(Registration) is null)
        {
            yield return (nameof(Registration), "A French registration looks like AB-123-CD (two letters, three digits, two letters; no I, O or U).");
        }

        if (string.IsNullOrWhiteSpace(Vin))
        {
            if (registered)
            {
                yield return (nameof(Vin), "A vehicle of this category needs its VIN.");
            }
        }
        else if (Identification.Vin(Vin) is null)
        {
            yield return (nameof(Vin), "A VIN has 17 characters, letters and digits, without I, O or Q.");
        }

        if (AcquiredOn > today)
        {
            yield return (nameof(AcquiredOn), "The acquisition date cannot be in the future.");
        }

        if (AcquisitionCost is { } cost && decimal.Round(cost, 2) != cost)
        {
            yield return (nameof(AcquisitionCost), "An amount in euros has at most 2 decimals.");
        }
    }

    /// <summary>Trims the text, writes the plate as AB-123-CD and the VIN in capitals when they are well formed.</summary>
    internal void Normalise()
    {
        InternalNumber = InternalNumber?.Trim().ToUpperInvariant() ?? string.Empty;
        Label = Label?.Trim() ?? string.Empty;
        Brand = Blank(Brand);
        Model = Blank(Model);
        Registration = Blank(Registration) is { } plate ? Identification.Plate(plate) ?? plate : null;
        Vin = Blank(Vin) is { } vin ? Identification.Vin(vin) ?? vin : null;
        Meters = [.. Meters.Distinct().Order()];
    }

    internal void ApplyTo(Vehicle v)
    {
        v.InternalNumber = InternalNumber;
        v.Label = Label;
        v.Brand = Brand;
        v.Model = Model;
        v.Category = Category;
        v.Registration = Registration;
        v.Vin = Vin;
        v.ServiceId = ServiceId!.Value;
        v.SiteId = SiteId!.Value;
        v.Fuel = Fuel;
        v.AcquiredOn = AcquiredOn;
        v.AcquisitionCost = AcquisitionCost;
        v.RefreshSearchKey();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
