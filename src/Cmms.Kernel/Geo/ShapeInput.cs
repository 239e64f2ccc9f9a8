using System.Globalization;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Geo;

/// <summary>
/// Why a geometry given on a form, through the API or in an import row cannot be stored: an English text key
/// (<see cref="GeometryCheck"/>'s or this layer-size one, all in CommonText) and its argument.
/// </summary>
public sealed record ShapeProblem(string Key, string? Argument)
{
    public const string NotGeoJson = "The geometry is not valid GeoJSON: draw it on the map or paste a GeoJSON geometry.";
    public const string TooTall = "The shape is too large for this layer: at most {0} m from north to south.";

    /// <summary>The reason in the user's language.</summary>
    public string Describe(IStringLocalizer<CommonText> common) =>
        // The argument is a kind ("Point" → "point"), a number of metres, or NTS's own message, shown as it is when no text has that key.
        Argument is null ? common[Key] : common[Key, common[Argument].Value];

    /// <summary>The reason in English, for API problem details.</summary>
    public string English => Argument is null ? Key : string.Format(CultureInfo.InvariantCulture, Key, Argument);
}

/// <summary>Reads and checks the geometry of a register's asset for its layer (kind, and the layer's tallest shape).</summary>
public static class ShapeInput
{
    /// <summary>Reads GeoJSON text and checks it for a layer of <paramref name="kind"/> whose shapes are at most <paramref name="maxSpan"/> degrees tall.</summary>
    public static (Geometry? Geometry, ShapeProblem? Problem) Read(string? text, GeometryKind kind, double maxSpan)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new ShapeProblem(GeometryCheck.Missing, null));
        }

        return GeometryText.TryRead(text, out var geometry)
            ? Check(geometry, kind, maxSpan)
            : (null, new ShapeProblem(ShapeProblem.NotGeoJson, null));
    }

    public static (Geometry? Geometry, ShapeProblem? Problem) Check(Geometry? geometry, GeometryKind kind, double maxSpan)
    {
        if (GeometryCheck.Refusal(geometry, kind) is { } refusal)
        {
            return (null, new ShapeProblem(refusal.Reason, refusal.Argument));
        }

        if (!GeoWindow.FitsSpan(GeoBox.Of(geometry!), maxSpan))
        {
            // A degree of latitude is 111 km.
            return (null, new ShapeProblem(ShapeProblem.TooTall, ((int)(maxSpan * 111_000)).ToString(CultureInfo.InvariantCulture)));
        }

        geometry!.SRID = Wgs84.Srid;
        return (geometry, null);
    }
}
