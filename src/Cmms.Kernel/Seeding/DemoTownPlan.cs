namespace Cmms.Kernel.Seeding;

/// <summary>
/// The street plan of Valbrune, the demo town (centre near 46.80 N, 4.43 E, around the Directory's demo
/// sites): a slightly turned and uneven grid of named streets, its avenues and its park. Roads draws its
/// segments, signs and lights on it and Green spaces its alignment trees, so both registers agree on the
/// map. Deterministic: the same plan on every machine. Demo data only; no rule reads it.
/// </summary>
public static class DemoTownPlan
{
    public enum StreetKind
    {
        /// <summary>Avenue or boulevard: wide, lined with trees, well lit.</summary>
        Avenue,
        Street,

        /// <summary>A lane at the edge of town (chemin rural).</summary>
        Lane,
    }

    /// <summary>A street between two intersections: its street's name and kind, its ends (longitude, latitude).</summary>
    public sealed record Segment(int Number, string Street, StreetKind Kind, (double Lon, double Lat) From, (double Lon, double Lat) To);

    public const double MetresPerDegreeLat = 111_200;
    public static readonly double MetresPerDegreeLon = 111_320 * Math.Cos(46.80 * Math.PI / 180);

    /// <summary>The Parc de la Brune (site PARC-BRUNE): its centre and half sizes in metres (east-west, north-south).</summary>
    public static readonly (double Lon, double Lat) ParkCentre = (4.44154, 46.80289);
    public const double ParkHalfWidth = 180;
    public const double ParkHalfHeight = 130;

    private static readonly (double Lon, double Lat) GridCentre = (4.4330, 46.8010);
    private const int Columns = 12;
    private const int Rows = 14;
    private const double ColumnSpacing = 260;
    private const double RowSpacing = 240;
    private const double Turn = 10 * Math.PI / 180;
    private const int Wanted = 300;

    // South to north.
    private static readonly (string Name, StreetKind Kind)[] RowStreets =
    [
        ("Chemin des Vignes", StreetKind.Lane), ("Rue du Moulin", StreetKind.Street), ("Rue des Écoles", StreetKind.Street),
        ("Boulevard Gambetta", StreetKind.Avenue), ("Rue Jules-Ferry", StreetKind.Street), ("Rue Pasteur", StreetKind.Street),
        ("Rue de la République", StreetKind.Street), ("Avenue Victor-Hugo", StreetKind.Avenue), ("Rue du Bourg", StreetKind.Street),
        ("Rue Jean-Jaurès", StreetKind.Street), ("Rue Émile-Zola", StreetKind.Street), ("Avenue Marie-Curie", StreetKind.Avenue),
        ("Rue des Lilas", StreetKind.Street), ("Route des Ormeaux", StreetKind.Lane),
    ];

    // West to east.
    private static readonly (string Name, StreetKind Kind)[] ColumnStreets =
    [
        ("Chemin de la Croix-Blanche", StreetKind.Lane), ("Rue Saint-Martin", StreetKind.Street), ("Avenue Charles-de-Gaulle", StreetKind.Avenue),
        ("Rue Voltaire", StreetKind.Street), ("Rue Carnot", StreetKind.Street), ("Rue de la Paix", StreetKind.Street),
        ("Avenue du Général-Leclerc", StreetKind.Avenue), ("Rue du Château", StreetKind.Street), ("Rue des Acacias", StreetKind.Street),
        ("Quai de la Brune", StreetKind.Avenue), ("Rue de l'Industrie", StreetKind.Street), ("Chemin du Stade", StreetKind.Lane),
    ];

    public static IReadOnlyList<Segment> Segments { get; } = Build();

    /// <summary>The intersections, where signs stand and lighting cabinets are.</summary>
    public static IReadOnlyList<(double Lon, double Lat)> Crossings { get; } =
        [.. Segments.SelectMany(s => new[] { s.From, s.To }).Distinct()];

    public static bool InPark(double lon, double lat) =>
        Math.Abs((lon - ParkCentre.Lon) * MetresPerDegreeLon) < ParkHalfWidth && Math.Abs((lat - ParkCentre.Lat) * MetresPerDegreeLat) < ParkHalfHeight;

    /// <summary>The point <paramref name="east"/> and <paramref name="north"/> metres from <paramref name="from"/>.</summary>
    public static (double Lon, double Lat) Offset((double Lon, double Lat) from, double east, double north) =>
        (from.Lon + (east / MetresPerDegreeLon), from.Lat + (north / MetresPerDegreeLat));

    /// <summary>Length in metres of a short segment (an equirectangular approximation is exact enough over a street).</summary>
    public static double Metres((double Lon, double Lat) a, (double Lon, double Lat) b) =>
        Math.Sqrt(Math.Pow((b.Lon - a.Lon) * MetresPerDegreeLon, 2) + Math.Pow((b.Lat - a.Lat) * MetresPerDegreeLat, 2));

    /// <summary>
    /// The streets of the large city (<c>seed --scale large</c>) around the town: a grid of 200 m blocks about
    /// 10 km across, numbered after the town's own segments, the town itself left as it is.
    /// </summary>
    public static IEnumerable<Segment> Suburbs(int count)
    {
        const int Size = 52;
        const double Spacing = 200;
        string[] kinds = ["Rue", "Avenue", "Allée", "Rue", "Chemin", "Rue", "Impasse", "Boulevard"];
        string[] names =
        [
            "des Peupliers", "Jean-Moulin", "de la Fontaine", "des Jardins", "du Stade", "Paul-Bert", "des Cerisiers", "de la Liberté",
            "Anatole-France", "des Vergers", "du Lavoir", "Louis-Pasteur", "des Saules", "de la Forge", "Gustave-Eiffel", "des Prés",
            "Condorcet", "des Mésanges", "du Verger", "de Bourgogne", "des Tanneurs", "Lamartine", "du Four", "Montesquieu",
            "des Charmes", "Georges-Brassens", "de la Source", "des Noyers", "Berlioz", "du Pressoir", "Edith-Piaf", "des Bleuets",
            "de la Poste", "Jean-Monnet", "des Glycines", "du Calvaire", "Hector-Berlioz", "des Marronniers", "Racine", "de la Croix",
            "des Roses", "Alsace-Lorraine", "du Canal", "Molière", "des Vignes", "de Verdun", "des Hirondelles", "du Parc",
            "Rabelais", "des Coquelicots", "de l'Europe", "Colette",
        ];
        var town = Segments.SelectMany(x => new[] { x.From, x.To }).ToList();
        var (west, east, south, north) = (town.Min(p => p.Lon), town.Max(p => p.Lon), town.Min(p => p.Lat), town.Max(p => p.Lat));
        var random = new Random(2154);
        (double Lon, double Lat) Node(int i, int j) =>
            Offset(GridCentre, ((i - ((Size - 1) / 2.0)) * Spacing) + ((random.NextDouble() - 0.5) * 30), ((j - ((Size - 1) / 2.0)) * Spacing) + ((random.NextDouble() - 0.5) * 30));
        var nodes = new (double Lon, double Lat)[Size, Size];
        for (var i = 0; i < Size; i++)
        {
            for (var j = 0; j < Size; j++)
            {
                nodes[i, j] = Node(i, j);
            }
        }

        bool InTown((double Lon, double Lat) a, (double Lon, double Lat) b) =>
            (a.Lon + b.Lon) / 2 is var lon && (a.Lat + b.Lat) / 2 is var lat && lon > west && lon < east && lat > south && lat < north;
        var number = Segments.Count;
        var given = 0;
        for (var j = 0; j < Size && given < count; j++)
        {
            for (var i = 0; i < Size - 1 && given < count; i++)
            {
                var (a, b) = (nodes[i, j], nodes[i + 1, j]);
                if (!InTown(a, b))
                {
                    given++;
                    yield return new Segment(++number, $"{kinds[j % kinds.Length]} {names[j % names.Length]}", j % 8 == 1 ? StreetKind.Avenue : StreetKind.Street, a, b);
                }

                (a, b) = (nodes[j % Size, i], nodes[j % Size, i + 1]);
                if (given < count && !InTown(a, b))
                {
                    given++;
                    yield return new Segment(++number, $"{kinds[(j + 3) % kinds.Length]} {names[(j + 26) % names.Length]}", j % 8 == 5 ? StreetKind.Avenue : StreetKind.Street, a, b);
                }
            }
        }
    }

    private static List<Segment> Build()
    {
        var random = new Random(71400);
        var nodes = new (double Lon, double Lat)[Columns, Rows];
        for (var i = 0; i < Columns; i++)
        {
            for (var j = 0; j < Rows; j++)
            {
                // A turned grid, each crossing moved by up to 20 m: streets are never quite straight.
                var x = ((i - ((Columns - 1) / 2.0)) * ColumnSpacing) + ((random.NextDouble() - 0.5) * 40);
                var y = ((j - ((Rows - 1) / 2.0)) * RowSpacing) + ((random.NextDouble() - 0.5) * 40);
                nodes[i, j] = Offset(GridCentre, (x * Math.Cos(Turn)) - (y * Math.Sin(Turn)), (x * Math.Sin(Turn)) + (y * Math.Cos(Turn)));
            }
        }

        var all = new List<(string Street, StreetKind Kind, (double, double) From, (double, double) To)>();
        for (var j = 0; j < Rows; j++)
        {
            for (var i = 0; i < Columns - 1; i++)
            {
                all.Add((RowStreets[j].Name, RowStreets[j].Kind, nodes[i, j], nodes[i + 1, j]));
            }
        }

        for (var i = 0; i < Columns; i++)
        {
            for (var j = 0; j < Rows - 1; j++)
            {
                all.Add((ColumnStreets[i].Name, ColumnStreets[i].Kind, nodes[i, j], nodes[i, j + 1]));
            }
        }

        // The park has paths, not streets; then a few lane sections that were never built, until 300 remain.
        var kept = all.Where(s => !InPark((s.From.Item1 + s.To.Item1) / 2, (s.From.Item2 + s.To.Item2) / 2)).ToList();
        var lanes = kept.Where(s => s.Kind == StreetKind.Lane).OrderBy(_ => random.Next()).ToList();
        foreach (var lane in lanes.Take(Math.Max(0, kept.Count - Wanted)))
        {
            kept.Remove(lane);
        }

        return [.. kept.Take(Wanted).Select((s, n) => new Segment(n + 1, s.Street, s.Kind, s.From, s.To))];
    }
}
