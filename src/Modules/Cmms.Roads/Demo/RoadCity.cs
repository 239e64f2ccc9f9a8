using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Seeding;
using Cmms.Roads.Segments;
using Cmms.Roads.Signs;
using Cmms.Roads.StreetLights;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Demo;

/// <summary>
/// Generates a town's roads on the street plan of <see cref="DemoTownPlan"/>: its segments with surface,
/// width and condition, the signs of its crossings, schools and entries, and its light points fed by
/// lighting cabinets. Deterministic for a given random seed.
/// </summary>
internal sealed class RoadCity(Random random, IReadOnlyList<SiteInfo> sites, DateOnly today)
{
    public List<RoadSegment> Segments { get; } = [];

    public List<Sign> Signs { get; } = [];

    public List<StreetLight> Lights { get; } = [];

    /// <summary>The demo town: 300 segments, about 300 signs, 800 light points on 25 cabinets.</summary>
    public void Town(int signs = 300, int lights = 800, int cabinets = 25)
    {
        foreach (var segment in DemoTownPlan.Segments)
        {
            Segments.Add(Segment(segment));
        }

        SchoolSigns();
        CrossingSigns(signs);
        var posts = Cabinets(cabinets);
        SiteLighting(posts);
        StreetLighting(DemoTownPlan.Segments, lights, posts);
    }

    /// <summary>A part of the large city: its segments and <paramref name="lights"/> light points along them.</summary>
    public void Suburb(IReadOnlyList<DemoTownPlan.Segment> segments, int lights, List<(string Code, (double Lon, double Lat) At)> cabinets)
    {
        foreach (var segment in segments)
        {
            Segments.Add(Segment(segment));
        }

        StreetLighting(segments, lights, cabinets);
    }

    /// <summary>The intercommunality's roads: the access roads of its sites, their signs and lights.</summary>
    public void Agglomeration()
    {
        var number = 0;
        foreach (var site in sites.Where(s => s.Latitude is not null && s.Longitude is not null))
        {
            var at = (site.Longitude!.Value, site.Latitude!.Value);
            var name = $"Voie d'accès — {site.Name}";
            var access = new DemoTownPlan.Segment(++number, name, DemoTownPlan.StreetKind.Street, DemoTownPlan.Offset(at, -250, -40), DemoTownPlan.Offset(at, 150, -30));
            var spur = new DemoTownPlan.Segment(++number, name, DemoTownPlan.StreetKind.Street, DemoTownPlan.Offset(at, 0, -35), DemoTownPlan.Offset(at, 10, 60));
            foreach (var s in new[] { access, spur })
            {
                var segment = Segment(s);
                segment.Class = RoadClass.CommunityRoad;
                Segments.Add(segment);
            }

            AddSign("AB4", null, Along(spur, 6, -4), name, null);
            AddSign("B14", "Limitation de vitesse — 30 km/h", Along(access, 20, -4), name, null);
            var posts = new List<(string Code, (double Lon, double Lat) At)> { ($"AC-{number / 2:00}", DemoTownPlan.Offset(at, -10, -45)) };
            StreetLighting([access, spur], Lights.Count + 8, posts);
        }
    }

    private RoadSegment Segment(DemoTownPlan.Segment s)
    {
        var (surface, width) = s.Kind switch
        {
            DemoTownPlan.StreetKind.Avenue => (RoadSurface.Asphalt, 9 + (random.Next(0, 7) * 0.5m)),
            DemoTownPlan.StreetKind.Lane => (Pick([RoadSurface.Stabilised, RoadSurface.SurfaceDressing, RoadSurface.Gravel]), 3 + (random.Next(0, 3) * 0.5m)),
            _ => (NearTownHall(s) ? RoadSurface.Pavers : random.NextDouble() < 0.12 ? RoadSurface.SurfaceDressing : RoadSurface.Asphalt, 5 + (random.Next(0, 5) * 0.5m)),
        };
        var segment = new RoadSegment
        {
            StreetName = s.Street,
            Class = s.Kind == DemoTownPlan.StreetKind.Lane ? RoadClass.RuralPath : s.Street.StartsWith("Avenue Charles", StringComparison.Ordinal) ? RoadClass.DepartmentalRoad : RoadClass.MunicipalRoad,
            Surface = surface,
            WidthM = width,
            ConditionIndex = Math.Clamp((int)Math.Round(72 + ((random.NextDouble() - 0.5) * 60) + (s.Kind == DemoTownPlan.StreetKind.Lane ? -12 : 0)), 12, 98),
            SurveyedOn = today.AddDays(-random.Next(30, 700)),
        };

        // A street is never quite straight between two crossings: a slight bend halfway.
        var middle = DemoTownPlan.Offset(((s.From.Lon + s.To.Lon) / 2, (s.From.Lat + s.To.Lat) / 2), (random.NextDouble() - 0.5) * 4, (random.NextDouble() - 0.5) * 4);
        segment.Draw(Wgs84.Factory.CreateLineString([Coordinate(s.From), Coordinate(middle), Coordinate(s.To)]));
        return segment;
    }

    /// <summary>Near each school: children about, a 30 km/h limit and a pedestrian crossing, on the school's site.</summary>
    private void SchoolSigns()
    {
        foreach (var site in sites.Where(s => s.Code.StartsWith("EC", StringComparison.Ordinal) || s.Code.StartsWith("EM", StringComparison.Ordinal) || s.Code.StartsWith("GS", StringComparison.Ordinal) || s.Code.StartsWith("CRE", StringComparison.Ordinal)))
        {
            if (site.Latitude is not { } lat || site.Longitude is not { } lon)
            {
                continue;
            }

            var street = Nearest((lon, lat));
            AddSign("A13a", null, Along(street, 20, 4), street.Street, site.Id);
            AddSign("B14", "Limitation de vitesse — 30 km/h", Along(street, 24, 4), street.Street, site.Id);
            AddSign("C20a", null, Along(street, 40, -4), street.Street, site.Id);
            AddSign("A13b", null, Along(street, 30, -4), street.Street, site.Id);
        }
    }

    /// <summary>
    /// Priority at the crossings: the street gives way (or stops) where it meets an avenue; town entries on the
    /// lanes; a zone 30, one-way streets and no-parking around the town hall; the rest right-hand priority.
    /// </summary>
    private void CrossingSigns(int wanted)
    {
        var streets = DemoTownPlan.Segments.Where(s => s.Kind != DemoTownPlan.StreetKind.Avenue).ToList();
        var avenueEnds = DemoTownPlan.Segments.Where(s => s.Kind == DemoTownPlan.StreetKind.Avenue).SelectMany(s => new[] { s.From, s.To }).ToHashSet();
        foreach (var street in streets.OrderBy(s => s.Number))
        {
            if (Signs.Count >= wanted)
            {
                return;
            }

            if (avenueEnds.Contains(street.To))
            {
                AddSign(random.NextDouble() < 0.35 ? "AB4" : "AB3a", null, Along(street, DemoTownPlan.Metres(street.From, street.To) - 8, -4), street.Street, null);
            }

            if (Signs.Count < wanted && avenueEnds.Contains(street.From))
            {
                AddSign(random.NextDouble() < 0.35 ? "AB4" : "AB3a", null, Along(street, 8, 4), street.Street, null);
            }

            if (Signs.Count >= wanted)
            {
                return;
            }

            var roll = random.NextDouble();
            var (code, caption) = street.Kind == DemoTownPlan.StreetKind.Lane
                ? roll < 0.5 ? ("EB10", "Entrée d'agglomération — Valbrune") : ("EB20", "Sortie d'agglomération — Valbrune")
                : NearTownHall(street)
                    ? Pick<(string, string?)>([("B30", null), ("B6a1", null), ("C12", null), ("B1", null), ("B6d", null)])
                    : Pick<(string, string?)>([("AB1", null), ("AB1", null), ("B14", "Limitation de vitesse — 50 km/h"), ("A2b", null), ("C27", null), ("B6a1", null), ("C1a", null), ("D21a", "Centre-ville, Mairie")]);
            AddSign(code, caption, Along(street, 25 + random.NextDouble() * 60, 4), street.Street, null);
        }
    }

    /// <summary>Lighting cabinets at crossings spread over the town.</summary>
    private static List<(string Code, (double Lon, double Lat) At)> Cabinets(int count)
    {
        var crossings = DemoTownPlan.Crossings.OrderBy(c => c.Lat).ThenBy(c => c.Lon).ToList();
        return [.. Enumerable.Range(0, count).Select(i => ($"ARM-{i + 1:00}", DemoTownPlan.Offset(crossings[i * crossings.Count / count], 6, 6)))];
    }

    /// <summary>The car parks of the town hall, the schools and the stadium are lit by lights of their site.</summary>
    private void SiteLighting(List<(string Code, (double Lon, double Lat) At)> cabinets)
    {
        foreach (var site in sites.Where(s => s.Code is "HDV" or "EC-JFERRY" or "GS-BOURG" or "GYM-COUBERTIN" or "CTM"))
        {
            if (site.Latitude is not { } lat || site.Longitude is not { } lon)
            {
                continue;
            }

            for (var i = 0; i < 4; i++)
            {
                var at = DemoTownPlan.Offset((lon, lat), -40 + (i * 20), -30);
                AddLight(at, $"Parking — {site.Name}", DemoTownPlan.StreetKind.Street, cabinets, site.Id);
            }
        }
    }

    /// <summary>Light points along the streets, spread by importance (avenues most, lanes least) until the count is reached.</summary>
    private void StreetLighting(IReadOnlyList<DemoTownPlan.Segment> segments, int total, List<(string Code, (double Lon, double Lat) At)> cabinets)
    {
        static double Weight(DemoTownPlan.Segment s) => s.Kind switch
        {
            DemoTownPlan.StreetKind.Avenue => 3,
            DemoTownPlan.StreetKind.Street => 1,
            _ => 0.25,
        } * DemoTownPlan.Metres(s.From, s.To);
        var left = total - Lights.Count;
        var sum = segments.Sum(Weight);
        var shares = segments.Select(s => (Segment: s, Count: (int)Math.Floor(left * Weight(s) / sum))).ToList();
        var spare = left - shares.Sum(s => s.Count);
        for (var i = 0; spare > 0; i = (i + 1) % shares.Count, spare--)
        {
            shares[i] = (shares[i].Segment, shares[i].Count + 1);
        }

        foreach (var (segment, count) in shares)
        {
            var length = DemoTownPlan.Metres(segment.From, segment.To);
            for (var k = 0; k < count; k++)
            {
                var point = Along(segment, length * (k + 0.5) / count, k % 2 == 0 ? 5 : -5);
                AddLight((point.X, point.Y), segment.Street, segment.Kind, cabinets, null);
            }
        }
    }

    private void AddLight((double Lon, double Lat) at, string street, DemoTownPlan.StreetKind kind, List<(string Code, (double Lon, double Lat) At)> cabinets, Guid? site)
    {
        var roll = random.NextDouble();
        var (lamp, power, from, to) = roll switch
        {
            < 0.55 => (LampType.Led, Pick([30, 40, 50, 60, 70]), 2015, 2025),
            < 0.85 => (LampType.HighPressureSodium, Pick([70, 100, 150]), 1990, 2012),
            < 0.93 => (LampType.MetalHalide, Pick([70, 150]), 2000, 2014),
            < 0.97 => (LampType.CompactFluorescent, Pick([36, 57]), 2005, 2014),
            _ => (LampType.MercuryVapour, 125, 1975, 1995),
        };
        var light = new StreetLight
        {
            StreetName = street, Lamp = lamp, PowerW = power,
            Cabinet = cabinets.MinBy(c => DemoTownPlan.Metres(c.At, at)).Code,
            MastHeightM = kind switch { DemoTownPlan.StreetKind.Avenue => Pick([8m, 9m, 10m]), DemoTownPlan.StreetKind.Lane => 5m, _ => Pick([6m, 7m]) },
            InstalledOn = Min(new DateOnly(random.Next(from, to + 1), random.Next(1, 13), random.Next(1, 28)), today),
            SiteId = site,
        };
        light.Place(Wgs84.Point(Math.Round(at.Lon, 7), Math.Round(at.Lat, 7)));
        Lights.Add(light);
    }

    private void AddSign(string code, string? caption, Point at, string street, Guid? site)
    {
        var roll = random.NextDouble();
        var model = SignCodes.Find(code)!;
        var sign = new Sign
        {
            Code = model.Code, Family = SignCodes.FamilyOf(code)!.Value, Caption = caption ?? model.Caption, StreetName = street, SiteId = site,
            Condition = roll < 0.75 ? SignCondition.Good : roll < 0.90 ? SignCondition.Worn : roll < 0.97 ? SignCondition.Damaged : SignCondition.Missing,
            InstalledOn = today.AddDays(-random.Next(60, 30 * 365)),
        };
        sign.Place(at);
        Signs.Add(sign);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static bool NearTownHall(DemoTownPlan.Segment s) =>
        DemoTownPlan.Metres(((s.From.Lon + s.To.Lon) / 2, (s.From.Lat + s.To.Lat) / 2), (4.42962, 46.80031)) < 450;

    private static DemoTownPlan.Segment Nearest((double Lon, double Lat) at) =>
        DemoTownPlan.Segments.MinBy(s => DemoTownPlan.Metres(((s.From.Lon + s.To.Lon) / 2, (s.From.Lat + s.To.Lat) / 2), at))!;

    private T Pick<T>(T[] options) => options[random.Next(options.Length)];

    private static Coordinate Coordinate((double Lon, double Lat) p) => new(Math.Round(p.Lon, 7), Math.Round(p.Lat, 7));

    /// <summary>A point <paramref name="along"/> metres down the segment and <paramref name="side"/> metres to its left (negative: right).</summary>
    internal static Point Along(DemoTownPlan.Segment s, double along, double side)
    {
        var length = DemoTownPlan.Metres(s.From, s.To);
        var (dx, dy) = ((s.To.Lon - s.From.Lon) * DemoTownPlan.MetresPerDegreeLon / length, (s.To.Lat - s.From.Lat) * DemoTownPlan.MetresPerDegreeLat / length);
        var (lon, lat) = DemoTownPlan.Offset(s.From, (dx * along) - (dy * side), (dy * along) + (dx * side));
        return Wgs84.Point(Math.Round(lon, 7), Math.Round(lat, 7));
    }
}
