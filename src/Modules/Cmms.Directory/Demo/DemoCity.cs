using Cmms.Directory.Organisations;
using Cmms.Directory.Services;
using Cmms.Directory.Sites;
using Cmms.Kernel.Security;

namespace Cmms.Directory.Demo;

/// <summary>The demo logins and API keys, as the README documents them and the tests use them.</summary>
internal static class DemoLogins
{
    /// <summary>Every demo login shares this password.</summary>
    internal const string Password = "Valbrune-Demo-2026";

    /// <summary>Administrator of both organisations: the person who switches between them.</summary>
    internal const string Admin = "admin@valbrune.fr";
    internal const string BuildingsManager = "responsable.batiments@valbrune.fr";
    internal const string GreenSpacesManager = "responsable.espaces-verts@valbrune.fr";
    internal const string Agent = "agent@valbrune.fr";
    internal const string Mechanic = "mecanicien@valbrune.fr";
    internal const string Storekeeper = "magasinier@valbrune.fr";
    internal const string SchoolReferent = "referent.ecole@valbrune.fr";
    internal const string TownHallReferent = "referent.mairie@valbrune.fr";
    internal const string NurseryReferent = "referent.creche@valbrune.fr";
    internal const string Finance = "finances@valbrune.fr";
    internal const string HumanResources = "rh@valbrune.fr";
    internal const string AggloAdmin = "agglo.admin@valbrune.fr";
    internal const string AggloReferent = "agglo.referent@valbrune.fr";

    internal const string CityDemoApiKey = "cmms_demoville_valbrune-demo-api-key-ville-2026";
    internal const string AggloDemoApiKey = "cmms_demoagglo_valbrune-demo-api-key-agglo-2026";
}

/// <summary>One organisation of the demo and everything it holds in the directory.</summary>
internal sealed record DemoOrganisation(
    string Code,
    string Name,
    OrganisationKind Kind,
    string Siren,
    string EmployeePrefix,
    string ApiKeyPrefix,
    string ApiKeySecret,
    IReadOnlyList<DemoService> Services,
    IReadOnlyList<DemoSite> Sites,
    IReadOnlyList<DemoAgent> Agents,
    IReadOnlyList<DemoMember> Members);

internal sealed record DemoService(string Code, string Name, ServiceKind Kind, IReadOnlyList<string> Teams);

internal sealed record DemoSite(
    string Code, string Name, SiteKind Kind, string Address, string PostCode, string Town, double Latitude, double Longitude);

/// <summary>
/// An agent, with the loaded hourly cost of their first rate. A <paramref name="Recent"/> agent arrived
/// last year and has two rates; the others have three.
/// </summary>
internal sealed record DemoAgent(
    string FirstName, string LastName, string Team, string Trade, decimal HourlyCost, bool Recent = false, string? Login = null);

internal sealed record DemoUser(string Email, string DisplayName);

/// <summary>A login's membership: roles, and the services (codes) or sites (codes) they cover.</summary>
internal sealed record DemoMember(
    string Email, IReadOnlyList<string> Roles, IReadOnlyList<string>? Services = null, IReadOnlyList<string>? Sites = null);

/// <summary>
/// Valbrune, a fictional town on the Brune (71400), and its intercommunality. Every name is made up;
/// any likeness to a real person is chance.
/// </summary>
internal static class DemoCity
{
    private const string Town = "Valbrune";
    private const string TownPostCode = "71400";
    private const string SaintAubin = "Saint-Aubin-sur-Brune";
    private const string Montfleury = "Montfleury";
    private const string LesEssarts = "Les Essarts-le-Vieux";

    /// <summary>Each organisation keeps its own list of trades; the demo gives both the same one.</summary>
    public static readonly IReadOnlyList<string> Trades =
    [
        "Plombier", "Chauffagiste", "Électricien", "Menuisier", "Peintre", "Serrurier",
        "Jardinier", "Élagueur", "Agent de voirie", "Mécanicien", "Magasinier", "Agent polyvalent",
    ];

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new(DemoLogins.Admin, "Claire Morel"),
        new(DemoLogins.BuildingsManager, "Julien Fabre"),
        new(DemoLogins.GreenSpacesManager, "Nadia Benali"),
        new(DemoLogins.Agent, "Karim Haddad"),
        new(DemoLogins.Mechanic, "Sébastien Roux"),
        new(DemoLogins.Storekeeper, "Élodie Garnier"),
        new(DemoLogins.SchoolReferent, "Isabelle Lefèvre"),
        new(DemoLogins.TownHallReferent, "Thomas Girard"),
        new(DemoLogins.NurseryReferent, "Aurélie Chevalier"),
        new(DemoLogins.Finance, "Philippe Marchand"),
        new(DemoLogins.HumanResources, "Sophie Lambert"),
        new(DemoLogins.AggloAdmin, "Marc Delattre"),
        new(DemoLogins.AggloReferent, "Laura Perrin"),
    ];

    public static readonly DemoOrganisation City = new(
        Code: "VALBRUNE",
        Name: "Ville de Valbrune",
        Kind: OrganisationKind.Municipality,
        Siren: "219300456",
        EmployeePrefix: "VB",
        ApiKeyPrefix: "demoville",
        ApiKeySecret: "valbrune-demo-api-key-ville-2026",
        Services:
        [
            new("BAT", "Service Bâtiments", ServiceKind.Buildings,
                ["Équipe plomberie-chauffage", "Équipe électricité", "Équipe menuiserie-peinture"]),
            new("EV", "Service Espaces verts", ServiceKind.GreenSpaces, ["Équipe tonte", "Équipe élagage", "Équipe fleurissement"]),
            new("VOI", "Service Voirie", ServiceKind.Roads, ["Équipe chaussée", "Équipe signalisation"]),
            new("ATE", "Atelier parc auto", ServiceKind.FleetWorkshop, ["Mécaniciens"]),
            new("MAG", "Magasin central", ServiceKind.Stores, ["Magasiniers"]),
        ],
        Sites:
        [
            new("HDV", "Hôtel de ville", SiteKind.TownHall, "1 place de la Mairie", TownPostCode, Town, 46.80031, 4.42962),
            new("EC-JFERRY", "École élémentaire Jules-Ferry", SiteKind.School, "12 rue Jules-Ferry", TownPostCode, Town, 46.80412, 4.43518),
            new("EM-TILLEULS", "École maternelle Les Tilleuls", SiteKind.School, "5 allée des Tilleuls", TownPostCode, Town, 46.79618, 4.42184),
            new("EC-MCURIE", "École élémentaire Marie-Curie", SiteKind.School, "27 avenue Marie-Curie", TownPostCode, Town, 46.80874, 4.41869),
            new("GS-BOURG", "Groupe scolaire du Bourg", SiteKind.School, "3 rue du Bourg", TownPostCode, Town, 46.79853, 4.43791),
            new("GYM-COUBERTIN", "Gymnase Pierre-de-Coubertin", SiteKind.Gymnasium, "8 chemin du Stade", TownPostCode, Town, 46.81118, 4.44012),
            new("MED-LMICHEL", "Médiathèque Louise-Michel", SiteKind.Library, "14 rue de la République", TownPostCode, Town, 46.80107, 4.43208),
            new("CRE-PTITSLOUPS", "Crèche Les P'tits Loups", SiteKind.Nursery, "22 rue Pasteur", TownPostCode, Town, 46.79476, 4.43025),
            new("CTM", "Centre technique municipal", SiteKind.Depot, "4 rue de l'Industrie", TownPostCode, Town, 46.78912, 4.44783),
            new("PARC-BRUNE", "Parc de la Brune", SiteKind.Park, "quai de la Brune", TownPostCode, Town, 46.80289, 4.44154),
            new("CIM-ORMEAUX", "Cimetière des Ormeaux", SiteKind.Cemetery, "route des Ormeaux", TownPostCode, Town, 46.81376, 4.42653),
            new("SDF", "Salle des fêtes", SiteKind.CulturalVenue, "2 place du Champ-de-Foire", TownPostCode, Town, 46.79968, 4.42617),

            // Added for the asset register (buildings and their equipment): the rest of the town's public buildings.
            new("EC-VHUGO", "École élémentaire Victor-Hugo", SiteKind.School, "9 rue Victor-Hugo", TownPostCode, Town, 46.79241, 4.43562),
            new("EM-PEUPLIERS", "École maternelle Les Peupliers", SiteKind.School, "2 rue des Peupliers", TownPostCode, Town, 46.80698, 4.42315),
            new("REST-SCOL", "Restaurant scolaire central", SiteKind.School, "7 rue de l'Église", TownPostCode, Town, 46.80155, 4.43412),
            new("GYM-JMACE", "Gymnase Jean-Macé", SiteKind.Gymnasium, "1 avenue Jean-Macé", TownPostCode, Town, 46.79372, 4.41803),
            new("STADE-LAGRANGE", "Stade Léo-Lagrange", SiteKind.Gymnasium, "route de Chalon", TownPostCode, Town, 46.81302, 4.44521),
            new("MUSEE", "Musée de la Brune", SiteKind.CulturalVenue, "3 place Saint-Martin", TownPostCode, Town, 46.80088, 4.43097),
            new("EGL-STMARTIN", "Église Saint-Martin", SiteKind.Other, "place Saint-Martin", TownPostCode, Town, 46.80052, 4.43155),
            new("ECOLE-MUSIQUE", "École municipale de musique", SiteKind.CulturalVenue, "18 rue des Arts", TownPostCode, Town, 46.80264, 4.42745),
            new("CCAS", "Maison des solidarités (CCAS)", SiteKind.Other, "5 rue Pasteur", TownPostCode, Town, 46.79531, 4.42918),
            new("RPA-GLYCINES", "Résidence autonomie Les Glycines", SiteKind.Other, "11 rue des Glycines", TownPostCode, Town, 46.79104, 4.42437),
            new("POLICE-MUN", "Poste de police municipale", SiteKind.Other, "2 rue de la Gare", TownPostCode, Town, 46.79822, 4.43611),
            new("MAIRIE-ANNEXE", "Mairie annexe des Charmes", SiteKind.TownHall, "40 avenue des Charmes", TownPostCode, Town, 46.81587, 4.41542),
            new("PARC-MARRONNIERS", "Square des Marronniers", SiteKind.Park, "rue des Marronniers", TownPostCode, Town, 46.79707, 4.42602),
            new("PARC-CHATEAU", "Parc du Château", SiteKind.Park, "allée du Château", TownPostCode, Town, 46.80795, 4.43755),
            new("HALLE", "Halle du marché", SiteKind.Other, "place du Champ-de-Foire", TownPostCode, Town, 46.79934, 4.42702),
            new("CAMPING", "Camping municipal des Saules", SiteKind.Other, "chemin des Saules", TownPostCode, Town, 46.80561, 4.45288),
        ],
        Agents:
        [
            new("Karim", "Haddad", "Équipe plomberie-chauffage", "Plombier", 33.40m, Login: DemoLogins.Agent),
            new("Laurent", "Mercier", "Équipe plomberie-chauffage", "Chauffagiste", 38.90m),
            new("Yannick", "Le Goff", "Équipe plomberie-chauffage", "Plombier", 31.20m, Recent: true),
            new("Mélanie", "Caron", "Équipe plomberie-chauffage", "Chauffagiste", 34.60m),
            new("Patrick", "Bonnet", "Équipe électricité", "Électricien", 41.80m),
            new("Samia", "Belkacem", "Équipe électricité", "Électricien", 32.75m),
            new("Kévin", "Fontaine", "Équipe électricité", "Électricien", 30.10m, Recent: true),
            new("Didier", "Rousseau", "Équipe menuiserie-peinture", "Menuisier", 39.50m),
            new("Émilie", "Vasseur", "Équipe menuiserie-peinture", "Peintre", 31.85m),
            new("Mickaël", "Barbier", "Équipe menuiserie-peinture", "Serrurier", 34.20m),
            new("Océane", "Lemaire", "Équipe menuiserie-peinture", "Peintre", 29.40m, Recent: true),
            new("Jean-Luc", "Perrot", "Équipe tonte", "Jardinier", 40.30m),
            new("Fatou", "Diallo", "Équipe tonte", "Jardinier", 30.65m),
            new("Romain", "Gauthier", "Équipe tonte", "Jardinier", 29.90m, Recent: true),
            new("Cédric", "Meunier", "Équipe tonte", "Jardinier", 31.10m),
            new("Franck", "Hoarau", "Équipe élagage", "Élagueur", 37.45m),
            new("Julie", "Brunet", "Équipe élagage", "Élagueur", 35.20m),
            new("Anthony", "Da Silva", "Équipe élagage", "Élagueur", 33.80m, Recent: true),
            new("Catherine", "Renaud", "Équipe fleurissement", "Jardinier", 36.70m),
            new("Manon", "Schmitt", "Équipe fleurissement", "Jardinier", 28.60m, Recent: true),
            new("Gérard", "Colin", "Équipe chaussée", "Agent de voirie", 39.95m),
            new("Mehdi", "Bouzid", "Équipe chaussée", "Agent de voirie", 31.55m),
            new("Dylan", "Marchal", "Équipe chaussée", "Agent de voirie", 28.90m, Recent: true),
            new("Stéphane", "Lacroix", "Équipe signalisation", "Agent de voirie", 34.35m),
            new("Nathalie", "Guérin", "Équipe signalisation", "Agent polyvalent", 30.40m),
            new("Sébastien", "Roux", "Mécaniciens", "Mécanicien", 36.80m, Login: DemoLogins.Mechanic),
            new("Olivier", "Masson", "Mécaniciens", "Mécanicien", 42.10m),
            new("Lucas", "Petitjean", "Mécaniciens", "Mécanicien", 30.25m, Recent: true),
            new("Élodie", "Garnier", "Magasiniers", "Magasinier", 32.90m, Login: DemoLogins.Storekeeper),
            new("Bruno", "Carpentier", "Magasiniers", "Magasinier", 35.40m),
        ],
        Members:
        [
            new(DemoLogins.Admin, [Roles.Administrator]),
            new(DemoLogins.BuildingsManager, [Roles.ServiceManager], Services: ["BAT"]),
            new(DemoLogins.GreenSpacesManager, [Roles.ServiceManager], Services: ["EV", "VOI"]),
            new(DemoLogins.Agent, [Roles.FieldAgent]),
            new(DemoLogins.Mechanic, [Roles.Mechanic]),
            new(DemoLogins.Storekeeper, [Roles.Storekeeper]),
            new(DemoLogins.SchoolReferent, [Roles.Referent], Sites: ["EC-JFERRY", "EM-TILLEULS", "EC-MCURIE", "GS-BOURG"]),
            new(DemoLogins.TownHallReferent, [Roles.Referent], Sites: ["HDV", "MED-LMICHEL", "SDF", "GYM-COUBERTIN"]),
            new(DemoLogins.NurseryReferent, [Roles.Referent], Sites: ["CRE-PTITSLOUPS"]),
            new(DemoLogins.Finance, [Roles.Finance]),
            new(DemoLogins.HumanResources, [Roles.HumanResources]),
        ]);

    public static readonly DemoOrganisation Agglomeration = new(
        Code: "VALAGGLO",
        Name: "Valbrune Agglomération",
        Kind: OrganisationKind.Intercommunality,
        Siren: "200012345",
        EmployeePrefix: "VA",
        ApiKeyPrefix: "demoagglo",
        ApiKeySecret: "valbrune-demo-api-key-agglo-2026",
        Services:
        [
            new("BAT", "Patrimoine communautaire", ServiceKind.Buildings, ["Équipe maintenance des bâtiments"]),
            new("VOI", "Voirie communautaire", ServiceKind.Roads, ["Équipe voirie communautaire"]),
            new("ATE", "Garage communautaire", ServiceKind.FleetWorkshop, ["Mécaniciens"]),
        ],
        Sites:
        [
            new("SIEGE", "Siège communautaire", SiteKind.TownHall, "10 boulevard de la Libération", TownPostCode, Town, 46.80583, 4.42491),
            new("PISC-ESSARTS", "Piscine intercommunale des Essarts", SiteKind.Other, "route de Valbrune", "71360", LesEssarts, 46.84312, 4.39118),
            new("DECH-MONTFLEURY", "Déchetterie de Montfleury", SiteKind.Other, "lieu-dit Les Champs-Bouchard", "71490", Montfleury, 46.76541, 4.48762),
            new("CONSERVATOIRE", "Conservatoire intercommunal", SiteKind.CulturalVenue, "6 rue du Château", TownPostCode, SaintAubin, 46.78324, 4.38671),
            new("CRE-LUTINS", "Crèche intercommunale Les Lutins", SiteKind.Nursery, "3 impasse des Lilas", "71490", Montfleury, 46.77013, 4.48125),
            new("CTC", "Centre technique communautaire", SiteKind.Depot, "15 rue des Artisans", TownPostCode, SaintAubin, 46.78687, 4.39412),

            // Added for the asset register: the intercommunality's other facilities.
            new("MEDIA-STAUBIN", "Médiathèque intercommunale de Saint-Aubin", SiteKind.Library, "2 place de l'Église", TownPostCode, SaintAubin, 46.78451, 4.38902),
            new("GYM-ESSARTS", "Gymnase intercommunal des Essarts", SiteKind.Gymnasium, "rue du Stade", "71360", LesEssarts, 46.84105, 4.39422),
            new("OT", "Office de tourisme intercommunal", SiteKind.Other, "4 rue du Pont", TownPostCode, Town, 46.80211, 4.43344),
            new("STEP-BRUNE", "Station d'épuration de la Brune", SiteKind.Other, "chemin de la Station", TownPostCode, Town, 46.79412, 4.46123),
            new("AIRE-ACCUEIL", "Aire d'accueil des gens du voyage", SiteKind.Other, "route de Montfleury", "71490", Montfleury, 46.77542, 4.47208),
            new("PEPINIERE", "Pépinière d'entreprises", SiteKind.Other, "22 rue des Artisans", TownPostCode, SaintAubin, 46.78755, 4.39561),
        ],
        Agents:
        [
            new("Hervé", "Lemoine", "Équipe maintenance des bâtiments", "Agent polyvalent", 38.20m),
            new("Sandrine", "Aubert", "Équipe maintenance des bâtiments", "Électricien", 34.10m),
            new("Alexandre", "Royer", "Équipe maintenance des bâtiments", "Plombier", 32.60m, Recent: true),
            new("Chloé", "Baron", "Équipe maintenance des bâtiments", "Peintre", 29.75m, Recent: true),
            new("Thierry", "Morin", "Équipe voirie communautaire", "Agent de voirie", 40.50m),
            new("Nicolas", "Picard", "Équipe voirie communautaire", "Agent de voirie", 31.35m),
            new("Amandine", "Collet", "Équipe voirie communautaire", "Agent de voirie", 29.10m, Recent: true),
            new("Rachid", "Benhamou", "Équipe voirie communautaire", "Agent polyvalent", 33.70m),
            new("Pascal", "Leclerc", "Mécaniciens", "Mécanicien", 43.60m),
            new("Jérémy", "Dupuis", "Mécaniciens", "Mécanicien", 31.90m, Recent: true),
        ],
        Members:
        [
            new(DemoLogins.Admin, [Roles.Administrator]),
            new(DemoLogins.AggloAdmin, [Roles.Administrator]),
            new(DemoLogins.AggloReferent, [Roles.Referent], Sites: ["CRE-LUTINS", "CONSERVATOIRE"]),
        ]);

    /// <summary>In seeding order: a login's first organisation here is the one they sign in to.</summary>
    public static readonly IReadOnlyList<DemoOrganisation> Organisations = [City, Agglomeration];
}
