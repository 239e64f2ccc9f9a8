using Cmms.Buildings.Buildings;
using Cmms.Buildings.Equipment;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cmms.IntegrationTests.Buildings.BuildingsArrange;

namespace Cmms.IntegrationTests.Buildings;

/// <summary>What the rest of the app reads of the building register: the asset catalog, the map's layers, the register imports.</summary>
public sealed class CatalogLayerImportTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static readonly string[] Manager = [Roles.ServiceManager];

    private static Task<T> AsManagerAsync<T>(CmmsFactory app, Func<IServiceProvider, Task<T>> work) =>
        AsAsync(app, DemoIds.City, DemoLogins.BuildingsManager, Manager, work);

    private static IAssetCatalog Catalog(IServiceProvider sp) => sp.GetServices<IAssetCatalog>().Single(c => c.ModuleName == "buildings");

    private static IFeatureLayer Layer(IServiceProvider sp, string id) => sp.GetServices<IFeatureLayer>().Single(l => l.Id == id);

    private static IRegisterImport Import(IServiceProvider sp, string id) => sp.GetServices<IRegisterImport>().Single(i => i.Id == id);

    private static ImportRow Row(int line, NetTopologySuite.Geometries.Geometry? geometry, params (string Field, string? Value)[] values) =>
        new(line, geometry, values.ToDictionary(v => v.Field, v => v.Value));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_catalog_finds_a_building_and_a_piece_of_equipment_by_text_and_either_by_id(DatabaseProvider provider)
    {
        var app = apps[provider];
        var library = await BuildingAsync(app, "MED-LMICHEL-A");
        var lift = await EquipmentOfAsync(app, "MED-LMICHEL-A", EquipmentKind.Lift);

        var (buildings, equipment, foundBuilding, foundEquipment) = await AsManagerAsync(app, async sp =>
        {
            var catalog = Catalog(sp);
            return (
                await catalog.SearchAsync("mediatheque louise", null, 10, CancellationToken.None),
                await catalog.SearchAsync(lift.SerialNumber!.ToLowerInvariant(), null, 10, CancellationToken.None),
                await catalog.FindAsync(library.Id, CancellationToken.None),
                await catalog.FindAsync(lift.Id, CancellationToken.None));
        });

        var building = Assert.Single(buildings);
        Assert.Equal((new AssetRef("buildings", library.Id), "Médiathèque Louise-Michel", "Bâtiment", library.SiteId), (building.Ref, building.Label, building.Kind, building.SiteId));
        Assert.Equal($"/buildings/{library.Id}", building.PageUrl);
        Assert.True(library.Geometry.Contains(Wgs84.Point(building.Longitude!.Value, building.Latitude!.Value)));
        var piece = Assert.Single(equipment);
        Assert.Equal(("Ascenseur — Médiathèque Louise-Michel", "Ascenseur", $"/equipment/{lift.Id}"), (piece.Label, piece.Kind, piece.PageUrl));
        Assert.Equal(building, foundBuilding);
        Assert.Equal(piece, foundEquipment);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_finds_only_their_sites_assets_and_retired_equipment_is_found_by_id_but_not_offered(DatabaseProvider provider)
    {
        var app = apps[provider];
        var townHall = await BuildingAsync(app, "HDV-A");
        var retired = await app.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<EquipmentItem>().IgnoreQueryFilters().AsNoTracking()
            .FirstAsync(e => e.Status == EquipmentStatus.Retired && e.OrganisationId == townHall.OrganisationId));

        var (schools, townHallFound) = await AsAsync(app, DemoIds.City, DemoLogins.SchoolReferent, [Roles.Referent], async sp =>
            (await Catalog(sp).SearchAsync(null, null, 500, CancellationToken.None), await Catalog(sp).FindAsync(townHall.Id, CancellationToken.None)));
        var theirs = new[] { "EC-JFERRY-A", "EM-TILLEULS-A", "EC-MCURIE-A", "GS-BOURG-A" };
        var sites = new HashSet<Guid>();
        foreach (var code in theirs)
        {
            sites.Add((await BuildingAsync(app, code)).SiteId);
        }

        Assert.True(schools.Count > 50);
        Assert.All(schools, a => Assert.Contains(a.SiteId!.Value, sites));
        Assert.Null(townHallFound);

        var (offered, found) = await AsManagerAsync(app, async sp =>
            (await Catalog(sp).SearchAsync(retired.Name, retired.SiteId, 500, CancellationToken.None), await Catalog(sp).FindAsync(retired.Id, CancellationToken.None)));
        Assert.DoesNotContain(offered, a => a.Ref.Id == retired.Id);
        Assert.NotNull(found);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_layers_answer_a_window_with_the_features_in_it_only_and_page_through_them(DatabaseProvider provider)
    {
        var app = apps[provider];
        var school = await BuildingAsync(app, "EC-JFERRY-A");
        var box = GeoBox.Of(school.Geometry);
        var window = new GeoBox(box.MinLon - 0.0004, box.MinLat - 0.0004, box.MaxLon + 0.0004, box.MaxLat + 0.0004);

        var (page, all, extent, playground, exported) = await AsManagerAsync(app, async sp =>
        {
            var buildings = Layer(sp, "buildings");
            var equipment = Layer(sp, "equipment");
            var streamed = new List<Feature>();
            await foreach (var f in buildings.StreamAsync(null, CancellationToken.None))
            {
                streamed.Add(f);
            }

            return (
                await buildings.QueryAsync(new FeatureQuery(window, 0, 10, Count: true), CancellationToken.None),
                await buildings.QueryAsync(new FeatureQuery(null, 0, 1000, Count: true), CancellationToken.None),
                await buildings.ExtentAsync(CancellationToken.None),
                await equipment.QueryAsync(new FeatureQuery(new GeoBox(window.MinLon, window.MinLat - 0.001, window.MaxLon, window.MaxLat), 0, 100, Count: true), CancellationToken.None),
                streamed);
        });

        Assert.Contains(page.Features, f => f.Id == school.Id);
        Assert.All(page.Features, f => Assert.True(f.Geometry.Intersects(window.ToPolygon())));
        Assert.Equal(page.Features.Count, page.NumberMatched);
        Assert.DoesNotContain(page.Features, f => (string?)f.Properties["code"] == "HDV-A");
        var feature = page.Features.Single(f => f.Id == school.Id);
        Assert.Equal(("École Jules-Ferry — bâtiment principal", $"/buildings/{school.Id}", "R", 4L), (feature.Label, feature.PageUrl, feature.Properties["erpType"], feature.Properties["erpCategory"]));

        Assert.True(all.NumberMatched >= 42); // the city's 42 (and any a test of this class added), none of the agglomeration's
        Assert.DoesNotContain(all.Features, f => ((string)f.Properties["code"]!).StartsWith("SIEGE", StringComparison.Ordinal));
        Assert.Equal(all.NumberMatched, all.Features.Count);
        Assert.Equal(all.Features.Select(f => f.Id), exported.Select(f => f.Id));
        Assert.True(extent!.Value.Intersects(window));
        Assert.NotEmpty(playground.Features);
        Assert.All(playground.Features, f => Assert.IsType<NetTopologySuite.Geometries.Point>(f.Geometry));
        Assert.Contains(playground.Features, f => (string?)f.Properties["regulatoryCategory"] == "playground");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_window_query_pages_in_id_order_with_every_feature_once(DatabaseProvider provider)
    {
        var app = apps[provider];
        var town = new GeoBox(4.40, 46.78, 4.46, 46.82);

        var pages = await AsManagerAsync(app, async sp =>
        {
            var layer = Layer(sp, "buildings");
            var read = new List<FeaturePage>();
            for (var offset = 0; offset < 60; offset += 7)
            {
                read.Add(await layer.QueryAsync(new FeatureQuery(town, offset, 7, Count: true), CancellationToken.None));
            }

            return read;
        });

        var ids = pages.SelectMany(p => p.Features).Select(f => f.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(pages[0].NumberMatched, ids.Count);
        Assert.True(ids.Count > 30);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_building_import_lists_every_bad_row_and_writes_every_row_or_none(DatabaseProvider provider)
    {
        var app = apps[provider];
        var footprint = (await BuildingAsync(app, "HDV-A")).Geometry.Copy();
        footprint.Apply(new Shift(0.01));
        var bowTie = Wgs84.Factory.CreatePolygon([new(4.43, 46.81), new(4.431, 46.811), new(4.431, 46.81), new(4.43, 46.811), new(4.43, 46.81)]);
        ImportRow[] rows =
        [
            Row(2, footprint, ("code", "IMP-1"), ("name", "Ancienne poste"), ("site", "HDV"), ("surfaceM2", "412,5"), ("yearBuilt", "1911"), ("erpType", "W"), ("erpCategory", "5")),
            Row(3, null, ("code", "IMP-2"), ("name", "Vestiaires du stade"), ("site", "Stade Léo-Lagrange")),
            Row(4, bowTie, ("code", "IMP-3"), ("name", "Forme croisée"), ("site", "HDV")),
            Row(5, null, ("code", "IMP-1"), ("name", "Doublon"), ("site", "HDV")),
            Row(6, null, ("code", "IMP-5"), ("name", "Nulle part"), ("site", "INCONNU")),
            Row(7, null, ("code", "IMP-6"), ("name", "Année"), ("site", "HDV"), ("yearBuilt", "mil neuf cent")),
        ];

        var (rejections, refusedImport, afterRefusal) = await AsManagerAsync(app, async sp =>
        {
            var import = Import(sp, "buildings");
            var checks = await import.CheckAsync(rows, CancellationToken.None);
            var refused = await Record.ExceptionAsync(() => import.ImportAsync(rows, new Progress<int>(), CancellationToken.None));
            return (checks, refused, await sp.GetRequiredService<DbContext>().Set<Building>().CountAsync(b => b.Code.StartsWith("IMP-")));
        });

        Assert.Equal([4, 5, 6, 7], rejections.Select(r => r.Line));
        Assert.Contains("La forme se recoupe elle-même", rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Un autre bâtiment porte déjà ce code.", rejections[1].Reason, StringComparison.Ordinal);
        Assert.Contains("Site inconnu", rejections[2].Reason, StringComparison.Ordinal);
        Assert.Contains("Année de construction n'est pas un nombre entier.", rejections[3].Reason, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(refusedImport);
        Assert.Equal(0, afterRefusal);

        var progress = new List<int>();
        var imported = await AsManagerAsync(app, sp => Import(sp, "buildings").ImportAsync(rows[..2], new SyncProgress(progress), CancellationToken.None));
        Assert.Equal(2, imported);
        Assert.Equal(2, progress[^1]);
        var post = await BuildingAsync(app, "IMP-1");
        Assert.Equal((true, 1911, ErpType.W), (post.HasFootprint, post.YearBuilt, post.ErpType));
        var stadium = await BuildingAsync(app, "IMP-2");
        Assert.False(stadium.HasFootprint); // placed at its site's position
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_equipment_import_places_each_piece_by_building_level_and_room_and_records_its_installation(DatabaseProvider provider)
    {
        var app = apps[provider];
        ImportRow[] rows =
        [
            Row(2, Wgs84.Point(4.4296, 46.8003), ("building", "hdv-a"), ("kind", "Extincteur"), ("name", "Extincteur poudre 9 kg"), ("level", "Rez-de-chaussée"), ("room", "R04"),
                ("brand", "Sicli"), ("installedOn", "15/03/2024")),
            Row(3, null, ("building", "HDV-A"), ("kind", "Boiler"), ("name", "Chaudière d'appoint"), ("level", "1"), ("regulatoryCategory", "heating-ventilation")),
            Row(4, null, ("building", "NULLE-PART"), ("kind", "Lift"), ("name", "Ascenseur")),
            Row(5, null, ("building", "HDV-A"), ("kind", "Fusée"), ("name", "Inconnu")),
            Row(6, Wgs84.Factory.CreateLineString([new(4.43, 46.8), new(4.44, 46.81)]), ("building", "HDV-A"), ("kind", "Lift"), ("name", "Ligne")),
            Row(7, null, ("building", "HDV-A"), ("kind", "Lift"), ("name", "Plus tard"), ("installedOn", "2099-01-01")),
        ];

        var (rejections, imported) = await AsManagerAsync(app, async sp =>
        {
            var import = Import(sp, "equipment");
            var checks = await import.CheckAsync(rows, CancellationToken.None);
            return (checks, await import.ImportAsync(rows[..2], new Progress<int>(), CancellationToken.None));
        });

        Assert.Equal([4, 5, 6, 7], rejections.Select(r => r.Line));
        Assert.Contains("Bâtiment inconnu", rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Type d'équipement inconnu", rejections[1].Reason, StringComparison.Ordinal);
        Assert.Contains("La géométrie n'est pas du type attendu", rejections[2].Reason, StringComparison.Ordinal);
        Assert.Contains("ne peut pas être dans le futur", rejections[3].Reason, StringComparison.Ordinal);
        Assert.Equal(2, imported);

        var (powder, history) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            var item = await db.Set<EquipmentItem>().IgnoreQueryFilters().SingleAsync(e => e.Name == "Extincteur poudre 9 kg");
            return (item, await db.Set<EquipmentEvent>().IgnoreQueryFilters().Where(e => e.EquipmentId == item.Id).ToListAsync());
        });
        var (_, room) = await RoomAsync(app, "HDV-A", "Salle des mariages");
        Assert.Equal((room, new DateOnly(2024, 3, 15), RegulatoryCategory.Extinguishers), (powder.RoomId!.Value, powder.InstalledOn!.Value, powder.RegulatoryCategory));
        Assert.NotNull(powder.Position);
        var installed = Assert.Single(history);
        Assert.Equal(EquipmentEventKind.Installed, installed.Kind);
        Assert.Contains("Salle des mariages", installed.To, StringComparison.Ordinal);
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool, too late for an assertion).</summary>
    private sealed class SyncProgress(List<int> seen) : IProgress<int>
    {
        public void Report(int value) => seen.Add(value);
    }

    private sealed class Shift(double degrees) : NetTopologySuite.Geometries.IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(NetTopologySuite.Geometries.CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetY(i, seq.GetY(i) + degrees);
            }
        }
    }
}
