using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Triggers;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Preventive.Demo;

/// <summary>A plan the demo may hold: the plan, its assets, the kit to look for in the stores, and its family.</summary>
internal sealed record DemoPlan(string Family, MaintenancePlan Plan, IReadOnlyList<AssetSummary> Targets, IReadOnlyList<(string Search, decimal Quantity)> Kit, string? InspectionCode = null);

/// <summary>
/// The demo city's plans, family by family: every trigger kind on the assets the catalogs list — fixed and floating
/// calendars in days, weeks, months and years, meters (km, engine hours), whichever comes first, seasonal windows
/// (one across the year end) and lead times — and the statutory catalogue applied to buildings, playgrounds and vehicles.
/// </summary>
internal sealed class DemoPlans(
    DemoAssets assets, IReadOnlyList<ServiceInfo> services, IReadOnlyList<TeamInfo> teams, IReadOnlyList<SiteInfo> sites, Guid organisationId, DateOnly today, Random random)
{
    private const int GroupSize = 20;

    /// <summary>Every family's candidates; the seeder takes them in turn until it has the plans it wants.</summary>
    public List<List<DemoPlan>> Families()
    {
        var families = new List<List<DemoPlan>>
        {
            // Buildings
            Each("boilers", assets.OfKind("Chaudière"), a => Calendar("Entretien annuel de la chaudière", "BAT", "plomberie", a, 1, PeriodUnit.Years, false, 30,
                "Chauffagiste", 3, "Nettoyer le corps de chauffe\nContrôler le brûleur et la combustion\nMesurer le CO\nVérifier les sécurités", new DateOnly(today.Year - 1, 9, 15).AddDays(random.Next(0, 40))),
                [("Joint fibre", 4)]),
            Each("ventilation", assets.OfKind("Ventilation, VMC"), a => Calendar("Remplacement des filtres de ventilation", "BAT", "plomberie", a, 3, PeriodUnit.Months, false, 7,
                "Chauffagiste", 1.5m, "Arrêter la centrale\nRemplacer les filtres\nNettoyer les bouches\nNoter l'encrassement", today.AddDays(-400 + random.Next(0, 90)))),
            Each("gutters", assets.OfKind("Bâtiment"), a => Calendar("Nettoyage des gouttières et chéneaux", "BAT", "menuiserie", a, 6, PeriodUnit.Months, true, 14,
                "Couvreur", 2, "Baliser la zone\nVider les gouttières et chéneaux\nContrôler les descentes d'eau pluviale", today.AddDays(-380 + random.Next(0, 60)))),
            Each("meter-readings", assets.OfKind("Bâtiment").Where((_, i) => i % 2 == 1), a => Calendar("Relevé des compteurs d'eau et d'énergie", "BAT", "plomberie", a, 15, PeriodUnit.Days, false, 0,
                "Plombier", 0.5m, "Relever les compteurs d'eau, de gaz et d'électricité\nSignaler toute consommation anormale", today.AddDays(-400 + random.Next(0, 15)))),
            Each("lifts", assets.OfKind("Ascenseur"), a => Calendar("Visite d'entretien de l'ascenseur", "BAT", "électricité", a, 6, PeriodUnit.Weeks, false, 0,
                "Ascensoriste (prestataire)", 1, "Visite du prestataire\nEssai des dispositifs de sécurité\nSigner le carnet d'entretien", today.AddDays(-400 + random.Next(0, 42)))),
            Each("emergency-lighting-tests", assets.OfKind("Éclairage de sécurité"), a => Calendar("Essai des blocs autonomes d'éclairage de sécurité", "BAT", "électricité", a, 30, PeriodUnit.Days, true, 3,
                "Électricien", 1, "Couper l'alimentation\nVérifier l'allumage de chaque bloc\nNoter les blocs défaillants au registre de sécurité", today.AddDays(-370 + random.Next(0, 30))),
                [("Bloc autonome d'éclairage", 1)]),
            Each("fire-alarm-tests", assets.OfKind("Alarme incendie, SSI"), a => Calendar("Essai trimestriel de l'alarme incendie", "BAT", "électricité", a, 3, PeriodUnit.Months, false, 7,
                "Électricien", 1, "Prévenir les occupants\nDéclencher un point d'alarme\nVérifier la diffusion de l'alarme\nRéarmer le tableau", today.AddDays(-400 + random.Next(0, 90)))),
            Each("electrical-thermography", assets.OfKind("Tableau électrique"), a => Calendar("Thermographie du tableau électrique", "BAT", "électricité", a, 2, PeriodUnit.Years, false, 21,
                "Électricien", 2, "Mesurer les échauffements sous charge\nResserrer les connexions\nMettre à jour le schéma", today.AddDays(-700 + random.Next(0, 700)))),

            // Green spaces
            Each("mowing", assets.OfKind("Pelouse", "Parc", "Terrain de sport"), a => Seasonal("Tonte hebdomadaire", "EV", "tonte", a, 1, PeriodUnit.Weeks, "01/04-31/10", 2,
                "Jardinier", 3, "Ramasser les déchets\nTondre\nFaire les bordures\nSouffler les allées", new DateOnly(today.Year - 2, 4, 1).AddDays(random.Next(0, 7)))),
            Each("flower-beds", assets.OfKind("Massif fleuri"), a => Seasonal("Plantation des massifs (printemps, automne)", "EV", "fleurissement", a, 6, PeriodUnit.Months, "01/05-31/05;01/11-30/11", 14,
                "Jardinier", 6, "Arracher les plantes fanées\nAmender la terre\nPlanter selon le plan de fleurissement\nArroser", new DateOnly(today.Year - 2, 5, 10).AddDays(random.Next(0, 15))),
                [("Terreau", 60), ("Engrais massifs", 2)]),
            Each("hedges", assets.OfKind("Haie"), a => Calendar("Taille des haies", "EV", "élagage", a, 4, PeriodUnit.Months, false, 10,
                "Jardinier", 4, "Tailler\nRamasser et broyer les déchets de taille", today.AddDays(-390 + random.Next(0, 120)))),
            Each("trees", assets.OfKind("Arbre").Where((_, i) => i % 25 == 0), a => Calendar("Taille d'entretien de l'arbre", "EV", "élagage", a, 3, PeriodUnit.Years, true, 30,
                "Élagueur", 3, "Baliser\nTailler le bois mort\nContrôler l'état sanitaire", today.AddDays(-random.Next(0, 365)))),
            Groups("play-checks", assets.OfKind("Équipements d'aires de jeux", "Jeu d'aire de jeux"), (site, group) => Calendar($"Contrôle fonctionnel des jeux — {site}", "EV", "tonte", group, 3, PeriodUnit.Months, false, 5,
                "Jardinier", 2, "Vérifier l'usure et la fixation\nContrôler les sols amortissants\nNoter les anomalies", today.AddDays(-390 + random.Next(0, 90)))),

            // Roads
            Each("gritting", assets.OfKind("Tronçon de voirie").Where((_, i) => i % 10 == 0), a => Seasonal("Salage préventif (viabilité hivernale)", "VOI", "chaussée", a, 1, PeriodUnit.Weeks, "01/12-28/02", 0,
                "Agent de voirie", 2, "Charger le sel\nSaler l'itinéraire prioritaire\nNoter les quantités épandues", new DateOnly(today.Year - 2, 12, 1).AddDays(random.Next(0, 7)))),
            Each("sweeping", assets.OfKind("Tronçon de voirie").Where((_, i) => i % 10 == 5), a => Calendar("Balayage mécanique", "VOI", "chaussée", a, 1, PeriodUnit.Months, true, 3,
                "Conducteur d'engins", 2, "Balayer la chaussée et les caniveaux\nVider la balayeuse", today.AddDays(-370 + random.Next(0, 30)))),
            Groups("street-lights", assets.OfKind("Point lumineux"), (site, group) => Calendar($"Tournée d'entretien de l'éclairage public — {site}", "VOI", "signalisation", group, 1, PeriodUnit.Years, false, 21,
                "Électricien", 6, "Nettoyer les luminaires\nContrôler les mâts et les crosses\nRemplacer les lampes défaillantes", today.AddDays(-random.Next(0, 365))),
                [("Ampoule LED E27", 4)]),
            Groups("signs", assets.OfKind("Panneau de signalisation"), (site, group) => Calendar($"Contrôle de la signalisation verticale — {site}", "VOI", "signalisation", group, 1, PeriodUnit.Years, false, 14,
                "Agent de voirie", 4, "Contrôler la visibilité et la rétroréflexion\nRedresser et nettoyer les panneaux", today.AddDays(-random.Next(0, 365)))),

            // Fleet: meters, whichever comes first
            assets.WithMeter("km").ConvertAll(x => Fleet("oil-changes", x.Asset, "Vidange moteur et filtres", "km", 15_000, 1_000, null, 2,
                "Vidanger le moteur\nRemplacer le filtre à huile\nContrôler les niveaux", [("Huile moteur", 5), ("Filtre à huile", 1)])),
            assets.WithMeter("engine_hours").ConvertAll(x => Fleet("engine-hours", x.Asset, "Entretien moteur (heures de fonctionnement)", "engine_hours", 250, 20, null, 2,
                "Vidanger le moteur\nRemplacer les filtres\nGraisser les articulations\nAffûter ou contrôler les lames", [("Huile moteur", 4), ("Filtre à air", 1)])),
            assets.WithMeter("km").ConvertAll(x => Fleet("vehicle-service", x.Asset, "Révision annuelle du véhicule", "km", 20_000, 1_000, 12, 4,
                "Contrôler freins, pneus et éclairage\nRemplacer les filtres\nMettre à jour le carnet d'entretien", [("Filtre à air", 1)])),
        };

        // Statutory inspections: the usual catalogue applied to what each site holds (one visit of the body per site).
        foreach (var (code, kinds, service, team) in new[]
        {
            ("ELEC", new[] { "Tableau électrique" }, "BAT", "électricité"),
            ("SSI", new[] { "Alarme incendie, SSI" }, "BAT", "électricité"),
            ("EXT", new[] { "Extincteur" }, "BAT", "menuiserie"),
            ("ECL", new[] { "Éclairage de sécurité" }, "BAT", "électricité"),
            ("ASC", new[] { "Ascenseur" }, "BAT", "électricité"),
            ("GAZ", new[] { "Installation gaz" }, "BAT", "plomberie"),
            ("CVC", new[] { "Chaudière", "Ventilation, VMC" }, "BAT", "plomberie"),
            ("JEUX", new[] { "Équipements d'aires de jeux", "Jeu d'aire de jeux" }, "EV", "tonte"),
        })
        {
            var usual = Preventive.Statutory.UsualInspections.All.First(u => u.Code == code);
            families.Add(BySite(assets.OfKind(kinds), (site, group) => Statutory(code, $"{usual.Name} — {site}", service, team, group, usual.Months)));
        }

        var vehicles = assets.OfKind("Véhicule léger", "Fourgon / utilitaire", "Poids lourd");
        var ct = Preventive.Statutory.UsualInspections.All.First(u => u.Code == "CT");
        families.Add([.. vehicles.Select(v => Statutory("CT", $"{ct.Name} — {v.Label}", "ATE", "Mécaniciens", [v], v.Kind == "Poids lourd" ? 12 : ct.Months))]);
        return families;
    }

    private static List<DemoPlan> Each(string family, IEnumerable<AssetSummary> assets, Func<AssetSummary, MaintenancePlan> plan, IReadOnlyList<(string, decimal)>? kit = null) =>
        [.. assets.Select(a => new DemoPlan(family, plan(a), [a], kit ?? []))];

    /// <summary>One plan per site for assets worked on together (a site's play equipment, a district's street lights), at most <see cref="GroupSize"/> each.</summary>
    private List<DemoPlan> Groups(string family, IEnumerable<AssetSummary> assets, Func<string, IReadOnlyList<AssetSummary>, MaintenancePlan> plan, IReadOnlyList<(string, decimal)>? kit = null) =>
        BySite(assets, (site, chunk) => new DemoPlan(family, plan(site, chunk), chunk, kit ?? []));

    /// <summary>Assets worked on together (a site's play equipment, a district's street lights), at most <see cref="GroupSize"/> per plan.</summary>
    private List<DemoPlan> BySite(IEnumerable<AssetSummary> assets, Func<string, IReadOnlyList<AssetSummary>, DemoPlan> plan) =>
        [.. assets.GroupBy(a => a.SiteId)
            .SelectMany(g => g.Chunk(GroupSize).Select((chunk, i) => plan(SiteName(g.Key, i), chunk)))];

    private string SiteName(Guid? siteId, int index)
    {
        var name = sites.FirstOrDefault(s => s.Id == siteId)?.Name ?? "Ville";
        return index == 0 ? name : $"{name} ({index + 1})";
    }

    /// <summary>Assets outside any site (streets, vehicles on the road) belong to the technical centre's work.</summary>
    private Guid FallbackSite => (sites.FirstOrDefault(s => s.Code == "CTM") ?? sites[0]).Id;

    private MaintenancePlan Calendar(string name, string service, string team, AssetSummary target, int every, PeriodUnit unit, bool floating, int lead, string trade, decimal hours, string tasks, DateOnly start) =>
        Calendar($"{name} — {target.Label}", service, team, [target], every, unit, floating, lead, trade, hours, tasks, start);

    private MaintenancePlan Calendar(string name, string service, string team, IReadOnlyList<AssetSummary> targets, int every, PeriodUnit unit, bool floating, int lead, string trade, decimal hours, string tasks, DateOnly start) =>
        Plan(name, WorkOrderType.Preventive, service, team, targets, trade, hours, tasks, start, p =>
        {
            (p.CalendarEvery, p.CalendarUnit, p.Floating, p.LeadDays) = (every, unit, floating, lead);
        });

    private MaintenancePlan Seasonal(string name, string service, string team, AssetSummary target, int every, PeriodUnit unit, string windows, int lead, string trade, decimal hours, string tasks, DateOnly start) =>
        Plan($"{name} — {target.Label}", WorkOrderType.Preventive, service, team, [target], trade, hours, tasks, start, p =>
        {
            (p.CalendarEvery, p.CalendarUnit, p.Floating, p.LeadDays, p.Windows) = (every, unit, false, lead, windows);
        });

    private DemoPlan Fleet(string family, AssetSummary vehicle, string name, string meter, decimal every, decimal tolerance, int? months, int hours, string tasks, IReadOnlyList<(string, decimal)> kit) =>
        new(family, Plan($"{name} — {vehicle.Label}", WorkOrderType.Preventive, "ATE", "Mécaniciens", [vehicle], "Mécanicien", hours, tasks, today.AddDays(-365), p =>
        {
            (p.MeterKind, p.MeterEvery, p.MeterTolerance, p.LeadDays) = (meter, every, tolerance, 0);
            if (months is { } m)
            {
                (p.CalendarEvery, p.CalendarUnit, p.Floating) = (m, PeriodUnit.Months, true);
            }
        }), [vehicle], kit);

    private DemoPlan Statutory(string code, string name, string service, string team, IReadOnlyList<AssetSummary> targets, int months) =>
        new($"statutory-{code}", Plan(name, WorkOrderType.Statutory, service, team, targets, "Organisme agréé", 2,
            "Accompagner le contrôleur\nRemettre le rapport au service\nSaisir les observations", today, p =>
            {
                (p.CalendarEvery, p.CalendarUnit, p.Floating, p.LeadDays) = (months, PeriodUnit.Months, false, 30);
            }), targets, [], code);

    private MaintenancePlan Plan(string name, WorkOrderType type, string serviceCode, string teamWord, IReadOnlyList<AssetSummary> targets, string trade, decimal hours, string tasks, DateOnly start, Action<MaintenancePlan> trigger)
    {
        var service = services.FirstOrDefault(s => s.Code == serviceCode) ?? services[0];
        var serviceTeams = teams.Where(t => t.ServiceId == service.Id).ToList();
        var team = serviceTeams.FirstOrDefault(t => t.Name.Contains(teamWord, StringComparison.OrdinalIgnoreCase)) ?? serviceTeams.FirstOrDefault();
        var plan = new MaintenancePlan
        {
            OrganisationId = organisationId, Name = name.Length > 200 ? name[..200] : name, Type = type, ServiceId = service.Id, TeamId = team?.Id,
            SiteId = targets.Select(t => t.SiteId).FirstOrDefault(s => s is not null) ?? FallbackSite, Trade = trade, EstimatedHours = hours, Tasks = tasks, Start = start,
            UpdatedBy = "Démonstration",
        };
        trigger(plan);
        plan.Targets.AddRange(targets.Select(t => new PlanTarget
        {
            OrganisationId = organisationId, PlanId = plan.Id, AssetModule = t.Ref.Module, AssetId = t.Ref.Id,
            AssetLabel = t.Label.Length > 200 ? t.Label[..200] : t.Label, SiteId = t.SiteId, Latitude = t.Latitude, Longitude = t.Longitude,
        }));
        return plan;
    }
}
