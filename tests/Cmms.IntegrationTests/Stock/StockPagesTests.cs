using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Stock.Counts;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Cmms.Stock.Purchasing;
using Cmms.Stock.Suppliers;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.IntegrationTests.Stock;

/// <summary>The storekeeper's pages: deliveries, issues, transfers, adjustments, reorder, purchase orders, counts, valuation.</summary>
public sealed partial class StockPagesTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static string Text(string html) => WebUtility.HtmlDecode(html).Replace('\u202f', ' ').Replace('\u00a0', ' ');

    private static Task<Guid> SupplierAsync(CmmsFactory app) =>
        StockArrange.AsCityAsync(app, (_, db) => db.Set<Supplier>().OrderBy(s => s.Name).Select(s => s.Id).FirstAsync());

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_storekeeper_receives_a_delivery_line_by_line_and_the_cump_follows(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, reference) = await StockArrange.ItemAsync(app, stores.Central);
        var supplier = await SupplierAsync(app);
        using var storekeeper = await Browser.SignedInAsync(app, DemoLogins.Storekeeper);
        await storekeeper.GetPageAsync("/stock/receipts/new");

        var first = await storekeeper.PostFormAsync("/stock/receipts/new", new()
        {
            ["StoreId"] = stores.Central.ToString(), ["ItemReference"] = reference.ToLowerInvariant(), ["Quantity"] = "8", ["UnitPrice"] = "2,40",
            ["SupplierId"] = supplier.ToString(), ["DeliveryNote"] = "BL-7788",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains($"supplier={supplier}", first.Headers.Location!.ToString(), StringComparison.Ordinal);
        var (_, next) = await storekeeper.GetPageAsync(first.Headers.Location.ToString());
        Assert.Contains("Réception : 8 u", Text(next), StringComparison.Ordinal);
        Assert.Contains("value=\"BL-7788\"", next, StringComparison.Ordinal);

        await storekeeper.SubmitAsync("/stock/receipts/new", new()
        {
            ["StoreId"] = stores.Central.ToString(), ["ItemReference"] = reference, ["Quantity"] = "2", ["UnitPrice"] = "3.40", ["SupplierId"] = supplier.ToString(), ["DeliveryNote"] = "BL-7788",
        });

        // 8 × 2.40 + 2 × 3.40 = 19.20 + 6.80 = 26.00 € for 10 u: CUMP 2.6000.
        var balance = await StockArrange.BalanceAsync(app, stores.Central, item);
        Assert.Equal((10m, 26.00m, 2.6m), (balance.Quantity, balance.Value, balance.Cump));
        var lines = await StockArrange.MovementsAsync(app, item);
        Assert.All(lines, m => Assert.Equal(("BL-7788", supplier, MovementKind.Receipt), (m.DeliveryNote!, m.SupplierId!.Value, m.Kind)));

        // The card shows it, with its last movements.
        var (_, card) = await storekeeper.GetPageAsync($"/stock/items/{item}");
        Assert.Contains("2,6000 €", Text(card), StringComparison.Ordinal);
        Assert.Contains("BL BL-7788", Text(card), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_receipt_without_a_price_of_a_fraction_of_a_piece_or_of_an_unknown_item_is_refused_on_the_form(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, reference) = await StockArrange.ItemAsync(app, stores.Central);
        using var storekeeper = await Browser.SignedInAsync(app, DemoLogins.Storekeeper);
        await storekeeper.GetPageAsync("/stock/receipts/new");

        var (_, zero) = await storekeeper.SubmitAsync("/stock/receipts/new", new() { ["StoreId"] = stores.Central.ToString(), ["ItemReference"] = reference, ["Quantity"] = "3", ["UnitPrice"] = "0" });
        var (_, half) = await storekeeper.SubmitAsync("/stock/receipts/new", new() { ["StoreId"] = stores.Central.ToString(), ["ItemReference"] = reference, ["Quantity"] = "1,5", ["UnitPrice"] = "2" });
        var (_, unknown) = await storekeeper.SubmitAsync("/stock/receipts/new", new() { ["StoreId"] = stores.Central.ToString(), ["ItemReference"] = "NOPE-0000", ["Quantity"] = "1", ["UnitPrice"] = "2" });

        Assert.Contains("Le prix unitaire doit être supérieur à 0.", Text(zero), StringComparison.Ordinal);
        Assert.Contains("Cet article se compte en pièces entières.", Text(half), StringComparison.Ordinal);
        Assert.Contains("Aucun article n'a cette référence.", Text(unknown), StringComparison.Ordinal);
        Assert.Empty(await StockArrange.MovementsAsync(app, item));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Issues_transfers_and_adjustments_from_the_forms_post_to_the_ledger_at_cump(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, reference) = await StockArrange.ItemAsync(app, stores.Central);
        await StockArrange.ReceiveAsync(app, stores.Central, item, 3, 10m);
        await StockArrange.ReceiveAsync(app, stores.Central, item, 3, 12m); // CUMP 11.0000
        using var storekeeper = await Browser.SignedInAsync(app, DemoLogins.Storekeeper);
        await storekeeper.GetPageAsync($"/stock/issues/new?store={stores.Central}&item={item}");

        var (_, tooMuch) = await storekeeper.SubmitAsync("/stock/issues/new", new() { ["StoreId"] = stores.Central.ToString(), ["ItemReference"] = reference, ["Quantity"] = "7", ["CostCentre"] = "voirie" });
        Assert.Contains("Seulement 6 u disponibles dans ce magasin.", Text(tooMuch), StringComparison.Ordinal);

        var (_, issued) = await storekeeper.SubmitAsync("/stock/issues/new", new() { ["StoreId"] = stores.Central.ToString(), ["ItemReference"] = reference, ["Quantity"] = "2", ["CostCentre"] = "voirie" });
        Assert.Contains("imputés à VOIRIE", Text(issued), StringComparison.Ordinal);

        var (_, transferred) = await storekeeper.SubmitAsync("/stock/transfers/new", new()
        {
            ["StoreId"] = stores.Central.ToString(), ["ToStoreId"] = stores.Workshop.ToString(), ["ItemReference"] = reference, ["Quantity"] = "3",
        });
        Assert.Contains("Transfert : 3 u", Text(transferred), StringComparison.Ordinal);
        var workshop = await StockArrange.BalanceAsync(app, stores.Workshop, item);
        Assert.Equal((3m, 33.00m, 11m), (workshop.Quantity, workshop.Value, workshop.Cump));

        var (_, noReason) = await storekeeper.SubmitAsync("/stock/adjustments/new", new()
        {
            ["StoreId"] = stores.Central.ToString(), ["ItemReference"] = reference, ["Quantity"] = "1", ["Direction"] = "Out", ["Reason"] = "",
        });
        Assert.Contains("Indiquez le motif de la régularisation.", Text(noReason), StringComparison.Ordinal);
        await storekeeper.SubmitAsync("/stock/adjustments/new", new()
        {
            ["StoreId"] = stores.Central.ToString(), ["ItemReference"] = reference, ["Quantity"] = "1", ["Direction"] = "Out", ["Reason"] = "Casse au déchargement",
        });

        var central = await StockArrange.BalanceAsync(app, stores.Central, item);
        Assert.Equal((0m, 0m), (central.Quantity, central.Value));
        var kinds = (await StockArrange.MovementsAsync(app, item)).Where(m => m.StoreId == stores.Central).Select(m => (m.Kind, m.Quantity, m.Amount)).ToList();
        Assert.Equal([(MovementKind.Receipt, 3m, 30m), (MovementKind.Receipt, 3m, 36m), (MovementKind.Issue, -2m, -22m), (MovementKind.TransferOut, -3m, -33m), (MovementKind.Adjustment, -1m, -11m)], kinds);
        await StockArrange.AssertLedgerMatchesBalancesAsync(app);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_reorder_list_names_items_under_their_point_by_supplier_exports_real_numbers_and_becomes_a_purchase_order(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, reference) = await StockArrange.ItemAsync(app, stores.Central, reorderPoint: 10, reorderQuantity: 20);
        var supplier = await SupplierAsync(app);
        await StockArrange.AsCityAsync(app, async (_, db) =>
        {
            db.Add(new ItemSupplier { ItemId = item, SupplierId = supplier, SupplierReference = "SUP-42", UnitPrice = 1.25m, Preferred = true });
            return await db.SaveChangesAsync();
        });
        await StockArrange.ReceiveAsync(app, stores.Central, item, 6, 1.20m);
        using var storekeeper = await Browser.SignedInAsync(app, DemoLogins.Storekeeper);

        var (_, page) = await storekeeper.GetPageAsync($"/stock/reorder?store={stores.Central}");
        Assert.Contains(reference, page, StringComparison.Ordinal);

        var workbook = await storekeeper.Http.GetAsync($"/stock/reorder.xlsx?store={stores.Central}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        using (var book = new XLWorkbook(await workbook.Content.ReadAsStreamAsync()))
        {
            var sheet = book.Worksheet(1);
            var row = sheet.RowsUsed().Single(r => r.Cell(4).GetString() == reference);
            Assert.Equal("SUP-42", row.Cell(3).GetString());
            Assert.Equal(XLDataType.Number, row.Cell(7).DataType);
            Assert.Equal((6.0, 20.0, 1.25, 25.0), (row.Cell(7).GetDouble(), row.Cell(11).GetDouble(), row.Cell(12).GetDouble(), row.Cell(13).GetDouble()));
        }

        var ordered = await storekeeper.PostFormAsync("/stock/reorder/order", new() { ["supplierId"] = supplier.ToString(), ["storeId"] = stores.Central.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, ordered.StatusCode);
        var line = await StockArrange.AsCityAsync(app, (_, db) => db.Set<PurchaseOrderLine>().AsNoTracking().SingleAsync(l => l.ItemId == item));
        Assert.Equal((20m, 1.25m), (line.Quantity, line.UnitPrice));

        // On order now: 6 + 20 is above the point, the item leaves the list.
        var (_, after) = await storekeeper.GetPageAsync($"/stock/reorder?store={stores.Central}");
        Assert.DoesNotContain(reference, after, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_purchase_order_is_received_in_two_deliveries_and_never_beyond_what_was_ordered(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, reference) = await StockArrange.ItemAsync(app, stores.Central);
        var supplier = await SupplierAsync(app);
        using var storekeeper = await Browser.SignedInAsync(app, DemoLogins.Storekeeper);
        await storekeeper.GetPageAsync("/stock/purchase-orders/new");
        var created = await storekeeper.PostFormAsync("/stock/purchase-orders/new", new()
        {
            ["SupplierId"] = supplier.ToString(), ["StoreId"] = stores.Central.ToString(),
            ["Lines[0].ItemReference"] = reference, ["Lines[0].Quantity"] = "10", ["Lines[0].UnitPrice"] = "4,50",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.ToString();
        var (_, orderPage) = await storekeeper.GetPageAsync(url);
        var lineId = LineId().Match(orderPage).Groups[1].Value;

        await storekeeper.SubmitAsync($"{url}/receive", new() { [$"received[{lineId}]"] = "4", ["deliveryNote"] = "BL-1" });
        var (_, beyond) = await storekeeper.SubmitAsync($"{url}/receive", new() { [$"received[{lineId}]"] = "7", ["deliveryNote"] = "BL-2" });
        Assert.Contains("Au plus 6 restent à recevoir sur cette ligne.", Text(beyond), StringComparison.Ordinal);
        Assert.Contains("Livré en partie", Text(beyond), StringComparison.Ordinal);
        var (_, done) = await storekeeper.SubmitAsync($"{url}/receive", new() { [$"received[{lineId}]"] = "6", ["deliveryNote"] = "BL-3" });
        Assert.Contains("data-testid=\"order-status\">Soldé", done, StringComparison.Ordinal);

        var receipts = (await StockArrange.MovementsAsync(app, item)).Select(m => (m.Quantity, m.UnitCost, m.DeliveryNote, m.PurchaseOrderLineId)).ToList();
        Assert.Equal([(4m, 4.5m, "BL-1", Guid.Parse(lineId)), (6m, 4.5m, "BL-3", Guid.Parse(lineId))], receipts.Select(r => (r.Quantity, r.UnitCost, r.DeliveryNote, r.PurchaseOrderLineId!.Value)).ToList());
        Assert.Equal(10m, (await StockArrange.BalanceAsync(app, stores.Central, item)).Quantity);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_count_hides_the_book_from_the_counter_freezes_issues_and_posts_its_variance_at_cump_when_validated(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var zone = "Z" + new string([.. Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26)))]);
        var (item, reference) = await StockArrange.ItemAsync(app, stores.Central, location: $"{zone}-A");
        await StockArrange.ReceiveAsync(app, stores.Central, item, 37, 2.50m);
        using var storekeeper = await Browser.SignedInAsync(app, DemoLogins.Storekeeper);
        await storekeeper.GetPageAsync("/stock/counts/new");

        var opened = await storekeeper.PostFormAsync("/stock/counts/new", new() { ["storeId"] = stores.Central.ToString(), ["zone"] = zone.ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var url = opened.Headers.Location!.ToString();

        // While it is open, the item cannot be issued from that store; receipts go on.
        var frozen = await StockArrange.PostAsync(app, Posting.Issue(stores.Central, item, 1) with { CostCentre = "ATELIER" });
        Assert.Equal("This item is being counted in this store: nothing can be taken out until the count is validated.", frozen.Refusal?.Key);
        await StockArrange.ReceiveAsync(app, stores.Central, item, 3, 2.50m);

        var (_, sheet) = await storekeeper.GetPageAsync($"{url}/sheet");
        Assert.Contains(reference, sheet, StringComparison.Ordinal);
        // The counter's form shows what to count and where, never how many the books say (37 + 3).
        var form = sheet[sheet.IndexOf("data-testid=\"count-sheet\"", StringComparison.Ordinal)..];
        form = Regex.Replace(form[..form.IndexOf("</form>", StringComparison.Ordinal)], "(value|name|id|for|action|data-reference)=\"[^\"]*\"", string.Empty).Replace(reference, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("37", form, StringComparison.Ordinal);
        Assert.DoesNotContain("40", form, StringComparison.Ordinal);
        var lineId = CountLineId().Match(sheet).Groups[1].Value;
        await storekeeper.SubmitAsync($"{url}/sheet", new() { [$"counted[{lineId}]"] = "38" });

        // Counted after the receipt: 38 found for a book of 40, 2 missing at 2.5000 € = -5.00 €.
        var (_, review) = await storekeeper.GetPageAsync(url);
        Assert.Contains($"data-testid=\"variance-{reference}\">-2<", review, StringComparison.Ordinal);
        Assert.Contains("-5,00 €", Text(review), StringComparison.Ordinal);
        var ticks = Regex.Match(review, "name=\"lastEntryTicks\" value=\"([0-9]+)\"").Groups[1].Value;
        var (_, validated) = await storekeeper.SubmitAsync($"{url}/validate", new() { ["lastEntryTicks"] = ticks });
        Assert.Contains("L'inventaire est validé", Text(validated), StringComparison.Ordinal);

        var correction = (await StockArrange.MovementsAsync(app, item)).Last();
        Assert.Equal((MovementKind.CountCorrection, -2m, -5.00m, 38m), (correction.Kind, correction.Quantity, correction.Amount, correction.QuantityAfter));
        var status = await StockArrange.AsCityAsync(app, (_, db) => db.Set<InventoryCount>().Where(c => c.Zone == zone).Select(c => c.Status).SingleAsync());
        Assert.Equal(CountStatus.Validated, status);
        Assert.True((await StockArrange.PostAsync(app, Posting.Issue(stores.Central, item, 1) with { CostCentre = "ATELIER" })).Succeeded);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_valuation_report_and_its_workbook_give_the_stock_value_with_real_numbers(DatabaseProvider provider)
    {
        var app = apps[provider];
        var total = await StockArrange.AsCityAsync(app, (_, db) => db.Set<Balance>().SumAsync(b => b.Value));
        using var finance = await Browser.SignedInAsync(app, DemoLogins.Finance);

        var (response, page) = await finance.GetPageAsync("/stock/valuation");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(total.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202f', ' '), Text(page), StringComparison.Ordinal);

        var workbook = await finance.Http.GetAsync("/stock/valuation.xlsx");
        using var book = new XLWorkbook(await workbook.Content.ReadAsStreamAsync());
        var lines = book.Worksheet(1);
        var values = lines.RowsUsed().Skip(1).Where(r => r.Cell(3).GetString().Length > 0).Select(r => r.Cell(9)).ToList();
        Assert.All(values, v => Assert.Equal(XLDataType.Number, v.DataType));
        Assert.Equal((double)total, values.Sum(v => v.GetDouble()), 2);
        Assert.Equal((double)total, book.Worksheet(2).RowsUsed().Last().Cell(4).GetDouble(), 2);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_unit_of_an_item_that_has_moved_cannot_change(DatabaseProvider provider)
    {
        var app = apps[provider];
        var stores = await StockArrange.StoresAsync(app);
        var (item, reference) = await StockArrange.ItemAsync(app, stores.Central);
        await StockArrange.ReceiveAsync(app, stores.Central, item, 1, 1m);
        using var storekeeper = await Browser.SignedInAsync(app, DemoLogins.Storekeeper);
        var (_, form) = await storekeeper.GetPageAsync($"/stock/items/{item}/edit");
        var version = Regex.Match(form, "name=\"Version\" value=\"([0-9]+)\"").Groups[1].Value;

        var (_, page) = await storekeeper.SubmitAsync($"/stock/items/{item}/edit", new()
        {
            ["Reference"] = reference, ["Label"] = "Autre libellé", ["Unit"] = "m", ["Category"] = "Plumbing", ["IsActive"] = "true", ["Version"] = version,
        });

        Assert.Contains("Les unités ne se mélangent pas", Text(page), StringComparison.Ordinal);
        Assert.Equal("u", await StockArrange.AsCityAsync(app, (_, db) => db.Set<Item>().Where(i => i.Id == item).Select(i => i.Unit).SingleAsync()));
    }

    [GeneratedRegex("name=\"received\\[([0-9a-f-]{36})\\]\"")]
    private static partial Regex LineId();

    [GeneratedRegex("name=\"counted\\[([0-9a-f-]{36})\\]\"")]
    private static partial Regex CountLineId();
}
