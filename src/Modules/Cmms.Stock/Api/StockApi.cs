using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Api;

/// <summary>
/// The stock through the API: stores, items, balances and the ledger to read; receipts and consumable
/// issues to write. A refusal for lack of stock is a 409 saying how much is available.
/// </summary>
internal static class StockApi
{
    private static readonly string[] Readers =
        [Roles.ApiClient, Roles.Administrator, Roles.Storekeeper, Roles.ServiceManager, Roles.FieldAgent, Roles.Mechanic, Roles.Finance];

    private static readonly string[] Writers = [Roles.ApiClient, Roles.Administrator, Roles.Storekeeper];

    public static void MapStockApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("stock", "Stock");
        group.MapGet("stores", Stores).RequireRoles(Readers)
            .WithSummary("The organisation's stores");
        group.MapGet("items", Items).RequireRoles(Readers).Validated<PageRequest>()
            .WithSummary("Items of the catalogue")
            .WithDescription("Paged, by reference. Filters: q (reference or label contains), category.");
        group.MapGet("items/{id:guid}", Item).RequireRoles(Readers)
            .WithSummary("An item, its balance in each store and its suppliers");
        group.MapGet("balances", Balances).RequireRoles(Readers).Validated<PageRequest>()
            .WithSummary("What each store holds of each item")
            .WithDescription("Paged. Filters: storeId, itemId, belowReorderPoint (on hand + on order − reserved under the reorder point). Quantities in the item's unit; value in euros at the CUMP.");
        group.MapGet("movements", Movements).RequireRoles(Readers).Validated<PageRequest>()
            .WithSummary("The stock ledger, newest first")
            .WithDescription("Paged. Filters: storeId, itemId, workOrderId, kind, since (posted at or after). Each line carries the position after it (quantity, value, CUMP).");
        group.MapGet("movements/{id:guid}", Movement).RequireRoles(Readers)
            .WithSummary("One line of the stock ledger");
        group.MapPost("receipts", Receipt).RequireRoles(Writers).Validated<ReceiptBody>()
            .WithSummary("Receive goods into a store")
            .WithDescription("Recomputes the item's CUMP in the store. Refused (400, the field named): a quantity or a unit price not above 0, a unit other than the item's, a fraction of a piece, a closed store or item.");
        group.MapPost("issues", Issue).RequireRoles(Writers).Validated<IssueBody>()
            .WithSummary("Issue consumables to a cost centre")
            .WithDescription("Out at the current CUMP. 409 with `available` (and `unit`) when the store has not that much available (on hand less reservations), or while the item is being counted there. Parts for a work order are issued through POST /api/v1/work-orders/{id}/parts.");
    }

    private static async Task<Ok<List<StoreDto>>> Stores(DbContext db, CancellationToken cancellationToken)
    {
        var stores = db.Stores;
        return TypedResults.Ok(await stores.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new StoreDto(s.Id, s.Code, s.Name, s.Kind, s.SiteId, s.IsActive)).ToListAsync(cancellationToken));
    }

    private static async Task<Ok<Paged<ItemDto>>> Items([AsParameters] PageRequest paging, string? q, ItemCategory? category, DbContext db, CancellationToken cancellationToken)
    {
        var items = db.Items.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q.Trim().ToLowerInvariant()}%";
            items = items.Where(i => EF.Functions.Like(i.Reference.ToLower(), pattern) || EF.Functions.Like(i.Label.ToLower(), pattern));
        }

        if (category is { } wanted)
        {
            items = items.Where(i => i.Category == wanted);
        }

        var rows = await items.OrderBy(i => i.Reference).Skip(paging.Skip).Take(paging.PageSize)
            .Select(i => new ItemDto(i.Id, i.Reference, i.Label, i.Unit, i.Category, i.IsActive)).ToListAsync(cancellationToken);
        var total = await items.TotalAsync(paging, rows.Count, cancellationToken);
        return TypedResults.Ok(new Paged<ItemDto>(rows, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<ItemDetailDto>, NotFound>> Item(Guid id, DbContext db, CancellationToken cancellationToken)
    {
        var (items, balances, offers, suppliers) = (db.Items, db.Balances, db.ItemSuppliers, db.Suppliers);
        var item = await items.AsNoTracking().Where(i => i.Id == id).Select(i => new ItemDto(i.Id, i.Reference, i.Label, i.Unit, i.Category, i.IsActive)).FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var rows = await balances.AsNoTracking().Where(b => b.ItemId == id).OrderBy(b => b.StoreId).Select(ToDto).ToListAsync(cancellationToken);
        var sold = await offers.AsNoTracking().Where(o => o.ItemId == id)
            .Join(suppliers, o => o.SupplierId, s => s.Id, (o, s) => new ItemSupplierDto(o.SupplierId, s.Name, o.SupplierReference, o.UnitPrice, o.Preferred))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ItemDetailDto(item, rows, sold));
    }

    private static readonly System.Linq.Expressions.Expression<Func<Balance, BalanceDto>> ToDto = b => new BalanceDto(
        b.StoreId, b.ItemId, b.Location, b.Quantity, b.Reserved, b.Quantity - b.Reserved, b.Cump, b.Value,
        b.ReorderPoint, b.ReorderQuantity, b.SafetyStock, b.FrozenByCountId != null, b.LastPostedAtUtc);

    private static async Task<Ok<Paged<BalanceDto>>> Balances(
        [AsParameters] PageRequest paging, Guid? storeId, Guid? itemId, bool? belowReorderPoint, DbContext db, CancellationToken cancellationToken)
    {
        if (belowReorderPoint == true)
        {
            var due = (await Reorder.ReorderList.ForAsync(db, storeId, cancellationToken)).SelectMany(g => g.Rows)
                .Where(r => itemId is null || r.ItemId == itemId).Select(r => (r.StoreId, r.ItemId)).ToHashSet();
            var wanted = due.Select(d => d.ItemId).Distinct().ToList();
            var candidates = await db.Balances.AsNoTracking().Where(b => wanted.Contains(b.ItemId)).Select(ToDto).ToListAsync(cancellationToken);
            var listed = candidates.Where(b => due.Contains((b.StoreId, b.ItemId))).OrderBy(b => b.StoreId).ThenBy(b => b.ItemId).ToList();
            return TypedResults.Ok(new Paged<BalanceDto>([.. listed.Skip(paging.Skip).Take(paging.PageSize)], paging.Page, paging.PageSize, listed.Count));
        }

        var balances = db.Balances.AsNoTracking();
        if (storeId is { } store)
        {
            balances = balances.Where(b => b.StoreId == store);
        }

        if (itemId is { } item)
        {
            balances = balances.Where(b => b.ItemId == item);
        }

        var rows = await balances.OrderBy(b => b.StoreId).ThenBy(b => b.ItemId).Skip(paging.Skip).Take(paging.PageSize).Select(ToDto).ToListAsync(cancellationToken);
        var total = await balances.TotalAsync(paging, rows.Count, cancellationToken);
        return TypedResults.Ok(new Paged<BalanceDto>(rows, paging.Page, paging.PageSize, total));
    }

    private static async Task<Ok<Paged<MovementDto>>> Movements(
        [AsParameters] PageRequest paging, Guid? storeId, Guid? itemId, Guid? workOrderId, MovementKind? kind, DateTimeOffset? since,
        DbContext db, CancellationToken cancellationToken)
    {
        var movements = db.Movements.AsNoTracking();
        if (storeId is { } store)
        {
            movements = movements.Where(m => m.StoreId == store);
        }

        if (itemId is { } item)
        {
            movements = movements.Where(m => m.ItemId == item);
        }

        if (workOrderId is { } workOrder)
        {
            movements = movements.Where(m => m.WorkOrderId == workOrder);
        }

        if (kind is { } k)
        {
            movements = movements.Where(m => m.Kind == k);
        }

        if (since?.UtcDateTime is { } from)
        {
            movements = movements.Where(m => m.PostedAtUtc >= from);
        }

        var rows = await movements.OrderByDescending(m => m.PostedAtUtc).ThenByDescending(m => m.Sequence).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        var total = await movements.TotalAsync(paging, rows.Count, cancellationToken);
        return TypedResults.Ok(new Paged<MovementDto>([.. rows.Select(MovementDto.From)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<MovementDto>, NotFound>> Movement(Guid id, DbContext db, CancellationToken cancellationToken)
    {
        var movement = await db.Movements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return movement is null ? TypedResults.NotFound() : TypedResults.Ok(MovementDto.From(movement));
    }

    private static async Task<Results<Created<MovementDto>, ValidationProblem, ProblemHttpResult>> Receipt(
        [FromBody] ReceiptBody body, DbContext db, StockLedger ledger, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var (store, item, problem) = await ResolveAsync(body, db, text, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body.SupplierId is { } supplier && !await db.Suppliers.AnyAsync(s => s.Id == supplier, cancellationToken))
        {
            return Problem("supplierId", text["This supplier does not exist."]);
        }

        var posting = Posting.Receipt(store, item, body.Quantity!.Value, body.UnitPrice!.Value) with
        {
            Unit = body.Unit, SupplierId = body.SupplierId, DeliveryNote = body.DeliveryNote,
        };
        return Answer(await ledger.PostAsync([posting], cancellationToken), text);
    }

    private static async Task<Results<Created<MovementDto>, ValidationProblem, ProblemHttpResult>> Issue(
        [FromBody] IssueBody body, DbContext db, StockLedger ledger, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var (store, item, problem) = await ResolveAsync(body, db, text, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var posting = Posting.Issue(store, item, body.Quantity!.Value) with { Unit = body.Unit, CostCentre = body.CostCentre!.Trim().ToUpperInvariant(), Reason = body.Note };
        return Answer(await ledger.PostAsync([posting], cancellationToken), text);
    }

    /// <summary>The ids as given, or looked up from the store's code and the item's reference.</summary>
    private static async Task<(Guid Store, Guid Item, ValidationProblem? Problem)> ResolveAsync(StockLineBody body, DbContext db, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var store = body.StoreId;
        if (store is null)
        {
            var code = body.StoreCode!.Trim().ToUpperInvariant();
            store = await db.Stores.Where(s => s.Code == code).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (store is null)
            {
                return (default, default, Problem("storeCode", text["No store has this code."]));
            }
        }

        var item = body.ItemId;
        if (item is null)
        {
            var reference = body.ItemReference!.Trim();
            item = await db.Items.Where(i => i.Reference == reference).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
            if (item is null)
            {
                return (default, default, Problem("itemReference", text["No item has this reference."]));
            }
        }

        return (store.Value, item.Value, null);
    }

    private static Results<Created<MovementDto>, ValidationProblem, ProblemHttpResult> Answer(LedgerResult result, IStringLocalizer<Text> text)
    {
        if (result.Refusal is { } refusal)
        {
            var message = text.Say(refusal);
            if (refusal.Available is not null || refusal.Key.StartsWith("This item is being counted", StringComparison.Ordinal))
            {
                var extensions = new Dictionary<string, object?>();
                if (refusal.Available is { } available)
                {
                    extensions["available"] = available;
                    extensions["unit"] = refusal.Unit;
                }

                return TypedResults.Problem(title: refusal.Available is null ? "The item is being counted." : "Not enough stock.", detail: message,
                    statusCode: StatusCodes.Status409Conflict, extensions: extensions);
            }

            return Problem(refusal.Field, message);
        }

        var movement = result.Movements[0];
        return TypedResults.Created($"{ApiEndpoints.Prefix}/stock/movements/{movement.Id}", MovementDto.From(movement));
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field)] = [message] });
}
