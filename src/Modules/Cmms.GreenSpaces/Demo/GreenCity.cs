using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.GreenSpaces.PlayEquipment;
using Cmms.GreenSpaces.Trees;
using Cmms.GreenSpaces.Zones;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Seeding;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Demo;

/// <summary>
/// Generates a town's green spaces around its sites: a park with lawns, beds, a meadow and a playground,
/// school grounds, the cemetery, the stadium, beds at the town hall, then alignment trees, verges and
/// crossing beds along the avenues of <see cref="DemoTownPlan"/>. Deterministic for a given random seed.
/// </summary>
internal sealed class GreenCity(Random random, IReadOnlyList<SiteInfo> sites, DateOnly today)
{
    private static readonly string[] Avenue = ["Platanus × acerifolia", "Tilia cordata", "Tilia × europaea", "Acer platanoides", "Celtis australis", "Styphnolobium japonicum", "Pyrus calleryana 'Chanticleer'", "Liquidambar styraciflua"];
    private static readonly string[] Park = ["Quercus robur", "Fagus sylvatica", "Cedrus atlantica", "Aesculus hippocastanum", "Betula pendula", "Pinus nigra", "Ginkgo biloba", "Liquidambar styraciflua", "Acer pseudoplatanus", "Carpinus betulus", "Salix alba", "Alnus glutinosa", "Magnolia grandiflora", "Juglans regia", "Quercus rubra", "Platanus × acerifolia"];
    private static readonly string[] School = ["Acer campestre", "Carpinus betulus", "Prunus avium", "Tilia cordata", "Sorbus aucuparia", "Prunus cerasifera 'Pissardii'", "Zelkova serrata"];
    private static readonly string[] Cemetery = ["Taxus baccata", "Tilia platyphyllos", "Cedrus atlantica", "Pinus nigra", "Ulmus 'Lutèce'"];

    public List<Zone> Zones { get; } = [];

    public List<Tree> Trees { get; } = [];

    public List<PlayItem> PlayItems { get; } = [];

    /// <summary>The demo city: 150 zones, 2,000 trees and 40 pieces of playground equipment.</summary>
    public void City(int zones = 150, int trees = 2000)
    {
        ParkOfTheBrune();
        foreach (var code in new[] { "EC-JFERRY", "EM-TILLEULS", "EC-MCURIE", "GS-BOURG", "CRE-PTITSLOUPS" })
        {
            SchoolGrounds(code, playItems: code == "CRE-PTITSLOUPS" ? 4 : code.StartsWith("EM", StringComparison.Ordinal) ? 6 : 5);
        }

        CemeteryGrounds("CIM-ORMEAUX");
        Stadium("GYM-COUBERTIN");
        Beds("HDV", ["Massif d'honneur", "Jardinière du perron", "Massif de la place de la Mairie"], MaintenanceClass.Prestige);
        Beds("MED-LMICHEL", ["Massif de la médiathèque"], MaintenanceClass.Tended);
        Beds("SDF", ["Massif du Champ-de-Foire", "Pelouse du Champ-de-Foire"], MaintenanceClass.Tended);
        Streets(zones, trees);
    }

    /// <summary>The intercommunality's few green spaces: its nursery's garden and the conservatory's lawn.</summary>
    public void Agglomeration()
    {
        SchoolGrounds("CRE-LUTINS", playItems: 3);
        Beds("CONSERVATOIRE", ["Pelouse du conservatoire"], MaintenanceClass.Tended, kind: ZoneKind.Lawn, trees: 8);
    }

    private void ParkOfTheBrune()
    {
        if (Site("PARC-BRUNE") is not { } site)
        {
            return;
        }

        var centre = DemoTownPlan.ParkCentre;
        AddZone("Parc de la Brune", ZoneKind.Park, MaintenanceClass.Tended, site.Id,
            Shape(centre, [(-180, -130), (60, -135), (180, -110), (185, 40), (170, 130), (-60, 132), (-178, 120), (-185, -10)]));
        (string Name, double East, double North, double HalfW, double HalfH)[] lawns =
        [
            ("Pelouse centrale", -20, 10, 60, 40), ("Pelouse des Platanes", -120, 60, 45, 45), ("Pelouse du kiosque", 80, 70, 50, 35),
            ("Pelouse sud", 40, -80, 70, 30), ("Pelouse de l'entrée", -120, -70, 40, 35),
        ];
        foreach (var lawn in lawns)
        {
            var zone = AddZone($"Parc de la Brune — {lawn.Name.ToLowerInvariant()}", ZoneKind.Lawn, MaintenanceClass.Tended, site.Id, Box(centre, lawn.East, lawn.North, lawn.HalfW, lawn.HalfH));
            PlantIn(zone, lawn.HalfW, lawn.HalfH, count: 70, Park, site.Id, "Parc de la Brune", nearTraffic: 0.4, years: (1890, 2018));
        }

        (string Name, double East, double North)[] beds =
        [
            ("Massif de l'entrée", -160, -115), ("Massif des roses", 30, 55), ("Massif du kiosque", 110, 40), ("Massif de la fontaine", -20, -35),
            ("Massif des vivaces", -60, 110), ("Massif des bulbes", 150, -60),
        ];
        foreach (var bed in beds)
        {
            AddZone($"Parc de la Brune — {bed.Name.ToLowerInvariant()}", ZoneKind.FlowerBed, MaintenanceClass.Prestige, site.Id, Box(centre, bed.East, bed.North, 8, 5));
        }

        AddZone("Parc de la Brune — prairie fleurie des berges", ZoneKind.Meadow, MaintenanceClass.Natural, site.Id, Box(centre, 160, 0, 18, 100));
        AddZone("Parc de la Brune — haie champêtre nord", ZoneKind.Hedge, MaintenanceClass.Rustic, site.Id, Box(centre, -40, 124, 120, 3));
        AddZone("Parc de la Brune — haie de l'allée ouest", ZoneKind.Hedge, MaintenanceClass.Tended, site.Id, Box(centre, -172, 20, 3, 80));

        // The playground, by the south-west entrance, with its equipment.
        var playground = AddZone("Parc de la Brune — aire de jeux", ZoneKind.Lawn, MaintenanceClass.Tended, site.Id, Box(centre, -60, -100, 35, 20));
        PlayGround(playground, centre, -60, -100, site.Id, 12, (2, 12));

        // Trees along the park's main alley, over the walkers.
        for (var east = -170.0; east <= 170; east += 12)
        {
            foreach (var side in new[] { -6.0, 6.0 })
            {
                Trees.Add(MakeTree(Point(centre, east, -10 + side), Pick(["Platanus × acerifolia", "Tilia × europaea"]), site.Id, null, "Parc de la Brune, grande allée", true, (1905, 1960)));
            }
        }
    }

    private void SchoolGrounds(string code, int playItems)
    {
        if (Site(code) is not { } site)
        {
            return;
        }

        var at = (site.Longitude ?? 0, site.Latitude ?? 0);
        var yard = AddZone($"{site.Name} — pelouse de la cour", ZoneKind.Lawn, MaintenanceClass.Tended, site.Id, Box(at, 30, 25, 25, 15));
        AddZone($"{site.Name} — massif de l'entrée", ZoneKind.FlowerBed, MaintenanceClass.Tended, site.Id, Box(at, -15, -20, 6, 3));
        AddZone($"{site.Name} — haie de clôture", ZoneKind.Hedge, MaintenanceClass.Tended, site.Id, Box(at, 30, 44, 30, 2));
        PlantIn(yard, 25, 15, count: 10, School, site.Id, site.Name, nearTraffic: 0.8, years: (1975, 2020));
        var play = AddZone($"{site.Name} — aire de jeux", ZoneKind.Lawn, MaintenanceClass.Tended, site.Id, Box(at, -30, 25, 14, 10));
        PlayGround(play, at, -30, 25, site.Id, playItems, code.StartsWith("CRE", StringComparison.Ordinal) || code.StartsWith("EM", StringComparison.Ordinal) ? (1, 6) : (3, 12));
    }

    private void CemeteryGrounds(string code)
    {
        if (Site(code) is not { } site)
        {
            return;
        }

        var at = (site.Longitude ?? 0, site.Latitude ?? 0);
        AddZone("Cimetière des Ormeaux — enceinte", ZoneKind.Park, MaintenanceClass.Tended, site.Id, Box(at, 0, 60, 110, 75));
        foreach (var (name, east, north) in new[] { ("carré A", -50.0, 100.0), ("carré B", 50.0, 100.0), ("carré C", -50.0, 30.0), ("carré D", 50.0, 30.0) })
        {
            var lawn = AddZone($"Cimetière des Ormeaux — allées enherbées du {name}", ZoneKind.Lawn, MaintenanceClass.Rustic, site.Id, Box(at, east, north, 40, 25));
            PlantIn(lawn, 40, 25, count: 25, Cemetery, site.Id, "Cimetière des Ormeaux", nearTraffic: 0.6, years: (1880, 2000));
        }

        AddZone("Cimetière des Ormeaux — haie d'ifs", ZoneKind.Hedge, MaintenanceClass.Tended, site.Id, Box(at, 0, 134, 110, 2));
        AddZone("Cimetière des Ormeaux — jardin du souvenir", ZoneKind.FlowerBed, MaintenanceClass.Prestige, site.Id, Box(at, 0, -5, 10, 6));
    }

    private void Stadium(string code)
    {
        if (Site(code) is not { } site)
        {
            return;
        }

        var at = (site.Longitude ?? 0, site.Latitude ?? 0);
        AddZone("Stade Pierre-de-Coubertin — terrain d'honneur", ZoneKind.SportsGround, MaintenanceClass.Prestige, site.Id, Box(at, 80, 0, 55, 35));
        AddZone("Stade Pierre-de-Coubertin — terrain d'entraînement", ZoneKind.SportsGround, MaintenanceClass.Tended, site.Id, Box(at, 80, 85, 50, 32));
        var lawn = AddZone("Stade Pierre-de-Coubertin — abords", ZoneKind.Lawn, MaintenanceClass.Rustic, site.Id, Box(at, -20, 40, 30, 60));
        PlantIn(lawn, 30, 60, count: 16, ["Acer pseudoplatanus", "Fraxinus excelsior", "Robinia pseudoacacia"], site.Id, "Stade Pierre-de-Coubertin", nearTraffic: 0.5, years: (1965, 2005));
        var play = AddZone("Stade Pierre-de-Coubertin — aire de jeux", ZoneKind.Lawn, MaintenanceClass.Tended, site.Id, Box(at, -20, -40, 15, 10));
        PlayGround(play, at, -20, -40, site.Id, 3, (6, 14));
    }

    private void Beds(string code, string[] names, MaintenanceClass maintenance, ZoneKind kind = ZoneKind.FlowerBed, int trees = 0)
    {
        if (Site(code) is not { } site)
        {
            return;
        }

        var at = (site.Longitude ?? 0, site.Latitude ?? 0);
        for (var i = 0; i < names.Length; i++)
        {
            var zone = AddZone(names[i], names[i].StartsWith("Pelouse", StringComparison.Ordinal) ? ZoneKind.Lawn : kind, maintenance, site.Id, Box(at, -20 + (i * 18), -25, kind == ZoneKind.Lawn ? 25 : 7, kind == ZoneKind.Lawn ? 15 : 4));
            if (trees > 0 && i == 0)
            {
                PlantIn(zone, 25, 15, trees, School, site.Id, site.Name, nearTraffic: 0.3, years: (1970, 2015));
            }
        }
    }

    /// <summary>Alignment trees along the avenues, grass verges and crossing beds, until the counts are reached.</summary>
    private void Streets(int zones, int trees)
    {
        var avenues = DemoTownPlan.Segments.Where(s => s.Kind == DemoTownPlan.StreetKind.Avenue).ToList();
        foreach (var segment in avenues)
        {
            var species = Pick(Avenue);
            var length = DemoTownPlan.Metres(segment.From, segment.To);
            for (var along = 14.0; along < length - 14 && Trees.Count < trees; along += 11)
            {
                foreach (var side in new[] { -7.0, 7.0 })
                {
                    if (Trees.Count < trees)
                    {
                        var location = $"{segment.Street}, côté {(side < 0 ? "pair" : "impair")}";
                        Trees.Add(MakeTree(Along(segment, along, side), species, null, null, location, true, (1948, 1995)));
                    }
                }
            }
        }

        // Verges on the other streets, then beds at crossings, until the town has its number of zones.
        var streets = DemoTownPlan.Segments.Where(s => s.Kind != DemoTownPlan.StreetKind.Avenue).OrderBy(_ => random.Next()).ToList();
        var next = 0;
        while (Zones.Count < zones && next < streets.Count)
        {
            var s = streets[next++];
            var length = DemoTownPlan.Metres(s.From, s.To);
            var verge = Wgs84.Factory.CreatePolygon([
                Coordinate(Along(s, 15, 4)), Coordinate(Along(s, length - 15, 4)), Coordinate(Along(s, length - 15, 7)), Coordinate(Along(s, 15, 7)), Coordinate(Along(s, 15, 4)),
            ]);
            var kind = s.Kind == DemoTownPlan.StreetKind.Lane ? ZoneKind.Meadow : next % 5 == 0 ? ZoneKind.Hedge : ZoneKind.Lawn;
            var maintenance = kind == ZoneKind.Meadow ? MaintenanceClass.Natural : MaintenanceClass.Rustic;
            var name = kind switch
            {
                ZoneKind.Meadow => $"Bande fleurie — {s.Street}",
                ZoneKind.Hedge => $"Haie — {s.Street}",
                _ => $"Accotement enherbé — {s.Street}",
            };
            AddZone($"{name} ({s.Number})", kind, maintenance, null, verge);
        }

        foreach (var crossing in DemoTownPlan.Crossings.Where(c => !DemoTownPlan.InPark(c.Lon, c.Lat)))
        {
            if (Zones.Count >= zones)
            {
                break;
            }

            if (random.NextDouble() < 0.6)
            {
                continue;
            }

            AddZone($"Massif du carrefour ({crossing.Lat:0.0000} N, {crossing.Lon:0.0000} E)", ZoneKind.FlowerBed, MaintenanceClass.Tended, null, Box(crossing, 12, 12, 3, 3));
        }
    }

    private void PlayGround(Zone zone, (double Lon, double Lat) at, double east, double north, Guid site, int count, (int Min, int Max) ages)
    {
        (string Name, PlayType Type)[] catalogue =
        [
            ("Balançoire double", PlayType.Swing), ("Toboggan 1,50 m", PlayType.Slide), ("Jeu à ressort « Coccinelle »", PlayType.Rocking),
            ("Structure multi-activités « Le Fort »", PlayType.MultiPlay), ("Tourniquet", PlayType.Carousel), ("Filet pyramidal", PlayType.SpaceNet),
            ("Bascule deux places", PlayType.Rocking), ("Bac à sable", PlayType.Sandpit), ("Tyrolienne 20 m", PlayType.Cableway),
            ("Mur d'escalade", PlayType.ClimbingFrame), ("Balançoire nid d'oiseau", PlayType.Swing), ("Jeu à ressort « Cheval »", PlayType.Rocking),
        ];
        string[] makers = ["Kompan", "Proludic", "HAGS", "Husson", "Lappset", "Europlay"];
        for (var i = 0; i < count; i++)
        {
            var (name, type) = catalogue[i % catalogue.Length];
            var installed = new DateOnly(random.Next(2004, 2025), random.Next(1, 13), random.Next(1, 28));
            var item = new PlayItem
            {
                Name = name, Type = type, Standard = PlayStandards.For(type), InstalledOn = installed, Manufacturer = Pick(makers),
                MinAge = type == PlayType.Cableway ? Math.Max(ages.Min, 6) : ages.Min, MaxAge = ages.Max, ZoneId = zone.Id, SiteId = site,
                LastMainInspectionOn = today.AddDays(-random.Next(20, 420)),
            };
            item.Place(Point(at, east - 25 + ((i % 4) * 12) + random.NextDouble(), north - 8 + ((i / 4) * 8) + random.NextDouble()));
            PlayItems.Add(item);
        }
    }

    private void PlantIn(Zone zone, double halfW, double halfH, int count, string[] species, Guid? site, string location, double nearTraffic, (int From, int To) years)
    {
        var centre = CentreOf(zone);
        for (var i = 0; i < count; i++)
        {
            var point = Point(centre, (random.NextDouble() - 0.5) * 2 * (halfW - 3), (random.NextDouble() - 0.5) * 2 * (halfH - 3));
            Trees.Add(MakeTree(point, Pick(species), site, zone.Id, location, random.NextDouble() < nearTraffic, years));
        }
    }

    private Tree MakeTree(Point at, string latin, Guid? site, Guid? zone, string location, bool nearTraffic, (int From, int To) years)
    {
        var species = SpeciesList.Find(latin)!;
        var year = random.Next(years.From, years.To + 1);
        var age = Math.Max(1, today.Year - year);
        var roll = random.NextDouble();
        var health = roll < 0.70 ? TreeHealth.Good : roll < 0.90 ? TreeHealth.Fair : roll < 0.98 ? TreeHealth.Poor : TreeHealth.Dead;
        var assessed = health switch
        {
            TreeHealth.Good => TreeRisk.Low,
            TreeHealth.Fair => random.NextDouble() < 0.2 ? TreeRisk.Medium : TreeRisk.Low,
            TreeHealth.Poor => random.NextDouble() < 0.3 ? TreeRisk.High : TreeRisk.Medium,
            _ => TreeRisk.High,
        };
        var tree = new Tree
        {
            LatinName = species.LatinName, FrenchName = species.FrenchName, PlantingYear = year,
            HeightM = Math.Round((decimal)Math.Min(32, 2.5 + (age * (0.22 + (random.NextDouble() * 0.18)))) * 2, MidpointRounding.AwayFromZero) / 2,
            TrunkCircumferenceCm = (int)Math.Min(480, 12 + (age * (2.2 + random.NextDouble()))),
            Health = health, NearTraffic = nearTraffic, Risk = TreeRiskRule.Apply(assessed, health, nearTraffic),
            LastInspectedOn = today.AddDays(-random.Next(15, 1100)), ZoneId = zone, SiteId = site, Location = location,
        };
        tree.Place(at);
        return tree;
    }

    private Zone AddZone(string name, ZoneKind kind, MaintenanceClass maintenance, Guid? site, Geometry outline)
    {
        var zone = new Zone { Name = name.Length > 200 ? name[..200] : name, Kind = kind, MaintenanceClass = maintenance, SiteId = site };
        zone.Draw(outline);
        Zones.Add(zone);
        return zone;
    }

    private SiteInfo? Site(string code) => sites.FirstOrDefault(s => s.Code == code && s.Latitude is not null && s.Longitude is not null);

    private T Pick<T>(T[] options) => options[random.Next(options.Length)];

    private static (double Lon, double Lat) CentreOf(Zone zone) => (zone.Outline.EnvelopeInternal.Centre.X, zone.Outline.EnvelopeInternal.Centre.Y);

    private static Point Point((double Lon, double Lat) from, double east, double north)
    {
        var (lon, lat) = DemoTownPlan.Offset(from, east, north);
        return Wgs84.Point(Math.Round(lon, 7), Math.Round(lat, 7));
    }

    /// <summary>A point <paramref name="along"/> metres down the segment and <paramref name="side"/> metres to its left (negative: right).</summary>
    private static Point Along(DemoTownPlan.Segment s, double along, double side)
    {
        var length = DemoTownPlan.Metres(s.From, s.To);
        var (dx, dy) = ((s.To.Lon - s.From.Lon) * DemoTownPlan.MetresPerDegreeLon / length, (s.To.Lat - s.From.Lat) * DemoTownPlan.MetresPerDegreeLat / length);
        return Point(s.From, (dx * along) - (dy * side), (dy * along) + (dx * side));
    }

    private static Coordinate Coordinate(Point p) => new(p.X, p.Y);

    private static Polygon Box((double Lon, double Lat) at, double east, double north, double halfW, double halfH) =>
        Shape(DemoTownPlan.Offset(at, east, north), [(-halfW, -halfH), (halfW, -halfH), (halfW, halfH), (-halfW, halfH)]);

    private static Polygon Shape((double Lon, double Lat) at, (double East, double North)[] corners)
    {
        var ring = corners.Append(corners[0]).Select(c => DemoTownPlan.Offset(at, c.East, c.North)).Select(c => new Coordinate(Math.Round(c.Lon, 7), Math.Round(c.Lat, 7))).ToArray();
        return Wgs84.Factory.CreatePolygon(ring);
    }
}
