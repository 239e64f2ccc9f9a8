using System.Diagnostics;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Triggers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Works.Preventive.Demo;

/// <summary>
/// The large city (<c>seed --scale large</c>): 50,000 maintenance plans over the large city's assets (the catalogs'
/// buildings and equipment, green zones and trees, road segments, signs and lights, vehicles on their meters), each
/// in the state a daily generation would have left it last night — so a day's run creates the work falling due today,
/// about a thirtieth of the monthly plans. Written by prepared inserts, 2,000 plans per transaction.
/// </summary>
internal sealed class PreventiveScaleSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory, IServiceScopeFactory scopes, IClock clock) : IScaleSeeder
{
    public const int LargePlans = 50_000;
    private const int Slice = 2_000;

    public int Order => 40;

    public async Task SeedAsync(string scale, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (scale != "large")
        {
            return;
        }

        var city = (await organisations.AllAsync(cancellationToken)).FirstOrDefault(o => o.Code == "VALBRUNE")
            ?? throw new InvalidOperationException("The demo city is not loaded: run the demo seed first.");
        using var _ = organisation.Use(city.Id);
        var plans = db.Plans;
        var existing = await plans.CountAsync(cancellationToken);
        if (existing >= LargePlans)
        {
            progress.Report($"Preventive: {existing:N0} plans already there, nothing to add.");
            return;
        }

        var assets = await DemoAssets.ReadAsync(scopes, city.Id, cancellationToken, perCatalog: 60_000);
        var (services, teams, sites) = (await directory.ServicesAsync(cancellationToken), await directory.TeamsAsync(cancellationToken), await directory.SitesAsync(cancellationToken));
        var today = ParisTime.Today(clock);
        var random = new Random(2154 + existing);
        var kinds = Kinds(assets);
        var meterPlans = assets.WithMeter("km").Select(x => (x.Asset, Kind: "km", Every: 15_000m, Tolerance: 1_000m, x.Meter.Value!.Value))
            .Concat(assets.WithMeter("engine_hours").Select(x => (x.Asset, Kind: "engine_hours", Every: 250m, Tolerance: 20m, x.Meter.Value!.Value))).ToList();
        var fallbackSite = (sites.FirstOrDefault(s => s.Code == "CTM") ?? sites[0]).Id;
        var watch = Stopwatch.StartNew();
        var batch = new List<MaintenancePlan>();
        for (var n = existing; n < LargePlans; n++)
        {
            MaintenancePlan plan;
            if (n % 50 == 0 && meterPlans.Count > 0)
            {
                // A vehicle's use: its meter plans are read on every run, so there are few of them, as in a real fleet.
                var (asset, kind, every, tolerance, value) = meterPlans[(n / 50) % meterPlans.Count];
                plan = New(city.Id, $"Entretien {kind} — {asset.Label}", "ATE", services, teams, asset, fallbackSite, today.AddYears(-1));
                (plan.MeterKind, plan.MeterEvery, plan.MeterTolerance) = (kind, every, tolerance);
                (plan.LastCompletedOn, plan.ReadingAtLastCompletion) = (today.AddDays(-random.Next(1, 200)), Math.Max(0, value - (every * (decimal)random.NextDouble())));
                plan.LastGeneratedDue = plan.LastCompletedOn;
            }
            else
            {
                var (family, pool) = kinds[n % kinds.Count];
                var asset = pool[random.Next(pool.Count)];
                plan = New(city.Id, $"{family.Name} — {asset.Label}", family.Service, services, teams, asset, fallbackSite, today.AddDays(-random.Next(0, 730)));
                (plan.CalendarEvery, plan.CalendarUnit, plan.Floating, plan.Windows, plan.LeadDays, plan.EstimatedHours) =
                    (family.Every, family.Unit, family.Floating, family.Windows, family.Lead, family.Hours);
                AsOfLastNight(plan, today, random);
            }

            plan.Reschedule(today);
            batch.Add(plan);
            if (batch.Count == Slice || n == LargePlans - 1)
            {
                await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
                {
                    await db.InsertAsync(batch, cancellationToken);
                    await db.InsertAsync([.. batch.SelectMany(p => p.Targets)], cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                batch.Clear();
                progress.Report($"Preventive: {n + 1:N0} of {LargePlans:N0} plans written ({watch.Elapsed.TotalSeconds:N0} s)");
            }
        }

        await db.RefreshStatisticsAsync([typeof(MaintenancePlan), typeof(PlanTarget)], cancellationToken);
    }

    /// <summary>The state the daily run left: a fixed plan generated every date whose lead time began by yesterday; a floating one was last done some time ago.</summary>
    private static void AsOfLastNight(MaintenancePlan plan, DateOnly today, Random random)
    {
        var schedule = plan.Schedule;
        var yesterday = today.AddDays(-1);
        if (plan.Floating)
        {
            var done = yesterday.AddDays(-random.Next(0, (int)Math.Max(1, schedule.Calendar!.Period.ApproximateDays)));
            (plan.LastCompletedOn, plan.LastGeneratedDue) = (done < plan.Start ? plan.Start : done, done < plan.Start ? plan.Start : done);
            return;
        }

        var generated = PlanEngine.Forecast(schedule, new PlanState(), yesterday, plan.Start, yesterday.AddDays(plan.LeadDays));
        plan.LastGeneratedDue = generated.Count > 0 ? generated[^1].Due : null;
    }

    private static MaintenancePlan New(Guid organisationId, string name, string serviceCode, IReadOnlyList<ServiceInfo> services, IReadOnlyList<TeamInfo> teams, AssetSummary asset, Guid fallbackSite, DateOnly start)
    {
        var service = services.FirstOrDefault(s => s.Code == serviceCode) ?? services[0];
        var team = teams.FirstOrDefault(t => t.ServiceId == service.Id);
        var plan = new MaintenancePlan
        {
            OrganisationId = organisationId, Name = name.Length > 200 ? name[..200] : name, ServiceId = service.Id, TeamId = team?.Id, SiteId = asset.SiteId ?? fallbackSite,
            Start = start, EstimatedHours = 1, Tasks = "Contrôler\nEntretenir\nNoter les anomalies", UpdatedBy = "Grande ville", UpdatedAtUtc = DateTime.UtcNow,
        };
        plan.Targets.Add(new PlanTarget
        {
            OrganisationId = organisationId, PlanId = plan.Id, AssetModule = asset.Ref.Module, AssetId = asset.Ref.Id,
            AssetLabel = asset.Label.Length > 200 ? asset.Label[..200] : asset.Label, SiteId = asset.SiteId, Latitude = asset.Latitude, Longitude = asset.Longitude,
        });
        return plan;
    }

    private sealed record Family(string Name, string Service, int Every, PeriodUnit Unit, bool Floating, string? Windows, int Lead, decimal Hours);

    /// <summary>What each kind of asset gets, in the proportions a city's plans have (mostly monthly to yearly work, some weekly seasonal).</summary>
    private static List<(Family Family, List<AssetSummary> Pool)> Kinds(DemoAssets assets)
    {
        var rules = new (string[] Kinds, Family Family)[]
        {
            (["Chaudière"], new("Entretien annuel de la chaudière", "BAT", 1, PeriodUnit.Years, false, null, 30, 3)),
            (["Ventilation, VMC"], new("Remplacement des filtres", "BAT", 3, PeriodUnit.Months, false, null, 7, 1.5m)),
            (["Extincteur"], new("Vérification de l'extincteur", "BAT", 1, PeriodUnit.Years, false, null, 30, 0.5m)),
            (["Éclairage de sécurité"], new("Essai des blocs de secours", "BAT", 1, PeriodUnit.Months, true, null, 3, 1)),
            (["Tableau électrique"], new("Contrôle du tableau électrique", "BAT", 6, PeriodUnit.Months, false, null, 14, 1)),
            (["Ascenseur"], new("Visite d'entretien de l'ascenseur", "BAT", 6, PeriodUnit.Weeks, false, null, 0, 1)),
            (["Bâtiment"], new("Nettoyage des gouttières", "BAT", 6, PeriodUnit.Months, true, null, 14, 2)),
            (["Pelouse", "Parc", "Terrain de sport", "Prairie"], new("Tonte", "EV", 2, PeriodUnit.Weeks, false, "01/04-31/10", 2, 3)),
            (["Massif fleuri"], new("Plantation des massifs", "EV", 6, PeriodUnit.Months, false, "01/05-31/05;01/11-30/11", 14, 6)),
            (["Haie"], new("Taille des haies", "EV", 4, PeriodUnit.Months, false, null, 10, 4)),
            (["Arbre"], new("Taille d'entretien", "EV", 3, PeriodUnit.Years, true, null, 30, 3)),
            (["Équipements d'aires de jeux", "Jeu d'aire de jeux"], new("Contrôle fonctionnel du jeu", "EV", 3, PeriodUnit.Months, false, null, 5, 0.5m)),
            (["Tronçon de voirie"], new("Balayage mécanique", "VOI", 1, PeriodUnit.Months, true, null, 3, 1)),
            (["Point lumineux"], new("Entretien du point lumineux", "VOI", 1, PeriodUnit.Years, false, null, 21, 0.5m)),
            (["Panneau de signalisation"], new("Contrôle du panneau", "VOI", 1, PeriodUnit.Years, false, null, 14, 0.25m)),
        };
        return [.. rules.Select(r => (r.Family, Pool: assets.OfKind(r.Kinds))).Where(r => r.Pool.Count > 0)];
    }
}
