using Cmms.Directory.Contracts;
using Cmms.Fleet.Readings;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Fleet.Vehicles;

/// <summary>
/// The register's rules around the form: the service and site come from the organisation's directory, the
/// fleet number, plate and VIN are unique, a meter with readings stays. Shared by the form and the import.
/// </summary>
internal sealed class VehicleRegister(DbContext db, IDirectory directory, IClock clock, ICurrentUser user)
{
    /// <summary>Every problem of the form as (field, English message); the form is normalised first.</summary>
    public async Task<List<(string Field, string Message)>> CheckAsync(VehicleForm form, Guid? id, CancellationToken cancellationToken)
    {
        form.Normalise();
        var problems = form.Problems(ParisTime.Today(clock)).ToList();
        if (form.ServiceId is { } service && (await directory.ServicesAsync(cancellationToken)).All(s => s.Id != service))
        {
            problems.Add((nameof(VehicleForm.ServiceId), "Choose a service from the list."));
        }

        if (form.SiteId is { } site && (await directory.SitesAsync(cancellationToken)).All(s => s.Id != site))
        {
            problems.Add((nameof(VehicleForm.SiteId), "Choose a site from the list."));
        }

        var vehicles = db.Vehicles;
        var (number, plate, vin) = (form.InternalNumber, form.Registration, form.Vin);
        var taken = await vehicles.AsNoTracking()
            .Where(v => v.Id != id && (v.InternalNumber == number || (plate != null && v.Registration == plate) || (vin != null && v.Vin == vin)))
            .Select(v => new { v.InternalNumber, v.Registration, v.Vin })
            .ToListAsync(cancellationToken);
        if (taken.Any(v => v.InternalNumber == number))
        {
            problems.Add((nameof(VehicleForm.InternalNumber), "Another vehicle already has this fleet number."));
        }

        if (plate is not null && taken.Any(v => v.Registration == plate))
        {
            problems.Add((nameof(VehicleForm.Registration), "Another vehicle already has this registration."));
        }

        if (vin is not null && taken.Any(v => v.Vin == vin))
        {
            problems.Add((nameof(VehicleForm.Vin), "Another vehicle already has this VIN."));
        }

        if (id is { } vehicleId)
        {
            var meters = db.Meters;
            var kept = form.Meters;
            if (await meters.AnyAsync(m => m.VehicleId == vehicleId && !kept.Contains(m.Kind) && m.LastReadAtUtc != null, cancellationToken))
            {
                problems.Add((nameof(VehicleForm.Meters), "A meter that has readings cannot be removed."));
            }
        }

        return problems;
    }

    /// <summary>A new vehicle from a checked form, available from now on, added to the context (the caller saves).</summary>
    public Vehicle Create(VehicleForm form, DateTime? sinceUtc = null)
    {
        var at = sinceUtc ?? clock.UtcNow;
        var vehicle = new Vehicle { InternalNumber = string.Empty, Label = string.Empty, Status = VehicleStatus.Available, StatusSinceUtc = at };
        form.ApplyTo(vehicle);
        ApplyMeters(vehicle, form.Meters);
        db.Add(vehicle);
        db.Add(new VehicleStatusChange
        {
            VehicleId = vehicle.Id, AtUtc = at, To = VehicleStatus.Available, ByName = user.IsAuthenticated ? user.DisplayName : "système",
        });
        return vehicle;
    }

    /// <summary>Adds the meters asked for and removes those no longer wanted (never one with readings: checked before).</summary>
    public static void ApplyMeters(Vehicle vehicle, IReadOnlyCollection<MeterKind> kinds)
    {
        foreach (var kind in kinds.Where(k => vehicle.Meters.All(m => m.Kind != k)))
        {
            vehicle.Meters.Add(new Meter { OrganisationId = vehicle.OrganisationId, VehicleId = vehicle.Id, Kind = kind });
        }

        vehicle.Meters.RemoveAll(m => !kinds.Contains(m.Kind) && m.LastReadAtUtc is null);
    }
}
