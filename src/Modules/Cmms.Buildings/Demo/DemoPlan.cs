using Cmms.Buildings.Buildings;

namespace Cmms.Buildings.Demo;

/// <summary>What a building is used for: decides its rooms and its equipment in the demo.</summary>
internal enum Profile
{
    School,
    Nursery,
    Office,
    TownHall,
    Gym,
    Hall,
    Library,
    Museum,
    Church,
    Residence,
    Workshop,
    Garage,
    Restaurant,
    Kiosk,
    Technical,
    Pool,
    Music,
    House,
}

internal enum Heating
{
    Gas,
    Oil,
    Wood,
    None,
}

/// <summary>
/// One building of the demo town: its site (Directory code), the letter of its code, its name, what it is used for,
/// its floors above ground (1 = ground floor only) and basement, its footprint in metres (an L when asked), the year
/// it was built and its ERP classification.
/// </summary>
internal sealed record DemoBuilding(
    string Site, string Letter, string Name, Profile Profile, int Floors, bool Basement, double Width, double Depth, bool L, int Year,
    ErpType? Type = null, int? Category = null, int? Capacity = null, bool Lift = false, int Playground = 0, Heating Heating = Heating.Gas);

/// <summary>
/// The demo's built assets: about sixty buildings over the forty sites of the town and its intercommunality, sized
/// and dated as a town of 12,000 people has them (a 19th-century town hall, 1930s and 1970s schools, a recent
/// médiathèque). Sites are named by their Directory codes; a site missing from the organisation is skipped.
/// </summary>
internal static class DemoPlan
{
    public static readonly IReadOnlyList<DemoBuilding> City =
    [
        new("HDV", "A", "Hôtel de ville", Profile.TownHall, 3, true, 38, 22, true, 1882, ErpType.W, 3, 420, Lift: true),
        new("HDV", "B", "Hôtel de ville — annexe administrative", Profile.Office, 2, false, 24, 12, false, 1975, ErpType.W, 5),
        new("EC-JFERRY", "A", "École Jules-Ferry — bâtiment principal", Profile.School, 2, true, 46, 14, false, 1932, ErpType.R, 4, 260, Playground: 3),
        new("EC-JFERRY", "B", "École Jules-Ferry — préau et restaurant", Profile.Restaurant, 1, false, 28, 12, false, 1998, ErpType.N, 5),
        new("EM-TILLEULS", "A", "École maternelle Les Tilleuls", Profile.Nursery, 1, false, 34, 26, true, 1978, ErpType.R, 5, Playground: 3),
        new("EC-MCURIE", "A", "École Marie-Curie — bâtiment A", Profile.School, 3, true, 52, 15, false, 1968, ErpType.R, 3, 380, Lift: true, Playground: 2),
        new("EC-MCURIE", "B", "École Marie-Curie — bâtiment B", Profile.School, 2, false, 30, 13, false, 1991, ErpType.R, 4, 180),
        new("GS-BOURG", "A", "Groupe scolaire du Bourg — élémentaire", Profile.School, 2, false, 40, 14, false, 1954, ErpType.R, 4, 240, Playground: 2),
        new("GS-BOURG", "B", "Groupe scolaire du Bourg — maternelle", Profile.Nursery, 1, false, 30, 22, true, 1986, ErpType.R, 5, Playground: 2),
        new("GS-BOURG", "C", "Groupe scolaire du Bourg — restaurant scolaire", Profile.Restaurant, 1, false, 22, 14, false, 2004, ErpType.N, 5),
        new("GYM-COUBERTIN", "A", "Gymnase Pierre-de-Coubertin", Profile.Gym, 2, false, 48, 30, false, 1981, ErpType.X, 3, 520),
        new("GYM-COUBERTIN", "B", "Gymnase Pierre-de-Coubertin — salle de dojo", Profile.Gym, 1, false, 22, 16, false, 2007, ErpType.X, 5),
        new("MED-LMICHEL", "A", "Médiathèque Louise-Michel", Profile.Library, 2, false, 36, 24, true, 2009, ErpType.S, 4, 250, Lift: true),
        new("CRE-PTITSLOUPS", "A", "Crèche Les P'tits Loups", Profile.Nursery, 1, false, 28, 20, true, 1995, ErpType.R, 5, Playground: 2),
        new("CTM", "A", "Centre technique — ateliers", Profile.Workshop, 1, false, 60, 25, false, 1989, Heating: Heating.Oil),
        new("CTM", "B", "Centre technique — garages et magasin", Profile.Garage, 1, false, 50, 20, false, 1989, Heating: Heating.Oil),
        new("CTM", "C", "Centre technique — bureaux et vestiaires", Profile.Office, 2, false, 22, 11, false, 2012),
        new("CTM", "D", "Centre technique — hangar à sel", Profile.Technical, 1, false, 18, 12, false, 2015, Heating: Heating.None),
        new("PARC-BRUNE", "A", "Parc de la Brune — kiosque et sanitaires", Profile.Kiosk, 1, false, 11, 8, false, 1999, ErpType.PA, 5, Playground: 3, Heating: Heating.None),
        new("CIM-ORMEAUX", "A", "Cimetière des Ormeaux — maison du gardien", Profile.House, 1, false, 10, 8, false, 1950),
        new("SDF", "A", "Salle des fêtes", Profile.Hall, 1, false, 40, 22, false, 1972, ErpType.L, 3, 450),
        new("SDF", "B", "Salle des fêtes — logement du gardien", Profile.House, 2, false, 9, 8, false, 1972),
        new("EC-VHUGO", "A", "École Victor-Hugo", Profile.School, 2, false, 42, 13, false, 1961, ErpType.R, 4, 220, Playground: 3),
        new("EC-VHUGO", "B", "École Victor-Hugo — préau et restaurant", Profile.Restaurant, 1, false, 24, 12, false, 2001, ErpType.N, 5),
        new("EM-PEUPLIERS", "A", "École maternelle Les Peupliers", Profile.Nursery, 1, false, 32, 24, true, 2001, ErpType.R, 5, Playground: 3),
        new("REST-SCOL", "A", "Restaurant scolaire central", Profile.Restaurant, 1, false, 30, 18, false, 2015, ErpType.N, 4, 250),
        new("GYM-JMACE", "A", "Gymnase Jean-Macé", Profile.Gym, 1, false, 44, 26, false, 1976, ErpType.X, 4, 290),
        new("STADE-LAGRANGE", "A", "Stade Léo-Lagrange — tribune et vestiaires", Profile.Gym, 2, false, 40, 10, false, 1985, ErpType.PA, 4, 280),
        new("STADE-LAGRANGE", "B", "Stade Léo-Lagrange — club-house", Profile.Restaurant, 1, false, 16, 10, false, 2003, ErpType.N, 5),
        new("MUSEE", "A", "Musée de la Brune", Profile.Museum, 3, true, 30, 18, true, 1820, ErpType.Y, 4, 200, Lift: true),
        new("EGL-STMARTIN", "A", "Église Saint-Martin", Profile.Church, 1, false, 42, 18, false, 1510, ErpType.V, 3, 600, Heating: Heating.None),
        new("ECOLE-MUSIQUE", "A", "École municipale de musique", Profile.Music, 2, false, 22, 14, false, 1908, ErpType.R, 5),
        new("CCAS", "A", "Maison des solidarités", Profile.Office, 2, false, 20, 12, false, 1990, ErpType.W, 5),
        new("RPA-GLYCINES", "A", "Résidence autonomie Les Glycines", Profile.Residence, 3, false, 40, 24, true, 1983, ErpType.J, 4, 120, Lift: true),
        new("POLICE-MUN", "A", "Poste de police municipale", Profile.Office, 1, false, 18, 12, false, 2010, ErpType.W, 5),
        new("MAIRIE-ANNEXE", "A", "Mairie annexe des Charmes", Profile.Office, 1, false, 20, 12, false, 1999, ErpType.W, 5),
        new("PARC-MARRONNIERS", "A", "Square des Marronniers — local technique", Profile.Technical, 1, false, 8, 6, false, 1996, Playground: 3, Heating: Heating.None),
        new("PARC-CHATEAU", "A", "Orangerie du parc du Château", Profile.Hall, 1, false, 30, 10, false, 1860, ErpType.T, 5),
        new("PARC-CHATEAU", "B", "Parc du Château — sanitaires publics", Profile.Kiosk, 1, false, 8, 5, false, 2008, Heating: Heating.None),
        new("HALLE", "A", "Halle du marché", Profile.Hall, 1, false, 50, 24, false, 1895, ErpType.M, 4, 280, Heating: Heating.None),
        new("CAMPING", "A", "Camping des Saules — bâtiment d'accueil", Profile.Office, 1, false, 14, 9, false, 1992, ErpType.PA, 5),
        new("CAMPING", "B", "Camping des Saules — bloc sanitaire", Profile.Kiosk, 1, false, 16, 8, false, 1992, Playground: 2, Heating: Heating.None),
    ];

    public static readonly IReadOnlyList<DemoBuilding> Agglomeration =
    [
        new("SIEGE", "A", "Siège communautaire", Profile.Office, 4, true, 34, 16, true, 2006, ErpType.W, 4, 200, Lift: true),
        new("SIEGE", "B", "Siège communautaire — archives", Profile.Technical, 1, true, 16, 12, false, 2006),
        new("PISC-ESSARTS", "A", "Piscine des Essarts — halle des bassins", Profile.Pool, 1, true, 50, 30, false, 1978, ErpType.X, 3, 650),
        new("PISC-ESSARTS", "B", "Piscine des Essarts — local de traitement d'eau", Profile.Technical, 1, true, 14, 10, false, 1978),
        new("DECH-MONTFLEURY", "A", "Déchetterie — local du gardien", Profile.House, 1, false, 9, 6, false, 2002, Heating: Heating.None),
        new("DECH-MONTFLEURY", "B", "Déchetterie — abri des déchets dangereux", Profile.Technical, 1, false, 12, 6, false, 2002, Heating: Heating.None),
        new("CONSERVATOIRE", "A", "Conservatoire intercommunal", Profile.Music, 3, true, 32, 18, true, 1890, ErpType.R, 3, 350, Lift: true),
        new("CONSERVATOIRE", "B", "Conservatoire — auditorium", Profile.Hall, 1, false, 24, 18, false, 2019, ErpType.L, 4, 240),
        new("CRE-LUTINS", "A", "Crèche intercommunale Les Lutins", Profile.Nursery, 1, false, 30, 20, true, 2011, ErpType.R, 5, Playground: 2),
        new("CTC", "A", "Centre technique communautaire — ateliers et garages", Profile.Garage, 1, false, 55, 22, false, 1998),
        new("CTC", "B", "Centre technique communautaire — bureaux", Profile.Office, 2, false, 20, 11, false, 1998),
        new("MEDIA-STAUBIN", "A", "Médiathèque de Saint-Aubin", Profile.Library, 2, false, 26, 18, false, 2014, ErpType.S, 5),
        new("GYM-ESSARTS", "A", "Gymnase des Essarts", Profile.Gym, 1, false, 44, 26, false, 1993, ErpType.X, 4, 260),
        new("OT", "A", "Office de tourisme", Profile.Office, 2, false, 14, 10, false, 1850, ErpType.W, 5),
        new("STEP-BRUNE", "A", "Station d'épuration — bâtiment d'exploitation", Profile.Technical, 1, false, 24, 12, false, 2007, Heating: Heating.None),
        new("STEP-BRUNE", "B", "Station d'épuration — local de prétraitement", Profile.Technical, 1, false, 14, 8, false, 2007, Heating: Heating.None),
        new("AIRE-ACCUEIL", "A", "Aire d'accueil — bloc sanitaire", Profile.Kiosk, 1, false, 18, 7, false, 2009, Heating: Heating.None),
        new("PEPINIERE", "A", "Pépinière d'entreprises", Profile.Office, 2, false, 30, 14, true, 2016, ErpType.W, 5),
    ];
}
