using System.Net;
using Cmms.Buildings.Equipment;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cmms.IntegrationTests.Buildings.BuildingsArrange;

namespace Cmms.IntegrationTests.Buildings;

/// <summary>Equipment pages: the list and its filters, recording a piece, moving it, retiring it, and the history that keeps all of it.</summary>
public sealed class EquipmentPagesTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_list_filters_by_kind_regulatory_category_site_and_text(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var agent = await Browser.SignedInAsync(app, DemoLogins.Agent);
        var townHall = await BuildingAsync(app, "HDV-A");

        var lifts = Table((await agent.GetPageAsync("/equipment?kind=Lift")).Html, "equipment");
        Assert.Contains(">Ascenseur</a>", lifts, StringComparison.Ordinal);
        Assert.DoesNotContain("Extincteur", lifts, StringComparison.Ordinal);

        var playgrounds = Table((await agent.GetPageAsync("/equipment?category=Playground&q=toboggan")).Html, "equipment");
        Assert.Contains("Toboggan — cour de jeux", playgrounds, StringComparison.Ordinal);
        Assert.DoesNotContain("Structure multi-activités", playgrounds, StringComparison.Ordinal);

        var atTownHall = Table((await agent.GetPageAsync($"/equipment?site={townHall.SiteId}&kind=Boiler")).Html, "equipment");
        Assert.Contains("Hôtel de ville", atTownHall, StringComparison.Ordinal);
        Assert.DoesNotContain("École", atTownHall, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Equipment_recorded_moved_and_retired_keeps_its_whole_history(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var school = await BuildingAsync(app, "EC-VHUGO-A");
        var (level, classroom) = await RoomAsync(app, "EC-VHUGO-A", "Classe 4");

        // Recorded in a classroom, placed on the map.
        var (_, form) = await manager.GetPageAsync($"/equipment/new?building={school.Id}");
        Assert.Contains("Classe 4", form, StringComparison.Ordinal);
        var created = await manager.PostFormAsync("/equipment/new", new()
        {
            ["BuildingId"] = school.Id.ToString(), ["RoomId"] = classroom.ToString(), ["Kind"] = "Extinguisher", ["Name"] = $"Extincteur test {provider}",
            ["Brand"] = "Sicli", ["Model"] = "EP 6 L", ["SerialNumber"] = $"SIC-TEST-{provider}", ["InstalledOn"] = "2025-09-01", ["RegulatoryCategory"] = "",
            ["Position"] = """{"type":"Point","coordinates":[4.43562,46.79241]}""", ["Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.ToString();
        var id = Guid.Parse(url.Split('/')[^1]);
        var item = await EquipmentAsync(app, id);
        Assert.Equal((level, classroom, RegulatoryCategory.Extinguishers), (item.LevelId!.Value, item.RoomId!.Value, item.RegulatoryCategory));
        Assert.Equal(46.79241, item.MinLat);

        // Moved to the gymnasium: the place changes, the position in the school is dropped, the move is in the history.
        var gym = await BuildingAsync(app, "GYM-JMACE-A");
        var (_, moveForm) = await manager.GetPageAsync($"/equipment/{id}/move?building={gym.Id}");
        var moved = await manager.PostFormAsync($"/equipment/{id}/move", new()
        {
            ["BuildingId"] = gym.Id.ToString(), ["LevelId"] = "", ["RoomId"] = "", ["On"] = "2025-10-15", ["Reason"] = "Prêté pour le tournoi", ["Version"] = Field(moveForm, "Version"),
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        item = await EquipmentAsync(app, id);
        Assert.Equal((gym.Id, gym.SiteId, (Guid?)null), (item.BuildingId, item.SiteId, item.LevelId));
        Assert.Null(item.Position);

        // Retired, for a reason, on a day: still there, and no longer movable.
        var (_, retireForm) = await manager.GetPageAsync($"/equipment/{id}/retire");
        var retired = await manager.PostFormAsync($"/equipment/{id}/retire", new() { ["On"] = "2025-11-02", ["Reason"] = "Percuté, hors d'usage", ["Version"] = Field(retireForm, "Version") });
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);

        var (_, page) = await manager.GetPageAsync(url);
        Assert.Contains("data-testid=\"retired\"", page, StringComparison.Ordinal);
        Assert.Contains("Percuté, hors d&#x27;usage", page, StringComparison.Ordinal);
        Assert.Contains("Installé", page, StringComparison.Ordinal);
        Assert.Contains("De École Victor-Hugo — 1er étage — 101 Classe 4 vers Gymnase Jean-Macé", page, StringComparison.Ordinal);
        Assert.Contains("Prêté pour le tournoi", page, StringComparison.Ordinal);
        Assert.Contains("asset-work-title", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/equipment/{id}/move\"", page, StringComparison.Ordinal);

        var (_, refused) = await manager.SubmitAsync($"/equipment/{id}/move", new()
        {
            ["BuildingId"] = school.Id.ToString(), ["On"] = "2025-11-03", ["Reason"] = "Retour", ["Version"] = (item.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Contains("Un équipement réformé ne peut pas être déplacé.", refused, StringComparison.Ordinal);
        var events = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<EquipmentEvent>().IgnoreQueryFilters()
            .Where(e => e.EquipmentId == id).OrderBy(e => e.On).Select(e => e.Kind).ToListAsync());
        Assert.Equal([EquipmentEventKind.Installed, EquipmentEventKind.Moved, EquipmentEventKind.Retired], events);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_move_to_a_room_of_another_building_or_to_the_same_place_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var boiler = await EquipmentOfAsync(app, "EC-MCURIE-A", EquipmentKind.Boiler);
        var elsewhere = (await RoomAsync(app, "HDV-A", "Salle du conseil municipal")).Room;
        var (_, form) = await manager.GetPageAsync($"/equipment/{boiler.Id}/move");
        var version = Field(form, "Version");

        var (_, foreignRoom) = await manager.SubmitAsync($"/equipment/{boiler.Id}/move", new()
        {
            ["BuildingId"] = boiler.BuildingId.ToString(), ["RoomId"] = elsewhere.ToString(), ["On"] = "2025-10-01", ["Reason"] = "Test", ["Version"] = version,
        });
        var (_, samePlace) = await manager.SubmitAsync($"/equipment/{boiler.Id}/move", new()
        {
            ["BuildingId"] = boiler.BuildingId.ToString(), ["LevelId"] = boiler.LevelId?.ToString() ?? "", ["RoomId"] = boiler.RoomId?.ToString() ?? "",
            ["On"] = "2025-10-01", ["Reason"] = "Test", ["Version"] = version,
        });

        Assert.Contains("Choisissez une salle du bâtiment choisi.", foreignRoom, StringComparison.Ordinal);
        Assert.Contains("L&#x27;équipement s&#x27;y trouve déjà", samePlace, StringComparison.Ordinal);
        Assert.Equal(boiler.Place, (await EquipmentAsync(app, boiler.Id)).Place);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_edit_records_which_fields_changed_and_why_and_a_stale_edit_is_told(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var first = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        using var second = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var lift = await EquipmentOfAsync(app, "HDV-A", EquipmentKind.Lift);
        var url = $"/equipment/{lift.Id}/edit";
        var (_, mine) = await first.GetPageAsync(url);
        var (_, theirs) = await second.GetPageAsync(url);

        Dictionary<string, string> Edit(string html, string model, string reason) => new()
        {
            ["Kind"] = "Lift", ["Name"] = Field(html, "Name"), ["Brand"] = Field(html, "Brand"), ["Model"] = model, ["SerialNumber"] = Field(html, "SerialNumber"),
            ["InstalledOn"] = Field(html, "InstalledOn"), ["RegulatoryCategory"] = "Lifts", ["Position"] = TextArea(html, "Position"), ["Notes"] = "",
            ["Reason"] = reason, ["Version"] = Field(html, "Version"),
        };

        var (_, saved) = await first.SubmitAsync(url, Edit(mine, "Gen2 Life", "Modernisation de la cabine"));
        var (_, conflict) = await second.SubmitAsync(url, Edit(theirs, "Gen3", "Erreur de saisie"));

        Assert.Contains("Modifié : Modèle", saved, StringComparison.Ordinal);
        Assert.Contains("Modernisation de la cabine", saved, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"conflict-notice\"", conflict, StringComparison.Ordinal);
        Assert.Equal("Gen3", Field(conflict, "Model"));
        Assert.Equal("Gen2 Life", (await EquipmentAsync(app, lift.Id)).Model);
        var edits = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<EquipmentEvent>().IgnoreQueryFilters()
            .CountAsync(e => e.EquipmentId == lift.Id && e.Kind == EquipmentEventKind.Edited));
        Assert.Equal(1, edits);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_sees_their_sites_equipment_only_and_a_building_of_another_organisation_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var referent = await Browser.SignedInAsync(app, DemoLogins.NurseryReferent);
        var nurseryBoiler = await EquipmentOfAsync(app, "CRE-PTITSLOUPS-A", EquipmentKind.Boiler);
        var townHallBoiler = await EquipmentOfAsync(app, "HDV-A", EquipmentKind.Boiler);

        var list = Table((await referent.GetPageAsync("/equipment?kind=Boiler")).Html, "equipment");
        Assert.Contains("Crèche Les P&#x27;tits Loups", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Hôtel de ville", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await referent.GetPageAsync($"/equipment/{nurseryBoiler.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetPageAsync($"/equipment/{townHallBoiler.Id}")).Response.StatusCode);

        using var agglo = await Browser.SignedInAsync(app, DemoLogins.AggloAdmin);
        await agglo.GetPageAsync("/equipment/new");
        var (response, html) = await agglo.SubmitAsync("/equipment/new", new()
        {
            ["BuildingId"] = townHallBoiler.BuildingId.ToString(), ["Kind"] = "Boiler", ["Name"] = "Intrus", ["Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez un bâtiment de la liste.", html, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<EquipmentItem>().IgnoreQueryFilters().AnyAsync(e => e.Name == "Intrus")));
    }
}
