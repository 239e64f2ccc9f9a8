using System.Globalization;
using Cmms.Kernel.Parts;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Preventive.Kit;

/// <summary>
/// A generated work order sets its plan's kit aside in the stores, through the kernel's <see cref="IPartsStock"/>.
/// Nothing the store lacks stops the work order being created: a line the store refuses, or reserves beyond what
/// is on the shelf, is written in the work order's description, so whoever prepares the work sees it. Cancelling
/// or closing the work order frees what is still reserved (<see cref="WorkOrderFlow.SaveAsync"/>).
/// </summary>
internal static class KitReservation
{
    /// <summary>Reserves the kit for the (saved) work order, inside the caller's transaction; returns the notes for its description.</summary>
    public static async Task<IReadOnlyList<string>> ReserveAsync(IPartsStock? stock, WorkOrder order, IReadOnlyList<PlanKitLine> kit, string actorName, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        foreach (var line in kit.OrderBy(k => k.Position))
        {
            var what = string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{line.Quantity:0.##} {line.Unit} × {line.Reference} {line.Label}");
            if (stock is null)
            {
                notes.Add($"Kit non réservé (pas de module de stock) : {what}");
                continue;
            }

            var reserved = await stock.ReserveAsync(line.StoreId, line.ItemId, line.Quantity, order.Id, order.Number, new PartsActor(null, actorName), cancellationToken);
            if (reserved.Refusal is { } refusal)
            {
                notes.Add($"Kit non réservé : {what} — {refusal.Message}");
            }
            else if (reserved.Shortfall > 0)
            {
                notes.Add(string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"Kit réservé mais manquant en magasin : {what} — il manque {reserved.Shortfall:0.##} {line.Unit}"));
            }
        }

        return notes;
    }
}
