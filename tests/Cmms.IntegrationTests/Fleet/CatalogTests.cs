using System.Net;
using System.Text.Json;
using Cmms.Database;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Fleet.Catalog;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Cmms.Works.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.IntegrationTests.Fleet;

/// <summary>The kernel contracts Fleet answers: the asset catalog, the meters for preventive plans, the register's import.</summary>
public sealed class CatalogTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    /// <summary>A person's scope, without a request: the whole organisation, or a referent's sites.</summary>
    private sealed class FixedScope(UserScope scope) : IUserScopeProvider
    {
        public Task<UserScope> GetAsync(ICurrentUser user, CancellationToken cancellationToken) => Task.FromResult(scope);
    }

    private static Task<T> WithCatalogAsync<T>(CmmsFactory app, UserScope scope, Func<IAssetCatalog, Task<T>> work) =>
        FleetArrange.AsAsync(app, DemoIds.City, (sp, db) => work(new VehicleCatalog(
            db, new FixedScope(scope), sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<IStringLocalizer<Cmms.Fleet.Text>>())));

    private static readonly UserScope Everything = new(true, new HashSet<Guid>(), true, new HashSet<Guid>());

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_catalog_finds_vehicles_by_plate_fleet_number_and_label(DatabaseProvider provider)
    {
        var app = apps[provider];
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        var grue = await FleetArrange.VehicleAsync(app, "V-012");
        var typedPlate = grue.Registration!.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var hdv = await Works.ManagerArrange.SiteAsync(app, "HDV");

        var byPlate = await WithCatalogAsync(app, Everything, c => c.SearchAsync(typedPlate, null, 10, CancellationToken.None));
        var byLabel = await WithCatalogAsync(app, Everything, c => c.SearchAsync("kangoo", null, 10, CancellationToken.None));
        var byNumber = await WithCatalogAsync(app, Everything, c => c.SearchAsync("V-02", null, 50, CancellationToken.None));
        var atTownHall = await WithCatalogAsync(app, Everything, c => c.SearchAsync(null, hdv, 50, CancellationToken.None));
        var referent = await WithCatalogAsync(app, new UserScope(false, new HashSet<Guid>(), false, new HashSet<Guid> { hdv }), c => c.SearchAsync(null, null, 50, CancellationToken.None));
        var found = await WithCatalogAsync(app, Everything, c => c.FindAsync(grue.Id, CancellationToken.None));
        var within = await WithCatalogAsync(app, Everything, c => c.WithinAsync(new GeoBox(4.3, 46.7, 4.6, 46.9), 100, CancellationToken.None));

        var match = Assert.Single(byPlate);
        Assert.Equal(new AssetRef("fleet", grue.Id), match.Ref);
        Assert.Equal($"V-012 · Renault Trucks D camion grue ({grue.Registration})", match.Label);
        Assert.Equal("Poids lourd", match.Kind);
        Assert.Equal($"/fleet/vehicles/{grue.Id}", match.PageUrl);
        Assert.Equal(["V-001", "V-002", "V-003"], byLabel.Select(s => s.Label[..5]));
        Assert.Equal(10, byNumber.Count);
        Assert.Empty(atTownHall);
        Assert.Empty(referent);
        Assert.Equal(match, found);
        Assert.Empty(within);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_request_can_target_a_vehicle_through_the_catalog(DatabaseProvider provider)
    {
        var app = apps[provider];
        var berlingo = await FleetArrange.VehicleAsync(app, "V-005");
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.CityDemoApiKey);

        var response = await client.PostAsJsonAsync("/api/v1/requests", new
        {
            siteId = berlingo.SiteId, category = "Vehicles", urgency = "Normal", title = "Rétroviseur cassé", description = "Rétroviseur droit arraché en manœuvre.",
            assetRef = $"fleet:{berlingo.Id}", requesterName = "Chef d'équipe signalisation",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var request = await FleetArrange.AsAsync(app, DemoIds.City, (_, db) => db.Set<InterventionRequest>().AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(("fleet", berlingo.Id), (request.AssetModule, request.AssetId));
        Assert.StartsWith("V-005 · Citroën Berlingo", request.AssetLabel, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_meters_contract_gives_lifetimes_that_bridge_a_replacement(DatabaseProvider provider)
    {
        var app = apps[provider];
        var kangoo = await FleetArrange.VehicleAsync(app, "V-001");
        var sweeper = await FleetArrange.VehicleAsync(app, "V-019");
        var plateau = await FleetArrange.VehicleAsync(app, "V-009");

        var latest = await FleetArrange.AsAsync(app, DemoIds.City, (sp, _) => sp.GetRequiredService<IAssetMeters>().LatestAsync(
            [new AssetRef("fleet", kangoo.Id), new AssetRef("fleet", sweeper.Id), new AssetRef("buildings", kangoo.Id)], CancellationToken.None));
        var replacement = await FleetArrange.AsAsync(app, DemoIds.City, (_, db) =>
            db.Set<MeterReading>().AsNoTracking().SingleAsync(r => r.VehicleId == plateau.Id && r.IsReplacement));
        var day = DateOnly.FromDateTime(Cmms.Kernel.Time.ParisTime.FromUtc(replacement.ReadAtUtc));
        var (before, after) = await FleetArrange.AsAsync(app, DemoIds.City, async (sp, _) =>
        {
            var meters = sp.GetRequiredService<IAssetMeters>();
            return (await meters.ReadingOnAsync(new AssetRef("fleet", plateau.Id), "km", day.AddDays(-5), CancellationToken.None),
                await meters.ReadingOnAsync(new AssetRef("fleet", plateau.Id), "km", day.AddDays(30), CancellationToken.None));
        });

        Assert.Equal(2, latest.Count);
        Assert.Equal(("km", "km", Units.Main(kangoo.Meters)!.LastLifetime), (latest.Single(m => m.Asset.Id == kangoo.Id).Kind, latest.Single(m => m.Asset.Id == kangoo.Id).Unit, latest.Single(m => m.Asset.Id == kangoo.Id).Value));
        Assert.Equal(("engine_hours", "h"), (latest.Single(m => m.Asset.Id == sweeper.Id).Kind, latest.Single(m => m.Asset.Id == sweeper.Id).Unit));

        // The new odometer started at 0: the contract still reads on from the old one's lifetime.
        Assert.True(before!.Value < replacement.Lifetime);
        Assert.True(after!.Value > replacement.Lifetime);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_import_lists_every_refused_row_and_writes_all_rows_or_none(DatabaseProvider provider)
    {
        var app = apps[provider];
        static ImportRow Row(int line, params (string Field, string? Value)[] values) =>
            new(line, null, values.ToDictionary(v => v.Field, v => v.Value));
        ImportRow Good(int line, string number, string plate) => Row(line,
            ("internalNumber", number), ("label", "Renault Trafic — cimetière"), ("category", "Fourgon / utilitaire"), ("registration", plate),
            ("vin", "VF1FL000012345678".Remove(14) + line.ToString("000", System.Globalization.CultureInfo.InvariantCulture)), ("service", "Service Espaces verts"),
            ("site", "ctm"), ("fuel", "gazole"), ("acquiredOn", "15/03/2022"), ("acquisitionCost", "24 300,00"), ("km", "48 210"));
        ImportRow[] rows =
        [
            Good(2, $"I-{(int)provider}01", "HA-201-BC"),
            Good(3, $"I-{(int)provider}02", "HA-202-BC"),
            Row(4, ("internalNumber", "I-X03"), ("label", "Tondeuse"), ("category", "Hélicoptère"), ("service", "EV"), ("site", "CTM")),
            Row(5, ("internalNumber", "V-001"), ("label", "Doublon"), ("category", "Tondeuse autoportée"), ("service", "EV"), ("site", "CTM"), ("registration", "AB-123-IO")),
            Good(6, $"I-{(int)provider}01", "HA-206-BC"),
        ];

        var rejections = await FleetArrange.AsAsync(app, DemoIds.City, (sp, _) => Import(sp).CheckAsync(rows, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => FleetArrange.AsAsync(app, DemoIds.City, (sp, _) => Import(sp).ImportAsync(rows, new Progress<int>(), CancellationToken.None)));
        var nothing = await FleetArrange.AsAsync(app, DemoIds.City, (_, db) => db.Set<Vehicle>().CountAsync(v => v.InternalNumber.StartsWith("I-")));
        var imported = await FleetArrange.AsAsync(app, DemoIds.City, (sp, _) => Import(sp).ImportAsync(rows[..2], new Progress<int>(), CancellationToken.None));

        Assert.Equal([4, 5, 6], rejections.Select(r => r.Line));
        Assert.Contains("Catégorie inconnue.", rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Un autre véhicule a déjà ce n° de parc.", rejections[1].Reason, StringComparison.Ordinal);
        Assert.Contains("Une immatriculation française", rejections[1].Reason, StringComparison.Ordinal);
        Assert.Contains("Une autre ligne du fichier a ce n° de parc.", rejections[2].Reason, StringComparison.Ordinal);
        Assert.Equal(0, nothing);
        Assert.Equal(2, imported);
        var vehicle = await FleetArrange.VehicleAsync(app, $"I-{(int)provider}01");
        Assert.Equal((VehicleCategory.UtilityVan, "HA-201-BC", FuelType.Diesel, 24_300m), (vehicle.Category, vehicle.Registration, vehicle.Fuel, vehicle.AcquisitionCost!.Value));
        Assert.Equal(48_210, Units.Main(vehicle.Meters)!.LastValue);
    }

    private static IRegisterImport Import(IServiceProvider services)
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        return services.GetServices<IRegisterImport>().Single(i => i.Id == "vehicles");
    }
}
