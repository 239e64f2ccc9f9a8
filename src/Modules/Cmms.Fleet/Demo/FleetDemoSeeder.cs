using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Fleet.Demo;

/// <summary>
/// The demo town's fleet and its year: vehicles and machines with their readings and fills, the workshop's
/// stays, one vehicle in the workshop now (its work order assigned to the demo mechanic) and one out of service.
/// Runs after Works (the work orders it opens are numbered after Works' demo ones); loads nothing twice.
/// </summary>
internal sealed class FleetDemoSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory, IAssetWork work, IClock clock) : IDemoSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var org in await organisations.AllAsync(cancellationToken))
        {
            using (organisation.Use(org.Id))
            {
                var vehicles = db.Vehicles;
                if (await vehicles.AnyAsync(cancellationToken) || await ReferenceAsync(org, cancellationToken) is not { } reference)
                {
                    continue;
                }

                var city = org.Code == "VALBRUNE";
                var history = new FleetHistory(new Random(StableSeed(org.Code)), reference, clock.UtcNow);
                history.Generate(
                    city ? DemoFleet.City : DemoFleet.Agglomeration, city ? DemoFleet.CityJobs : DemoFleet.AgglomerationJobs,
                    city ? DemoFleet.CurrentCityJob : null, city ? DemoFleet.OutOfServiceCity : null, DemoFleet.OutOfServiceReason, DemoFleet.OutOfServiceDaysAgo);

                await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
                {
                    db.AddRange(history.Vehicles);
                    db.AddRange(history.StatusChanges);
                    db.AddRange(history.Readings);
                    db.AddRange(history.Fuel);
                    db.AddRange(history.Jobs);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                // Works writes the work orders' timelines in the organisation's language.
                var culture = System.Globalization.CultureInfo.CurrentUICulture;
                System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
                try
                {
                    await OpenWorkOrdersAsync(history, cancellationToken);
                }
                finally
                {
                    System.Globalization.CultureInfo.CurrentUICulture = culture;
                }

                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The jobs the workshop page would have opened a work order for, opened the same way, through Works.</summary>
    private async Task OpenWorkOrdersAsync(FleetHistory history, CancellationToken cancellationToken)
    {
        var services = await directory.ServicesAsync(cancellationToken);
        if (services.FirstOrDefault(s => s.Kind == "FleetWorkshop") is not { } workshop)
        {
            return;
        }

        var agents = await directory.AgentsAsync(cancellationToken);
        foreach (var (job, vehicle, mechanic) in history.WorkOrdersToOpen)
        {
            var agent = agents.FirstOrDefault(a => a.FullName == mechanic)?.Id;
            var title = $"{vehicle.InternalNumber} {vehicle.Label} — {job.Reason}";
            var created = await work.OpenWorkOrderAsync(
                new WorkOrderDraft(new AssetRef(FleetUrls.ModuleName, vehicle.Id), vehicle.SiteId, workshop.Id, title.Length <= 150 ? title : title[..149] + "…",
                    job.Reason, DateOnly.FromDateTime(ParisTime.FromUtc(job.IntakeAtUtc)), agent),
                cancellationToken);
            (job.MechanicId, job.WorkOrderId, job.WorkOrderNumber) = (agent, created.Id, created.Number);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<FleetReference?> ReferenceAsync(OrganisationInfo org, CancellationToken cancellationToken)
    {
        var services = await directory.ServicesAsync(cancellationToken);
        var sites = await directory.SitesAsync(cancellationToken);
        var depot = sites.FirstOrDefault(s => s.Code is "CTM" or "CTC");
        if (depot is null || services.Count == 0)
        {
            return null;
        }

        var teams = await directory.TeamsAsync(cancellationToken);
        var agents = (await directory.AgentsAsync(cancellationToken)).Where(a => a.IsActive).ToList();
        IReadOnlyList<string> Of(Guid serviceId) =>
            [.. agents.Where(a => teams.Any(t => t.Id == a.TeamId && t.ServiceId == serviceId)).Select(a => a.FullName).Order(StringComparer.Ordinal)];
        var workshop = services.FirstOrDefault(s => s.Kind == "FleetWorkshop");
        var mechanics = workshop is null ? [] : Of(workshop.Id);
        return new FleetReference(
            org.Id, depot.Id, services.ToDictionary(s => s.Code, s => s.Id),
            services.ToDictionary(s => s.Code, s => Of(s.Id)),
            mechanics.Count > 0 ? mechanics : ["Atelier"]);
    }

    private static int StableSeed(string code) => code.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
