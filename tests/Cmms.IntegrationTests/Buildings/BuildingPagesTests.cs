using System.Net;
using Cmms.Buildings.Buildings;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cmms.IntegrationTests.Buildings.BuildingsArrange;

namespace Cmms.IntegrationTests.Buildings;

/// <summary>The building register's pages: list and filters, a building's page, its form (geometry, ERP, concurrency), levels and rooms, referents' scope.</summary>
public sealed class BuildingPagesTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_list_searches_without_accents_and_filters_by_site_and_erp(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);

        var search = Table((await manager.GetPageAsync("/buildings?q=ecole+jules+ferry")).Html, "buildings");
        Assert.Contains("École Jules-Ferry — bâtiment principal", search, StringComparison.Ordinal);
        Assert.Contains("École Jules-Ferry — préau et restaurant", search, StringComparison.Ordinal);
        Assert.DoesNotContain("Hôtel de ville</a>", search, StringComparison.Ordinal);

        var notErp = Table((await manager.GetPageAsync("/buildings?erp=none")).Html, "buildings");
        Assert.Contains("Centre technique — ateliers", notErp, StringComparison.Ordinal);
        Assert.DoesNotContain("Médiathèque Louise-Michel", notErp, StringComparison.Ordinal);

        var third = Table((await manager.GetPageAsync("/buildings?erp=3")).Html, "buildings");
        Assert.Contains(">Salle des fêtes</a>", third, StringComparison.Ordinal);
        Assert.DoesNotContain("Crèche Les P&#x27;tits Loups", third, StringComparison.Ordinal);

        var townHall = await BuildingAsync(app, "HDV-A");
        var bySite = Table((await manager.GetPageAsync($"/buildings?site={townHall.SiteId}")).Html, "buildings");
        Assert.Contains("Hôtel de ville — annexe administrative", bySite, StringComparison.Ordinal);
        Assert.DoesNotContain("Salle des fêtes", bySite, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_buildings_page_shows_its_tree_its_erp_its_referents_its_position_and_its_work(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var townHall = await BuildingAsync(app, "HDV-A");

        var (response, html) = await manager.GetPageAsync($"/buildings/{townHall.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("W — administrations, banques, bureaux", html, StringComparison.Ordinal);
        Assert.Contains("3e catégorie", html, StringComparison.Ordinal);
        Assert.Contains("1er groupe", html, StringComparison.Ordinal);
        Assert.Contains("Thomas Girard", html, StringComparison.Ordinal); // the town hall's referent
        Assert.Contains("Sous-sol", html, StringComparison.Ordinal);
        Assert.Contains("Salle du conseil municipal", html, StringComparison.Ordinal);
        Assert.Contains("Chaufferie", html, StringComparison.Ordinal);
        Assert.Contains("Ascenseur", html, StringComparison.Ordinal);
        Assert.Contains($"/map?focus=buildings:{townHall.Id}", html, StringComparison.Ordinal);
        Assert.Contains("asset-work-title", html, StringComparison.Ordinal);
        Assert.Contains($"/requests/new?asset=buildings%3A{townHall.Id}", html, StringComparison.Ordinal);
        Assert.Contains("mesurée sur l&#x27;emprise", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_building_created_with_a_drawn_footprint_has_its_surface_measured(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var site = (await BuildingAsync(app, "GYM-COUBERTIN-A")).SiteId;
        await manager.GetPageAsync("/buildings/new");

        var response = await manager.PostFormAsync("/buildings/new", new()
        {
            ["SiteId"] = site.ToString(), ["Code"] = $"gym-test-{provider}".ToLowerInvariant(), ["Name"] = "Local de rangement du gymnase",
            ["Geometry"] = Footprint, ["Surface"] = "5", ["YearBuilt"] = "2024", ["ErpType"] = "", ["ErpCategory"] = "", ["Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await BuildingAsync(app, $"GYM-TEST-{provider}".ToUpperInvariant());
        Assert.InRange(created.SurfaceSquareMetres!.Value, 1_250, 1_300); // 38 m × 33 m, not the 5 m² typed
        Assert.True(created.HasFootprint);
        Assert.Equal((4.4300, 46.8100, 4.4305, 46.8103), (created.MinLon, created.MinLat, created.MaxLon, created.MaxLat));
        var (_, page) = await manager.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("Local de rangement du gymnase", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_building_without_geometry_stands_at_its_sites_position(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var site = (await BuildingAsync(app, "SDF-A")).SiteId;
        await manager.GetPageAsync("/buildings/new");

        var response = await manager.PostFormAsync("/buildings/new", new()
        {
            ["SiteId"] = site.ToString(), ["Code"] = $"SDF-KIOSQUE-{provider}".ToUpperInvariant(), ["Name"] = "Kiosque de la salle des fêtes", ["Geometry"] = "",
            ["Surface"] = "24", ["ErpType"] = "PA", ["ErpCategory"] = "5", ["Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await BuildingAsync(app, $"SDF-KIOSQUE-{provider}".ToUpperInvariant());
        Assert.False(created.HasFootprint);
        Assert.Equal((46.79968, 4.42617), (created.MinLat, created.MinLon));
        Assert.Equal(24, created.SurfaceSquareMetres);
        Assert.Equal(ErpType.PA, created.ErpType);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Invalid_geometries_are_refused_with_their_reason_and_nothing_is_written(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var site = (await BuildingAsync(app, "HDV-A")).SiteId;
        await manager.GetPageAsync("/buildings/new");
        (string Geometry, string Reason)[] cases =
        [
            (BowTie, "La forme se recoupe elle-même"),
            ("""{"type":"Point","coordinates":[4.43,96.8]}""", "Une coordonnée est hors limites"),
            ("""{"type":"LineString","coordinates":[[4.43,46.8],[4.431,46.801]]}""", "La géométrie n&#x27;est pas du type attendu"),
            ("""{"type":"Polygon","coordinates":[[[4.43,46.70],[4.44,46.70],[4.44,46.80],[4.43,46.80],[4.43,46.70]]]}""", "trop grande pour cette couche"),
            ("une école", "Ce n&#x27;est pas une géométrie GeoJSON"),
        ];

        foreach (var (geometry, reason) in cases)
        {
            var (response, html) = await manager.SubmitAsync("/buildings/new", new()
            {
                ["SiteId"] = site.ToString(), ["Code"] = "HDV-REFUSE", ["Name"] = "Bâtiment refusé", ["Geometry"] = geometry, ["Version"] = "0",
            });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(reason, html, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"form-errors\"", html, StringComparison.Ordinal);
        }

        var written = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Building>().IgnoreQueryFilters().AnyAsync(b => b.Code == "HDV-REFUSE"));
        Assert.False(written);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_incoherent_erp_classification_is_refused_on_its_field(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var site = (await BuildingAsync(app, "HDV-A")).SiteId;
        await manager.GetPageAsync("/buildings/new");

        var (_, onlyType) = await manager.SubmitAsync("/buildings/new", new()
        {
            ["SiteId"] = site.ToString(), ["Code"] = "HDV-ERP", ["Name"] = "Salle", ["ErpType"] = "L", ["ErpCategory"] = "", ["Version"] = "0",
        });
        var (_, wrongCategory) = await manager.SubmitAsync("/buildings/new", new()
        {
            ["SiteId"] = site.ToString(), ["Code"] = "HDV-ERP", ["Name"] = "Salle", ["ErpType"] = "L", ["ErpCategory"] = "4", ["ErpCapacity"] = "900", ["Version"] = "0",
        });

        Assert.Contains("Indiquez le type et la catégorie d&#x27;ERP, ou aucun des deux", onlyType, StringComparison.Ordinal);
        Assert.Contains("Avec 900 personnes, l&#x27;ERP est de catégorie 2.", wrongCategory, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_second_manager_saving_a_stale_building_is_told_and_keeps_their_input(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var first = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        using var second = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var building = await BuildingAsync(app, "MED-LMICHEL-A");
        var url = $"/buildings/{building.Id}/edit";
        var (_, firstForm) = await first.GetPageAsync(url);
        var (_, secondForm) = await second.GetPageAsync(url);

        var mine = BuildingForm(firstForm);
        mine["Name"] = "Médiathèque Louise-Michel (rénovée)";
        var theirs = BuildingForm(secondForm);
        theirs["YearBuilt"] = "2010";
        var (saved, _) = await first.SubmitAsync(url, mine);
        var (conflict, page) = await second.SubmitAsync(url, theirs);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("data-testid=\"conflict-notice\"", page, StringComparison.Ordinal);
        Assert.Contains("Médiathèque Louise-Michel (rénovée)", page, StringComparison.Ordinal); // theirs, shown
        Assert.Equal("2010", Field(page, "YearBuilt")); // yours, kept
        var now = await BuildingAsync(app, "MED-LMICHEL-A");
        Assert.Equal(("Médiathèque Louise-Michel (rénovée)", 2009), (now.Name, now.YearBuilt));

        // Saving again, knowingly, applies the second edit on top of the first.
        var again = BuildingForm(page);
        await second.SubmitAsync(url, again);
        Assert.Equal(2010, (await BuildingAsync(app, "MED-LMICHEL-A")).YearBuilt);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_reads_only_their_sites_buildings_and_changes_none(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var referent = await Browser.SignedInAsync(app, DemoLogins.SchoolReferent);
        var school = await BuildingAsync(app, "EC-JFERRY-A");
        var townHall = await BuildingAsync(app, "HDV-A");

        var (_, page) = await referent.GetPageAsync("/buildings");
        var list = Table(page, "buildings");
        Assert.Contains("École Jules-Ferry — bâtiment principal", list, StringComparison.Ordinal);
        Assert.Contains("Groupe scolaire du Bourg", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Hôtel de ville", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/buildings/new", page, StringComparison.Ordinal);

        var (own, ownPage) = await referent.GetPageAsync($"/buildings/{school.Id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.DoesNotContain($"/buildings/{school.Id}/edit", ownPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetPageAsync($"/buildings/{townHall.Id}")).Response.StatusCode);

        var edit = await referent.GetPageAsync($"/buildings/{school.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, edit.Response.StatusCode);
        Assert.Contains("/account/access-denied", edit.Response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var post = await referent.PostFormAsync($"/buildings/{school.Id}/edit", new() { ["Name"] = "Piraté", ["Version"] = "1" });
        Assert.Contains("/account/access-denied", post.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(school.Name, (await BuildingAsync(app, "EC-JFERRY-A")).Name);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_manager_adds_a_level_and_a_room_and_a_room_number_is_unique_on_its_level(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var building = await BuildingAsync(app, "POLICE-MUN-A");

        var (_, levelForm) = await manager.GetPageAsync($"/buildings/{building.Id}/levels/new");
        Assert.Equal("1er étage", Field(levelForm, "Name")); // the next floor up, named as usual
        var (_, afterLevel) = await manager.SubmitAsync($"/buildings/{building.Id}/levels/new", new() { ["Name"] = "1er étage", ["Elevation"] = "1", ["Version"] = "0" });
        Assert.Contains("1er étage", afterLevel, StringComparison.Ordinal);
        var (_, twice) = await manager.SubmitAsync($"/buildings/{building.Id}/levels/new", new() { ["Name"] = "Étage", ["Elevation"] = "1", ["Version"] = "0" });
        Assert.Contains("Un autre niveau de ce bâtiment est déjà à cette hauteur.", twice, StringComparison.Ordinal);

        var level = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Cmms.Buildings.Levels.Level>().IgnoreQueryFilters()
            .SingleAsync(l => l.BuildingId == building.Id && l.Elevation == 1));
        await manager.GetPageAsync($"/buildings/{building.Id}/rooms/new?level={level.Id}");
        var room = new Dictionary<string, string> { ["LevelId"] = level.Id.ToString(), ["Number"] = "101", ["Name"] = "Salle de repos", ["Area"] = "18,5", ["Use"] = "Other", ["Version"] = "0" };
        var (_, afterRoom) = await manager.SubmitAsync($"/buildings/{building.Id}/rooms/new", new(room));
        Assert.Contains("Salle de repos", afterRoom, StringComparison.Ordinal);
        var (_, duplicate) = await manager.SubmitAsync($"/buildings/{building.Id}/rooms/new", new(room) { ["Name"] = "Autre salle" });
        Assert.Contains("Une autre salle de ce niveau porte déjà ce numéro.", duplicate, StringComparison.Ordinal);

        // A level of another building is not a place for this building's room.
        var other = (await RoomAsync(app, "HDV-A", "Salle du conseil municipal")).Level;
        var (_, foreign) = await manager.SubmitAsync($"/buildings/{building.Id}/rooms/new", new(room) { ["LevelId"] = other.ToString(), ["Number"] = "999" });
        Assert.Contains("Choisissez un niveau de ce bâtiment.", foreign, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_site_of_another_organisation_is_refused_on_the_form(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var agglo = await Browser.SignedInAsync(app, DemoLogins.AggloAdmin);
        var citySite = (await BuildingAsync(app, "HDV-A")).SiteId;
        await agglo.GetPageAsync("/buildings/new");

        var (response, html) = await agglo.SubmitAsync("/buildings/new", new()
        {
            ["SiteId"] = citySite.ToString(), ["Code"] = "INTRUS", ["Name"] = "Intrus", ["Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez un site de la liste.", html, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Building>().IgnoreQueryFilters().AnyAsync(b => b.Code == "INTRUS")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_building_moved_to_another_site_takes_its_equipment_with_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var toilets = await BuildingAsync(app, "CAMPING-B");
        var park = (await BuildingAsync(app, "PARC-CHATEAU-A")).SiteId;
        var url = $"/buildings/{toilets.Id}/edit";
        var form = BuildingForm((await manager.GetPageAsync(url)).Html);
        form["SiteId"] = park.ToString();

        var (response, _) = await manager.SubmitAsync(url, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(park, (await BuildingAsync(app, "CAMPING-B")).SiteId);
        var sites = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Cmms.Buildings.Equipment.EquipmentItem>().IgnoreQueryFilters()
            .Where(e => e.BuildingId == toilets.Id).Select(e => e.SiteId).Distinct().ToListAsync());
        Assert.Equal([park], sites);
    }
}
