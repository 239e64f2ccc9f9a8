using System.Net;
using ClosedXML.Excel;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Fleet;
using Cmms.Fleet.Fuel;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Kernel.Time;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Fleet;

public sealed class FleetPagesTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_fleet_is_listed_with_one_vehicle_in_the_workshop_and_one_out_of_service(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);

        var (response, html) = await admin.GetPageAsync("/fleet/vehicles");
        var (_, inWorkshop) = await admin.GetPageAsync("/fleet/vehicles?status=InWorkshop");
        var (_, outOfService) = await admin.GetPageAsync("/fleet/vehicles?status=OutOfService");
        var (_, searched) = await admin.GetPageAsync("/fleet/vehicles?q=tondeuse+autoportee");
        var (_, tractors) = await admin.GetPageAsync("/fleet/vehicles?category=Tractor");

        // Other tests of the class add and retire vehicles: the counts checked are of kinds they leave alone.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("V-030", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"vehicle-count\">2<", tractors, StringComparison.Ordinal);
        Assert.Contains("Véhicules et engins", FleetArrange.Text(html), StringComparison.Ordinal);
        Assert.Contains("V-007", inWorkshop, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"vehicle-count\">1<", inWorkshop, StringComparison.Ordinal);
        Assert.Contains("V-015", outOfService, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"vehicle-count\">3<", searched, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_vehicle_page_shows_its_consumption_cost_per_km_availability_and_history(DatabaseProvider provider)
    {
        var app = apps[provider];
        var kangoo = await FleetArrange.VehicleAsync(app, "V-001");
        var sweeper = await FleetArrange.VehicleAsync(app, "V-019");
        using var mechanic = await Browser.SignedInAsync(app, DemoLogins.Mechanic);

        var (response, html) = await mechanic.GetPageAsync($"/fleet/vehicles/{kangoo.Id}");
        var (_, sweeperHtml) = await mechanic.GetPageAsync($"/fleet/vehicles/{sweeper.Id}");
        var text = FleetArrange.Text(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("V-001 · Renault Kangoo Van", text, StringComparison.Ordinal);
        Assert.Matches(@"data-testid=""consumption"">[5-6],\d<", html);
        Assert.Matches(@"data-testid=""cost-per-use"">0,\d\d<", html);
        Assert.Matches(@"data-testid=""availability"">\d{2},\d %<", html);
        Assert.Contains("Révision annuelle", text, StringComparison.Ordinal);
        Assert.Contains("Nouvelle demande ici", text, StringComparison.Ordinal);

        // A sweeper counts in engine hours: litres per hour, euros per hour.
        Assert.Contains("(L/h)", sweeperHtml, StringComparison.Ordinal);
        Assert.Matches(@"data-testid=""consumption"">[4-6],\d<", sweeperHtml);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_lower_reading_is_refused_on_the_page_with_the_last_reading_and_nothing_is_recorded(DatabaseProvider provider)
    {
        var app = apps[provider];
        var van = await FleetArrange.VehicleAsync(app, "V-002");
        var meter = Units.Main(van.Meters)!;
        var before = await FleetArrange.ReadingCountAsync(app, van.Id);
        using var mechanic = await Browser.SignedInAsync(app, DemoLogins.Mechanic);
        await mechanic.GetPageAsync($"/fleet/vehicles/{van.Id}/readings/new");

        var (response, html) = await mechanic.SubmitAsync($"/fleet/vehicles/{van.Id}/readings/new", new()
        {
            ["Meter"] = "Km", ["Value"] = FleetArrange.Figure(meter.LastValue!.Value - 120),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = FrenchText.Plain(html);
        Assert.Contains($"est inférieur au dernier relevé ({FleetArrange.Figure(meter.LastValue.Value)} km le {ParisTime.FromUtc(meter.LastReadAtUtc!.Value):dd/MM/yyyy HH:mm})", page, StringComparison.Ordinal);
        Assert.Contains("Un compteur ne recule jamais", page, StringComparison.Ordinal);
        Assert.Equal(before, await FleetArrange.ReadingCountAsync(app, van.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_meter_replacement_is_accepted_and_the_next_readings_bridge_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        var van = await FleetArrange.VehicleAsync(app, "V-005");
        var meter = Units.Main(van.Meters)!;
        using var mechanic = await Browser.SignedInAsync(app, DemoLogins.Mechanic);
        await mechanic.GetPageAsync($"/fleet/vehicles/{van.Id}/readings/new");
        var url = $"/fleet/vehicles/{van.Id}/readings/new";

        var replaced = await mechanic.PostFormAsync(url, new()
        {
            ["Meter"] = "Km", ["Value"] = "10", ["Replacement"] = "true", ["OldMeterFinalValue"] = FleetArrange.Figure(meter.LastValue!.Value + 50),
        });
        var (_, tooLow) = await mechanic.SubmitAsync(url, new() { ["Meter"] = "Km", ["Value"] = "5" });
        var next = await mechanic.PostFormAsync(url, new() { ["Meter"] = "Km", ["Value"] = "110" });

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Contains("est inférieur au dernier relevé (10 km", FrenchText.Plain(tooLow), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var after = await FleetArrange.MainMeterAsync(app, van.Id);
        Assert.Equal(110, after.LastValue);
        Assert.Equal(meter.LastLifetime!.Value + 50 + 100, after.LastLifetime);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_fill_is_recorded_with_its_amount_to_the_cent_and_its_reading_under_the_rising_rule(DatabaseProvider provider)
    {
        var app = apps[provider];
        var van = await FleetArrange.VehicleAsync(app, "V-006");
        var meter = Units.Main(van.Meters)!;
        using var agent = await Browser.SignedInAsync(app, DemoLogins.Agent);
        var url = $"/fleet/vehicles/{van.Id}/fuel/new";
        await agent.GetPageAsync(url);
        Dictionary<string, string> Fill(decimal km) => new()
        {
            ["Litres"] = "41,37", ["UnitPrice"] = "1,789", ["MeterValue"] = FleetArrange.Figure(km), ["FullTank"] = "true", ["Source"] = "Pump", ["Pump"] = "Cuve gazole du CTM",
        };

        var (refusedResponse, refused) = await agent.SubmitAsync(url, Fill(meter.LastValue!.Value - 10));
        var recorded = await agent.PostFormAsync(url, Fill(meter.LastValue.Value + 350));

        Assert.Equal(HttpStatusCode.OK, refusedResponse.StatusCode);
        Assert.Contains("est inférieur au dernier relevé", FrenchText.Plain(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var fill = await FleetArrange.AsAsync(app, DemoIds.City, (_, db) =>
            db.Set<FuelEntry>().AsNoTracking().Where(f => f.VehicleId == van.Id).OrderByDescending(f => f.EnteredAtUtc).FirstAsync());
        Assert.Equal(74.01m, fill.Amount);
        Assert.Equal(41.37m, fill.Litres);
        Assert.Equal(meter.LastValue.Value + 350, fill.MeterValue);
        var reading = await FleetArrange.AsAsync(app, DemoIds.City, (_, db) => db.Set<MeterReading>().AsNoTracking().SingleAsync(r => r.Id == fill.ReadingId));
        Assert.Equal(ReadingSource.Fuel, reading.Source);
        Assert.Equal("Karim Haddad", reading.EnteredBy);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Creating_a_vehicle_checks_its_plate_and_fleet_number_then_writes_the_plate_with_dashes(DatabaseProvider provider)
    {
        var app = apps[provider];
        var services = await FleetArrange.AsAsync(app, DemoIds.City, async (sp, _) => await sp.GetRequiredService<Cmms.Directory.Contracts.IDirectory>().ServicesAsync(CancellationToken.None));
        var sites = await FleetArrange.AsAsync(app, DemoIds.City, async (sp, _) => await sp.GetRequiredService<Cmms.Directory.Contracts.IDirectory>().SitesAsync(CancellationToken.None));
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        await admin.GetPageAsync("/fleet/vehicles/new");
        Dictionary<string, string> Form(string number, string plate) => new()
        {
            ["InternalNumber"] = number, ["Label"] = "Renault Kangoo — cimetière", ["Category"] = "UtilityVan", ["Registration"] = plate,
            ["Vin"] = "VF1FW0ZBC12345678", ["ServiceId"] = services.Single(s => s.Code == "EV").Id.ToString(), ["SiteId"] = sites.Single(s => s.Code == "CTM").Id.ToString(),
            ["Fuel"] = "Diesel", ["AcquiredOn"] = "2026-02-10", ["AcquisitionCost"] = "18450,50", ["Meters"] = "Km",
        };

        var (refusedResponse, refused) = await admin.SubmitAsync("/fleet/vehicles/new", Form("V-001", "AB-123-CO"));
        var created = await admin.PostFormAsync("/fleet/vehicles/new", Form($"V-1{(int)provider}1", "ab 456 cd"));

        Assert.Equal(HttpStatusCode.OK, refusedResponse.StatusCode);
        var page = FleetArrange.Text(refused);
        Assert.Contains("Une immatriculation française s'écrit AB-123-CD", page, StringComparison.Ordinal);
        Assert.Contains("Un autre véhicule a déjà ce n° de parc.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var vehicle = await FleetArrange.VehicleAsync(app, $"V-1{(int)provider}1");
        Assert.Equal("AB-456-CD", vehicle.Registration);
        Assert.Equal(18_450.50m, vehicle.AcquisitionCost);
        Assert.Equal(MeterKind.Km, Assert.Single(vehicle.Meters).Kind);
        Assert.Equal($"/fleet/vehicles/{vehicle.Id}", created.Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_second_person_saving_a_vehicle_is_told_and_keeps_their_input(DatabaseProvider provider)
    {
        var app = apps[provider];
        var van = await FleetArrange.VehicleAsync(app, "V-010");
        using var first = await Browser.SignedInAsync(app, DemoLogins.Admin);
        using var second = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var url = $"/fleet/vehicles/{van.Id}/edit";
        var (_, firstForm) = await first.GetPageAsync(url);
        var (_, secondForm) = await second.GetPageAsync(url);
        Dictionary<string, string> Edit(string html, string label) => new()
        {
            ["InternalNumber"] = "V-010", ["Label"] = label, ["Category"] = "UtilityVan", ["Registration"] = van.Registration!, ["Vin"] = van.Vin!,
            ["ServiceId"] = van.ServiceId.ToString(), ["SiteId"] = van.SiteId.ToString(), ["Fuel"] = "Diesel", ["Meters"] = "Km",
            ["Version"] = FleetArrange.Field(html, "Version"),
        };

        var saved = await first.PostFormAsync(url, Edit(firstForm, "Iveco Daily benne — voirie (équipe chaussée)"));
        var (conflict, page) = await second.SubmitAsync(url, Edit(secondForm, "Iveco Daily benne — signalisation"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("data-testid=\"conflict-notice\"", page, StringComparison.Ordinal);
        Assert.Contains("Iveco Daily benne — signalisation", FleetArrange.Text(page), StringComparison.Ordinal);
        Assert.Equal("Iveco Daily benne — voirie (équipe chaussée)", (await FleetArrange.VehicleAsync(app, "V-010")).Label);
    }

    [Fact]
    public async Task A_field_agent_enters_readings_standing_by_the_vehicle_but_does_not_see_the_register()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var berlingo = await FleetArrange.VehicleAsync(app, "V-004");
        using var agent = await Browser.SignedInAsync(app, DemoLogins.Agent);

        var (found, finder) = await agent.GetPageAsync($"/fleet/entry?q={berlingo.Registration!.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()}");
        var register = await agent.Http.GetAsync("/fleet/vehicles");
        await agent.GetPageAsync($"/fleet/vehicles/{berlingo.Id}/readings/new");
        var recorded = await agent.PostFormAsync($"/fleet/vehicles/{berlingo.Id}/readings/new", new()
        {
            ["Value"] = FleetArrange.Figure(Units.Main(berlingo.Meters)!.LastValue!.Value + 42),
        });

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains("V-004 · Citroën Berlingo", FleetArrange.Text(finder), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(Units.Main(berlingo.Meters)!.LastValue + 42, (await FleetArrange.MainMeterAsync(app, berlingo.Id)).LastValue);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_register_exports_to_excel_with_the_lists_filters(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);

        var response = await admin.Http.GetAsync("/fleet/vehicles/export.xlsx?category=Truck");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        Assert.Equal("N° de parc", sheet.Cell(1, 1).GetString());
        Assert.Equal("Immatriculation", sheet.Cell(1, 4).GetString());
        Assert.Equal(["V-011", "V-012", "V-013"], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.Equal("Poids lourd", sheet.Cell(2, 3).GetString());
        Assert.True(sheet.Cell(2, 15).GetDouble() > 100_000);
        Assert.True(sheet.Cell(5, 1).IsEmpty());
        Assert.True(sheet.Column(2).Width > 20);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Out_of_service_and_back_is_recorded_in_the_history_and_a_retired_vehicle_leaves_the_lists(DatabaseProvider provider)
    {
        var app = apps[provider];
        var truck = await FleetArrange.VehicleAsync(app, "V-012");
        var trailer = await FleetArrange.VehicleAsync(app, "V-029");
        using var mechanic = await Browser.SignedInAsync(app, DemoLogins.Mechanic);
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);
        await mechanic.GetPageAsync($"/fleet/vehicles/{truck.Id}");

        var noReason = await mechanic.SubmitAsync($"/fleet/vehicles/{truck.Id}/status", new() { ["Status"] = "OutOfService", ["Version"] = truck.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var (_, down) = await mechanic.SubmitAsync($"/fleet/vehicles/{truck.Id}/status", new() { ["Status"] = "OutOfService", ["Reason"] = "Grue bloquée, attente expert", ["Version"] = truck.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var (_, up) = await mechanic.SubmitAsync($"/fleet/vehicles/{truck.Id}/status", new() { ["Status"] = "Available", ["Version"] = FleetArrange.Field(down, "Version") });
        await admin.GetPageAsync($"/fleet/vehicles/{trailer.Id}");
        var (_, retired) = await admin.SubmitAsync($"/fleet/vehicles/{trailer.Id}/retire", new()
        {
            ["On"] = ParisTime.Today(app.Services.GetRequiredService<IClock>()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Reason"] = "Vendue aux enchères", ["Version"] = trailer.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var (_, list) = await admin.GetPageAsync("/fleet/vehicles");
        var (_, retiredList) = await admin.GetPageAsync("/fleet/vehicles?status=retired");

        Assert.Contains("Indiquez pourquoi le véhicule est hors service.", FleetArrange.Text(noReason.Html), StringComparison.Ordinal);
        Assert.Contains("Disponible → Hors service", FleetArrange.Text(down), StringComparison.Ordinal);
        Assert.Contains("Grue bloquée, attente expert", FleetArrange.Text(down), StringComparison.Ordinal);
        Assert.Contains("Hors service → Disponible", FleetArrange.Text(up), StringComparison.Ordinal);
        Assert.Contains("Vendue aux enchères", FleetArrange.Text(retired), StringComparison.Ordinal);
        Assert.DoesNotContain("V-029", list, StringComparison.Ordinal);
        Assert.Contains("V-029", retiredList, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_referent_sees_only_the_vehicles_of_their_sites_and_cannot_operate_them(DatabaseProvider provider)
    {
        var app = apps[provider];
        var townHall = await Works.ManagerArrange.SiteAsync(app, "HDV");
        var peugeot = await FleetArrange.VehicleAsync(app, "V-014");
        var kangoo = await FleetArrange.VehicleAsync(app, "V-001");
        await FleetArrange.AsAsync(app, DemoIds.City, async (_, db) =>
        {
            var vehicle = await db.Set<Vehicle>().SingleAsync(v => v.Id == peugeot.Id);
            vehicle.SiteId = townHall;
            return await db.SaveChangesAsync();
        });
        using var referent = await Browser.SignedInAsync(app, DemoLogins.TownHallReferent);

        var (_, list) = await referent.GetPageAsync("/fleet/vehicles");
        var (own, page) = await referent.GetPageAsync($"/fleet/vehicles/{peugeot.Id}");
        var other = await referent.Http.GetAsync($"/fleet/vehicles/{kangoo.Id}");
        var status = await referent.PostFormAsync($"/fleet/vehicles/{peugeot.Id}/status", new() { ["Status"] = "OutOfService", ["Reason"] = "Intrus", ["Version"] = "1" });

        Assert.Contains("data-testid=\"vehicle-count\">1<", list, StringComparison.Ordinal);
        Assert.Contains("V-014", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.DoesNotContain("/readings/new", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/fleet/workshop", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.True(status.StatusCode == HttpStatusCode.Redirect && status.Headers.Location!.ToString().Contains("/account/access-denied", StringComparison.Ordinal));
        Assert.Equal(VehicleStatus.Available, (await FleetArrange.VehicleAsync(app, "V-014")).Status);
    }
}
