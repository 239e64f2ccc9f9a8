using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Fleet;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Fleet.Workshop;
using Cmms.Kernel.Time;
using Cmms.Testing;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Fleet;

public sealed class WorkshopTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static string LocalInput(DateTime utc) => EntryParsing.LocalInput(utc);

    private static Task<List<WorkshopJob>> JobsAsync(CmmsFactory app, Guid vehicleId) =>
        FleetArrange.AsAsync(app, DemoIds.City, (_, db) => db.Set<WorkshopJob>().AsNoTracking().Where(j => j.VehicleId == vehicleId).OrderBy(j => j.IntakeAtUtc).ToListAsync());

    private static Task<int> WorkOrderCountAsync(CmmsFactory app) =>
        FleetArrange.AsAsync(app, DemoIds.City, (_, db) => db.Set<WorkOrder>().CountAsync());

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Taking_a_vehicle_in_opens_a_work_order_for_the_mechanic_and_releasing_it_gives_the_downtime(DatabaseProvider provider)
    {
        var app = apps[provider];
        var duster = await FleetArrange.VehicleAsync(app, "V-016");
        var km = Units.Main(duster.Meters)!.LastValue!.Value + 20;
        var mechanicAgent = await Works.ManagerArrange.AgentAsync(app, "Sébastien Roux");
        var workshopService = await Works.ManagerArrange.ServiceAsync(app, "ATE");
        var now = app.Services.GetRequiredService<IClock>().UtcNow;
        var intakeAt = now.AddHours(-3);
        using var mechanic = await Browser.SignedInAsync(app, DemoLogins.Mechanic);
        var (_, board) = await mechanic.GetPageAsync($"/fleet/workshop?vehicle={duster.Id}");

        var (intakeResponse, afterIntake) = await mechanic.SubmitAsync("/fleet/workshop/intake", new()
        {
            ["VehicleId"] = duster.Id.ToString(), ["IntakeAt"] = LocalInput(intakeAt), ["MeterValue"] = FleetArrange.Figure(km),
            ["Reason"] = "Voyant moteur allumé, perte de puissance", ["MechanicId"] = mechanicAgent.ToString(),
        });

        Assert.Contains($"<option value=\"{mechanicAgent}\" selected=\"selected\">", board, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, intakeResponse.StatusCode);
        var job = Assert.Single(await JobsAsync(app, duster.Id));
        Assert.NotNull(job.WorkOrderId);
        Assert.Contains($"le bon de travail {job.WorkOrderNumber} est ouvert", FleetArrange.Text(afterIntake), StringComparison.Ordinal);
        Assert.Equal(km, job.IntakeMeterValue);
        var order = await FleetArrange.AsAsync(app, DemoIds.City, (_, db) => db.Set<WorkOrder>().AsNoTracking().Include(w => w.Assignments).SingleAsync(w => w.Id == job.WorkOrderId));
        Assert.Equal(("fleet", duster.Id, workshopService, duster.SiteId), (order.AssetModule, order.AssetId, order.ServiceId, order.SiteId));
        Assert.Equal(mechanicAgent, Assert.Single(order.Assignments).AgentId);
        Assert.Equal(WorkOrderStatus.Assigned, order.Status);
        Assert.Equal(VehicleStatus.InWorkshop, (await FleetArrange.VehicleAsync(app, "V-016")).Status);
        var reading = await FleetArrange.AsAsync(app, DemoIds.City, (_, db) => db.Set<MeterReading>().AsNoTracking().SingleAsync(r => r.Id == job.IntakeReadingId));
        Assert.Equal(ReadingSource.WorkshopIntake, reading.Source);

        // The mechanic finds it on "my work today", where labour and parts are entered.
        var (_, myWork) = await mechanic.GetPageAsync("/my-work");
        Assert.Contains(job.WorkOrderNumber!, myWork, StringComparison.Ordinal);

        var (_, released) = await mechanic.SubmitAsync($"/fleet/workshop/{job.Id}/release", new()
        {
            ["ReleasedAt"] = LocalInput(now), ["Note"] = "Capteur de pression turbo remplacé", ["Version"] = job.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var done = Assert.Single(await JobsAsync(app, duster.Id));
        Assert.InRange(Availability.Downtime(done.IntakeAtUtc, done.ReleasedAtUtc, now.AddDays(1)).TotalMinutes, 179, 181);
        Assert.Contains("Le véhicule est de nouveau disponible après 3 h", FleetArrange.Text(released), StringComparison.Ordinal);
        Assert.Equal(VehicleStatus.Available, (await FleetArrange.VehicleAsync(app, "V-016")).Status);
        var (_, page) = await mechanic.GetPageAsync($"/fleet/vehicles/{duster.Id}");
        Assert.Matches(@"data-testid=""downtime"">3 h [0-9]{1,2} min<", page);
        Assert.Contains("À l'atelier → Disponible", FleetArrange.Text(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_intake_with_a_meter_below_the_last_reading_is_refused_and_opens_no_work_order(DatabaseProvider provider)
    {
        var app = apps[provider];
        var hilux = await FleetArrange.VehicleAsync(app, "V-018");
        var meter = Units.Main(hilux.Meters)!;
        var orders = await WorkOrderCountAsync(app);
        using var mechanic = await Browser.SignedInAsync(app, DemoLogins.Mechanic);
        await mechanic.GetPageAsync("/fleet/workshop");

        var (response, html) = await mechanic.SubmitAsync("/fleet/workshop/intake", new()
        {
            ["VehicleId"] = hilux.Id.ToString(), ["MeterValue"] = FleetArrange.Figure(meter.LastValue!.Value - 500), ["Reason"] = "Pneu crevé",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"est inférieur au dernier relevé ({FleetArrange.Figure(meter.LastValue.Value)} km", FrenchText.Plain(html), StringComparison.Ordinal);
        Assert.Empty(await JobsAsync(app, hilux.Id));
        Assert.Equal(orders, await WorkOrderCountAsync(app));
        Assert.Equal(VehicleStatus.Available, (await FleetArrange.VehicleAsync(app, "V-018")).Status);
    }

    [Fact]
    public async Task A_vehicle_already_in_the_workshop_cannot_be_taken_in_twice()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var master = await FleetArrange.VehicleAsync(app, "V-007");
        var jobs = (await JobsAsync(app, master.Id)).Count;
        using var mechanic = await Browser.SignedInAsync(app, DemoLogins.Mechanic);
        await mechanic.GetPageAsync("/fleet/workshop");

        var (_, html) = await mechanic.SubmitAsync("/fleet/workshop/intake", new()
        {
            ["VehicleId"] = master.Id.ToString(), ["MeterValue"] = FleetArrange.Figure(Units.Main(master.Meters)!.LastValue!.Value), ["Reason"] = "Deuxième entrée",
        });

        Assert.Contains("Ce véhicule est déjà à l'atelier.", FleetArrange.Text(html), StringComparison.Ordinal);
        Assert.Equal(jobs, (await JobsAsync(app, master.Id)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_agglomeration_can_neither_take_in_nor_release_a_city_vehicle(DatabaseProvider provider)
    {
        var app = apps[provider];
        var kangoo = await FleetArrange.VehicleAsync(app, "V-002");
        var master = await FleetArrange.VehicleAsync(app, "V-007");
        var cityJob = (await JobsAsync(app, master.Id)).Single(j => j.ReleasedAtUtc == null);
        using var agglo = await Browser.SignedInAsync(app, DemoLogins.AggloAdmin);
        await agglo.GetPageAsync("/fleet/workshop");

        var (_, intake) = await agglo.SubmitAsync("/fleet/workshop/intake", new() { ["VehicleId"] = kangoo.Id.ToString(), ["MeterValue"] = "999999", ["Reason"] = "Intrus" });
        var release = await agglo.PostFormAsync($"/fleet/workshop/{cityJob.Id}/release", new() { ["Version"] = cityJob.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("Choisissez le véhicule.", FleetArrange.Text(intake), StringComparison.Ordinal);
        Assert.Empty(await JobsAsync(app, kangoo.Id));
        Assert.Equal(HttpStatusCode.NotFound, release.StatusCode);
        Assert.Null((await JobsAsync(app, master.Id)).Single(j => j.Id == cityJob.Id).ReleasedAtUtc);
    }
}
