using Cmms.Kernel.Domain;

namespace Cmms.Buildings.Equipment;

/// <summary>
/// One step of a piece of equipment's life, kept for good: installed, moved (from where to where), edited
/// (which fields), retired. Who recorded it, when, on which day it happened, and why.
/// </summary>
internal sealed class EquipmentEvent : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid EquipmentId { get; set; }

    public EquipmentEventKind Kind { get; set; }

    /// <summary>The day it happened, as the person said (a move done last week is recorded today).</summary>
    public DateOnly On { get; set; }

    public DateTime AtUtc { get; set; }

    public required string ByName { get; set; }

    /// <summary>The place before a move, as it was named then ("École Jules-Ferry — 1er étage — 104 Classe").</summary>
    public string? From { get; set; }

    public string? To { get; set; }

    public Guid? FromBuildingId { get; set; }

    public Guid? ToBuildingId { get; set; }

    public string? Reason { get; set; }

    /// <summary>For an edit: the fields changed, in the words of the form.</summary>
    public string? Changes { get; set; }
}

public enum EquipmentEventKind
{
    Installed,
    Moved,
    Edited,
    Retired,
}
