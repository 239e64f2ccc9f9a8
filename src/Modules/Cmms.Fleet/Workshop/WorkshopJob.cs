using Cmms.Kernel.Domain;

namespace Cmms.Fleet.Workshop;

/// <summary>
/// A stay of a vehicle in the workshop: taken in (when, meter reading, why) with a work order opened in Works
/// for the labour and parts, then released. The downtime is the time between the two.
/// </summary>
public sealed class WorkshopJob : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public Guid VehicleId { get; set; }

    public DateTime IntakeAtUtc { get; set; }

    public required string Reason { get; set; }

    public Guid? IntakeReadingId { get; set; }

    public decimal? IntakeMeterValue { get; set; }

    public Readings.MeterKind? IntakeMeterKind { get; set; }

    /// <summary>The mechanic (Directory agent) the work order was assigned to.</summary>
    public Guid? MechanicId { get; set; }

    /// <summary>The work order Works opened for the job; null while it could not be opened.</summary>
    public Guid? WorkOrderId { get; set; }

    public string? WorkOrderNumber { get; set; }

    public required string OpenedBy { get; set; }

    public DateTime? ReleasedAtUtc { get; set; }

    public string? ReleaseNote { get; set; }

    public string? ReleasedBy { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public bool IsOpen => ReleasedAtUtc is null;
}
