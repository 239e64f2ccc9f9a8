using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Cmms.Kernel.Geo;

/// <summary>
/// Lengths and areas of French assets are measured in Lambert-93 (EPSG:2154), the official projection
/// of metropolitan France: a lawn's area in m², a street's length in metres, as the land registry and
/// IGN give them. Degrees of longitude and latitude are not metres, so nothing is measured in WGS84.
/// </summary>
public static class Lambert93
{
    public const int Srid = 2154;

    // The EPSG definition of RGF93 v1 / Lambert-93; RGF93 and WGS84 coincide to a few centimetres.
    private const string Wkt =
        """
        PROJCS["RGF93 v1 / Lambert-93",GEOGCS["RGF93 v1",DATUM["Reseau_Geodesique_Francais_1993_v1",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],TOWGS84[0,0,0,0,0,0,0],AUTHORITY["EPSG","6171"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4171"]],PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["latitude_of_origin",46.5],PARAMETER["central_meridian",3],PARAMETER["standard_parallel_1",49],PARAMETER["standard_parallel_2",44],PARAMETER["false_easting",700000],PARAMETER["false_northing",6600000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","2154"]]
        """;

    private static readonly MathTransform FromWgs84 = CreateTransform();

    private static MathTransform CreateTransform()
    {
        var lambert = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt);
        return new CoordinateTransformationFactory()
            .CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, lambert).MathTransform;
    }

    /// <summary>The geometry's coordinates projected to Lambert-93 metres (a copy; the input is untouched).</summary>
    public static Geometry Project(Geometry wgs84)
    {
        var copy = wgs84.Copy();
        copy.Apply(new Projection());
        copy.SRID = Srid;
        return copy;
    }

    /// <summary>(easting, northing) in metres of a longitude/latitude.</summary>
    public static (double X, double Y) Project(double longitude, double latitude)
    {
        // MathTransform is not documented as thread-safe: its Transform keeps no state, but serialise to be sure.
        lock (FromWgs84)
        {
            return FromWgs84.Transform(longitude, latitude);
        }
    }

    /// <summary>Area in square metres, rounded to the square metre.</summary>
    public static double AreaSquareMetres(Geometry wgs84) => Math.Round(Project(wgs84).Area, 0);

    /// <summary>Length in metres, rounded to the decimetre.</summary>
    public static double LengthMetres(Geometry wgs84) => Math.Round(Project(wgs84).Length, 1);

    private sealed class Projection : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = Project(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
