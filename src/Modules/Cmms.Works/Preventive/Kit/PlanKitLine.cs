using Cmms.Kernel.Domain;

namespace Cmms.Works.Preventive.Kit;

/// <summary>
/// A part of a plan's kit: an item of a store and how many of it each visit takes. The reference, label and
/// unit are what the store said when the line was chosen, so the plan still reads well if the item is renamed
/// or withdrawn; the store and item ids are what each generated work order reserves.
/// </summary>
public sealed class PlanKitLine : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid PlanId { get; set; }

    public int Position { get; set; }

    public Guid StoreId { get; set; }

    public Guid ItemId { get; set; }

    public required string Reference { get; set; }

    public required string Label { get; set; }

    public required string Unit { get; set; }

    public decimal Quantity { get; set; }
}
