using Cmms.Stock.Stores;

namespace Cmms.Stock.Movements;

/// <summary>The store, item and quantity fields every movement form starts with.</summary>
public sealed record LineFields(MovementForm Form, IReadOnlyList<Store> Stores, ItemHint? Item, string StoreLabel);
