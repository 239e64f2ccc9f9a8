using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Parts;
using Cmms.Works.Field;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Preventive.Kit;

/// <summary>One line of the kit as the manager fills it in: a store, an item of it (its reference), how many.</summary>
public sealed class KitLineForm
{
    public Guid? StoreId { get; set; }

    [StringLength(250)]
    public string? Item { get; set; }

    [StringLength(15)]
    public string? Quantity { get; set; }

    public bool IsBlank => StoreId is null && string.IsNullOrWhiteSpace(Item) && string.IsNullOrWhiteSpace(Quantity);

    public static KitLineForm From(PlanKitLine line) => new() { StoreId = line.StoreId, Item = line.Reference, Quantity = TypedNumber.Show(line.Quantity) };
}

/// <summary>An item a kit line may name, offered in the form's list of suggestions.</summary>
public sealed record KitChoiceItem(Guid StoreId, string Reference, string Label, string Unit, decimal Available);

/// <summary>
/// Turns the kit lines of the form into items of the stock, asked through the kernel's <see cref="IPartsStock"/>
/// (Works never reads the Stock module's tables): each line names a store and an item of it by its reference.
/// </summary>
internal static class KitChoice
{
    public const int Suggested = 200;

    public static async Task<List<PlanKitLine>> ResolveAsync(
        IPartsStock? stock, IReadOnlyList<KitLineForm> lines, Guid organisationId, ModelStateDictionary state, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var resolved = new List<PlanKitLine>();
        var filled = lines.Select((line, index) => (line, index)).Where(x => !x.line.IsBlank).ToList();
        if (filled.Count == 0)
        {
            return resolved;
        }

        if (stock is null)
        {
            state.AddModelError("KitLines", text["There is no stock module: write the parts by hand instead."]);
            return resolved;
        }

        var stores = await stock.StoresAsync(cancellationToken);
        foreach (var (line, index) in filled)
        {
            var key = $"KitLines[{index}]";
            var quantity = TypedNumber.Read(line.Quantity);
            if (quantity is null or <= 0)
            {
                state.AddModelError(key, text["The quantity must be a number more than 0."]);
                continue;
            }

            if (line.StoreId is not { } storeId || stores.All(s => s.Id != storeId))
            {
                state.AddModelError(key, text["Choose a store of the list."]);
                continue;
            }

            var item = await FindAsync(stock, storeId, line.Item, cancellationToken);
            if (item is null)
            {
                state.AddModelError(key, text["No item of this store has the reference \"{0}\".", line.Item?.Trim() ?? ""]);
                continue;
            }

            resolved.Add(new PlanKitLine
            {
                OrganisationId = organisationId, Position = resolved.Count + 1, StoreId = storeId, ItemId = item.ItemId,
                Reference = Cut(item.Reference, 50), Label = Cut(item.Label, 200), Unit = Cut(item.Unit, 20), Quantity = quantity.Value,
            });
        }

        return resolved;
    }

    /// <summary>The items of every store, for the form's suggestions (the first <see cref="Suggested"/> of each).</summary>
    public static async Task<IReadOnlyList<KitChoiceItem>> SuggestionsAsync(IPartsStock? stock, CancellationToken cancellationToken)
    {
        if (stock is null)
        {
            return [];
        }

        var items = new List<KitChoiceItem>();
        foreach (var store in await stock.StoresAsync(cancellationToken))
        {
            items.AddRange((await stock.SearchAsync(store.Id, null, Suggested, cancellationToken))
                .Select(i => new KitChoiceItem(store.Id, i.Reference, i.Label, i.Unit, i.Available)));
        }

        return items;
    }

    /// <summary>The item whose reference is typed (or picked as "REFERENCE — label" from the suggestions).</summary>
    private static async Task<PartsItem?> FindAsync(IPartsStock stock, Guid storeId, string? typed, CancellationToken cancellationToken)
    {
        var reference = typed?.Split(" — ", 2)[0].Trim();
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var found = await stock.SearchAsync(storeId, reference, 20, cancellationToken);
        return found.FirstOrDefault(i => string.Equals(i.Reference, reference, StringComparison.OrdinalIgnoreCase));
    }

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}
