using Cmms.Kernel.Domain;

namespace Cmms.Fleet.Vehicles;

/// <summary>One change of a vehicle's status (who, when, from, to, why): the history availability is computed from.</summary>
public sealed class VehicleStatusChange : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid VehicleId { get; set; }

    public DateTime AtUtc { get; set; }

    public VehicleStatus? From { get; set; }

    public VehicleStatus To { get; set; }

    public string? Reason { get; set; }

    public required string ByName { get; set; }

    public Guid? WorkshopJobId { get; set; }

    /// <summary>Moves the vehicle to <paramref name="to"/> and returns the history line to store with it.</summary>
    public static VehicleStatusChange Move(Vehicle vehicle, VehicleStatus to, DateTime atUtc, string byName, string? reason, Guid? workshopJobId = null)
    {
        var change = new VehicleStatusChange
        {
            OrganisationId = vehicle.OrganisationId, VehicleId = vehicle.Id, AtUtc = atUtc, From = vehicle.Status, To = to,
            Reason = reason, ByName = byName, WorkshopJobId = workshopJobId,
        };
        vehicle.Status = to;
        vehicle.StatusSinceUtc = atUtc;
        return change;
    }
}
