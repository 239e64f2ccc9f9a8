using Cmms.Works.Requests;

namespace Cmms.Works.Demo;

/// <summary>What referents of a French town really report, by category: a title and its description.</summary>
internal static class DemoProblems
{
    public static readonly IReadOnlyDictionary<RequestCategory, (string Title, string Description)[]> ByCategory = new Dictionary<RequestCategory, (string, string)[]>
    {
        [RequestCategory.Plumbing] =
        [
            ("Fuite sous l'évier de la cuisine", "L'eau goutte sous l'évier, une bassine est posée en attendant."),
            ("WC bouché sanitaires garçons", "Les toilettes du fond sont bouchées depuis ce matin."),
            ("Robinet qui ne ferme plus", "Le robinet du lavabo coule en continu."),
            ("Chasse d'eau qui fuit", "La chasse d'eau coule sans arrêt, bruit dans la classe voisine."),
            ("Pas d'eau chaude aux douches", "Les douches du vestiaire restent froides."),
        ],
        [RequestCategory.Electricity] =
        [
            ("Néons en panne dans la salle 3", "Deux tubes ne s'allument plus, la salle est sombre."),
            ("Prise arrachée dans le couloir", "Une prise murale pend hors de son boîtier, risque pour les enfants."),
            ("Disjoncteur qui saute", "Le disjoncteur du préau saute dès qu'on branche la sono."),
            ("Éclairage extérieur éteint", "Les lampadaires de la cour ne s'allument plus le soir."),
            ("Bloc de secours défectueux", "Le bloc autonome au-dessus de la sortie clignote."),
        ],
        [RequestCategory.Heating] =
        [
            ("Radiateur froid dans le bureau", "Le radiateur reste froid malgré le thermostat au maximum."),
            ("Chaudière en défaut", "La chaudière affiche un code défaut, plus de chauffage dans l'aile est."),
            ("Température trop élevée", "Il fait 26 °C dans la salle de motricité."),
            ("Bruit dans les canalisations", "Coups réguliers dans les tuyaux de chauffage le matin."),
        ],
        [RequestCategory.Locksmith] =
        [
            ("Serrure de la porte d'entrée bloquée", "La clé tourne mal, la porte ne ferme plus à clé."),
            ("Clé cassée dans la serrure", "Une clé est restée cassée dans la serrure du local ménage."),
            ("Ferme-porte à régler", "La porte coupe-feu claque violemment."),
            ("Badge d'accès refusé", "Le lecteur de badge de l'entrée de service refuse tous les badges."),
        ],
        [RequestCategory.Painting] =
        [
            ("Tags sur la façade", "Des tags ont été faits cette nuit sur le mur côté rue."),
            ("Peinture écaillée dans le réfectoire", "La peinture du plafond tombe par plaques au-dessus des tables."),
            ("Traces d'humidité au plafond", "Une auréole s'agrandit au plafond de la salle de réunion."),
        ],
        [RequestCategory.Carpentry] =
        [
            ("Porte de placard arrachée", "La porte du placard de rangement est sortie de ses gonds."),
            ("Fenêtre qui ne ferme plus", "L'ouvrant de la fenêtre côté cour ne ferme plus."),
            ("Étagère à fixer", "Une étagère de la bibliothèque penche dangereusement."),
            ("Volet roulant bloqué", "Le volet de la salle 2 reste bloqué à mi-hauteur."),
        ],
        [RequestCategory.Cleaning] =
        [
            ("Nettoyage après dégât des eaux", "Le sol du sous-sol est couvert de boue après l'orage."),
            ("Encombrants à évacuer", "Des meubles cassés encombrent le local poubelles."),
        ],
        [RequestCategory.Safety] =
        [
            ("Extincteur manquant", "L'extincteur du couloir du premier étage a disparu."),
            ("Alarme incendie en défaut", "La centrale incendie affiche un dérangement."),
            ("Barrière de sécurité cassée", "La barrière en haut de l'escalier extérieur est descellée."),
        ],
        [RequestCategory.GreenSpaces] =
        [
            ("Branche cassée menaçant l'allée", "Une grosse branche pend au-dessus de l'allée principale."),
            ("Pelouse à tondre", "L'herbe est haute autour des jeux, les enfants ne peuvent plus y aller."),
            ("Haie à tailler", "La haie déborde sur le trottoir et gêne les piétons."),
            ("Arrosage automatique en panne", "Les massifs ne sont plus arrosés depuis une semaine."),
            ("Arbre penché après la tempête", "Un arbre penche fortement vers la clôture."),
        ],
        [RequestCategory.Roads] =
        [
            ("Nid-de-poule devant l'entrée", "Un trou profond s'est formé devant le portail, danger pour les vélos."),
            ("Panneau stop renversé", "Le panneau stop à l'angle de la rue est couché au sol."),
            ("Plaque d'égout descellée", "La plaque bouge et claque au passage des voitures."),
            ("Bordure de trottoir cassée", "La bordure est cassée sur deux mètres."),
        ],
        [RequestCategory.Vehicles] =
        [
            ("Voyant moteur allumé", "Le voyant moteur du Kangoo s'est allumé ce matin."),
            ("Pneu crevé", "Le pneu avant droit de la camionnette est à plat."),
            ("Freins qui grincent", "Bruit de frottement au freinage sur le tracteur tondeuse."),
        ],
        [RequestCategory.Other] =
        [
            ("Installation de tables pour la kermesse", "Prévoir 20 tables et 80 chaises pour samedi."),
            ("Affichage à poser", "Trois panneaux d'affichage à fixer dans le hall."),
        ],
    };

    /// <summary>The categories a kind of site reports most (by the site's code prefix), the others occasionally.</summary>
    public static RequestCategory[] LikelyFor(string siteCode) => siteCode switch
    {
        _ when siteCode.StartsWith("PARC", StringComparison.Ordinal) || siteCode.StartsWith("CIM", StringComparison.Ordinal) =>
            [RequestCategory.GreenSpaces, RequestCategory.GreenSpaces, RequestCategory.GreenSpaces, RequestCategory.Roads, RequestCategory.Electricity, RequestCategory.Safety],
        _ when siteCode.StartsWith("CTM", StringComparison.Ordinal) =>
            [RequestCategory.Vehicles, RequestCategory.Vehicles, RequestCategory.Electricity, RequestCategory.Plumbing, RequestCategory.Roads],
        _ => [RequestCategory.Plumbing, RequestCategory.Plumbing, RequestCategory.Electricity, RequestCategory.Electricity, RequestCategory.Heating,
              RequestCategory.Locksmith, RequestCategory.Painting, RequestCategory.Carpentry, RequestCategory.Cleaning, RequestCategory.Safety,
              RequestCategory.GreenSpaces, RequestCategory.Other],
    };

    public static readonly string[] Rejections =
    [
        "Ne relève pas des services techniques : à voir avec le prestataire de ménage.",
        "Travaux prévus au programme de rénovation de l'été prochain.",
        "Équipement sous garantie : le fournisseur a été contacté directement.",
    ];

    public static readonly string[] Questions =
    [
        "Pouvez-vous préciser la salle et l'étage ?",
        "Le problème est-il toujours présent aujourd'hui ?",
        "Pouvez-vous joindre une photo ?",
    ];

    public static readonly string[] Reports =
    [
        "Joint remplacé, essai concluant.",
        "Pièce changée, fonctionnement vérifié avec le référent.",
        "Réparation provisoire, pièce commandée pour une intervention définitive.",
        "Réglage effectué, plus de dysfonctionnement constaté.",
        "Nettoyage et remise en état réalisés.",
    ];

    public static readonly (string Label, string Unit, decimal UnitCost)[] Parts =
    [
        ("Joint fibre 20x27", "u", 0.85m), ("Flexible inox 50 cm", "u", 6.90m), ("Tube LED T8 120 cm", "u", 8.40m),
        ("Disjoncteur 16 A", "u", 12.30m), ("Cylindre européen 30x30", "u", 24.50m), ("Peinture acrylique blanche 10 L", "pot", 68.00m),
        ("Vis inox 5x50 (boîte)", "boîte", 9.80m), ("Silicone sanitaire", "cartouche", 7.20m), ("Robinet thermostatique", "u", 38.60m),
    ];
}
