using System.Text.RegularExpressions;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Kernel.Security;
using Cmms.Stock.Items;
using Cmms.Stock.Ledger;
using Cmms.Stock.Stores;
using Cmms.Works;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests.Stock;

/// <summary>
/// Élodie Garnier, storekeeper, on a tablet: receives a delivery and counts a zone with a variance she
/// validates; Karim Haddad, plumber, takes parts from the central store on his phone for his work order.
/// </summary>
public sealed class StockJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Tablet = new() { Width = 820, Height = 1180 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>Through the menu as a tablet shows it: folded behind its button, the "Magasin" section, then the link.</summary>
    private static async Task MenuAsync(IPage page, string link)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (await toggler.IsVisibleAsync())
        {
            await toggler.ClickAsync();
        }

        await page.MainMenu().GetByRole(AriaRole.Button, new() { Name = "Magasin", Exact = true }).ClickAsync();
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
    }

    private Task<T> AsCityAsync<T>(Func<IServiceProvider, DbContext, Task<T>> work) => app.Factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var city = await db.Set<Directory.Organisations.Organisation>().SingleAsync(o => o.Code == "VALBRUNE");
        using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Id);
        return await work(sp, db);
    });

    /// <summary>An item of the central store of its own, with <paramref name="stock"/> units received at <paramref name="price"/>.</summary>
    private Task<(Guid Store, Guid Item, string Reference)> ItemAsync(string label, decimal stock, decimal price, string? location = null) => AsCityAsync(async (sp, db) =>
    {
        var store = await db.Set<Store>().Where(s => s.Code == "MAG").Select(s => s.Id).SingleAsync();
        var reference = $"NAV-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        var item = new Item { Reference = reference, Label = label, Unit = Units.Piece, Category = ItemCategory.Plumbing };
        db.Add(item);
        db.Add(new Balance { StoreId = store, ItemId = item.Id, Location = location });
        await db.SaveChangesAsync();
        if (stock > 0)
        {
            await sp.GetRequiredService<StockLedger>().PostAsync([Posting.Receipt(store, item.Id, stock, price)], default, new Poster(null, "Réception initiale"));
        }

        return (store, item.Id, reference);
    });

    [BrowserFact]
    public async Task On_a_tablet_the_storekeeper_receives_a_delivery_and_finds_it_on_the_item_card()
    {
        var (_, _, reference) = await ItemAsync("Mitigeur lavabo de la livraison", 0, 0);
        await using var session = await app.OpenAsync(Tablet);
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Storekeeper);

        await MenuAsync(page, "Réceptionner une livraison");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Réceptionner une livraison");
        await page.GetByLabel("Dans le magasin").SelectOptionAsync(new SelectOptionValue { Label = "Magasin central" });
        await page.GetByLabel("Référence de l'article").FillAsync(reference.ToLowerInvariant());
        await page.GetByLabel("Quantité", new() { Exact = true }).FillAsync("12");
        await page.GetByLabel("Prix unitaire HT (€)").FillAsync("18,40");
        await page.GetByLabel("Fournisseur").SelectOptionAsync(new SelectOptionValue { Label = "Sanitaire Bourgogne Négoce" });
        await page.GetByLabel("N° du bon de livraison").FillAsync("BL-55120");
        await session.ScreenshotAsync("storekeeper-receipt-tablet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Réceptionner", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Réception : 12 u de {reference} à 18,4000 €");
        await Expect(page.GetByLabel("N° du bon de livraison")).ToHaveValueAsync("BL-55120"); // the next line of the same delivery

        await MenuAsync(page, "Articles");
        await page.GetByLabel("Référence ou libellé").FillAsync("Mitigeur lavabo de la livraison");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("on-hand-MAG")).ToHaveTextAsync("12 u");
        await Expect(page.GetByTestId("movements")).ToContainTextAsync("BL BL-55120");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task On_a_phone_the_agent_takes_parts_from_the_store_for_his_work_order()
    {
        var (_, _, reference) = await ItemAsync("Joint de robinet du parcours", 10, 0.80m);
        var number = await AsCityAsync(async (sp, _) =>
        {
            var directory = sp.GetRequiredService<IDirectory>();
            var karim = (await directory.AgentsAsync(default)).Single(a => a.FullName == "Karim Haddad");
            var site = (await directory.SitesAsync(default)).First(s => s.Code == "EC-JFERRY");
            var service = (await directory.ServicesAsync(default)).Single(s => s.Code == "BAT");
            var org = (await sp.GetRequiredService<IOrganisationList>().AllAsync(default)).Single(o => o.Code == "VALBRUNE").Id;
            var flow = sp.GetRequiredService<WorkOrderFlow>();
            var order = await flow.CreateAsync(
                new NewWorkOrder(
                    WorkOrderType.Corrective, Priority.High, "Robinet qui goutte", "Le robinet du lavabo de la classe 3 goutte.", site.Id, null, null, null,
                    "Classe 3", null, null, service.Id, karim.TeamId, [karim.Id], null, null, null, sp.GetRequiredService<Cmms.Kernel.Time.IClock>().UtcNow.AddDays(1), []),
                new Actor(null, "Responsable bâtiments"), org, null, null, null, default);
            await flow.SaveAsync(default);
            return order.Number;
        });
        await using var session = await app.OpenAsync(Phone);
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Agent);
        await page.GotoAsync("/my-work");
        await page.GetByRole(AriaRole.Link, new() { Name = $"{number} · Robinet qui goutte" }).ClickAsync();

        await page.GetByLabel("Magasin", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Magasin central" });
        await page.GetByLabel("Article (référence ou mots du libellé)").FillAsync("joint de robinet du parcours");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chercher", Exact = true }).ClickAsync();
        var found = page.GetByTestId("stock-items");
        await Expect(found).ToContainTextAsync("Joint de robinet du parcours");
        await Expect(found).ToContainTextAsync("disponible 10 u");
        await found.GetByLabel("Quantité (u)").FillAsync("2");
        await session.ScreenshotAsync("agent-stock-parts-phone");
        await found.GetByRole(AriaRole.Button, new() { Name = "Prendre au magasin", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 u de Joint de robinet du parcours pris au magasin : 1,60 €.");
        await Expect(page.GetByTestId("parts-list")).ToContainTextAsync($"({reference})");
        await Expect(page.GetByTestId("returnable")).ToContainTextAsync("2 u peuvent être rendus");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task On_a_tablet_the_storekeeper_counts_a_zone_and_validates_the_variance()
    {
        var zone = "ZN" + new string([.. Enumerable.Range(0, 4).Select(_ => (char)('A' + Random.Shared.Next(26)))]);
        var (store, item, reference) = await ItemAsync("Cartouche céramique comptée", 9, 12m, $"{zone}-1");
        await using var session = await app.OpenAsync(Tablet);
        var page = session.Page;
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.SignInToHomeAsync(DemoLogins.Storekeeper);

        await MenuAsync(page, "Inventaires");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ouvrir un inventaire", Exact = true }).ClickAsync();
        await page.GetByLabel("Magasin", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Magasin central" });
        await page.GetByLabel("Zone (début des emplacements ; vide pour tout le magasin)").FillAsync(zone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir l'inventaire", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("count-status")).ToHaveTextAsync("En cours");

        await page.GetByRole(AriaRole.Link, new() { Name = "Feuille de comptage (tablette)", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("count-sheet")).ToContainTextAsync("Cartouche céramique comptée");
        // The quantity on hand (9) must not show; the random reference may hold the digit 9, so look for the number alone.
        await Expect(page.GetByTestId("count-sheet")).Not.ToContainTextAsync(new Regex(@"(?<![\w-])9(?![\w-])"));
        await Expect(page.GetByLabel($"Quantité trouvée de {reference}")).ToHaveValueAsync("");
        await page.GetByLabel($"Quantité trouvée de {reference}").FillAsync("7");
        await session.ScreenshotAsync("storekeeper-count-sheet-tablet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les comptages", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 lignes comptées.");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Inventaires", Exact = true }).ClickAsync();
        await page.GetByTestId("counts").GetByRole(AriaRole.Row).Filter(new() { HasText = zone }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId($"variance-{reference}")).ToHaveTextAsync("-2");
        await Expect(page.GetByTestId("variance-loss")).ToHaveTextAsync("-24,00 €");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider l'inventaire", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("L'inventaire est validé");
        await Expect(page.GetByTestId("count-status")).ToHaveTextAsync("Validé");
        var onHand = await AsCityAsync((_, db) => db.Set<Balance>().Where(b => b.StoreId == store && b.ItemId == item).Select(b => b.Quantity).SingleAsync());
        Assert.Equal(7m, onHand);
        session.AssertNoConsoleErrors();
    }
}
