using System.Globalization;
using Cmms.Kernel;
using Cmms.Kernel.Geo;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Common;

/// <summary>
/// Why a geometry given on a form, through the API or in an import row cannot be stored: an English text
/// key and its argument, from the kernel's <see cref="GeometryCheck"/> (shared words) or from this module.
/// </summary>
internal sealed record ShapeProblem(string Key, string? Argument, bool Shared)
{
    public const string NotGeoJson = "The geometry is not valid GeoJSON: draw it on the map or paste a GeoJSON geometry.";
    public const string TooTall = "The shape is too large for this layer: at most {0} m from north to south.";

    /// <summary>The reason in the user's language.</summary>
    public string Describe(IStringLocalizer<Text> text, IStringLocalizer<CommonText> common)
    {
        // A shared reason's argument is a kind ("Point" → "point") or NTS's own message, shown as it is when no text has that key.
        var localizer = Shared ? (IStringLocalizer)common : text;
        return Argument is null ? localizer[Key] : localizer[Key, Shared ? common[Argument].Value : Argument];
    }

    /// <summary>The reason in English, for API problem details.</summary>
    public string English => Argument is null ? Key : string.Format(CultureInfo.InvariantCulture, Key, Argument);
}

internal static class ShapeInput
{
    /// <summary>Reads GeoJSON text and checks it for a layer of <paramref name="kind"/> whose shapes are at most <paramref name="maxSpan"/> degrees tall.</summary>
    public static (Geometry? Geometry, ShapeProblem? Problem) Read(string? text, GeometryKind kind, double maxSpan)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new ShapeProblem(GeometryCheck.Missing, null, true));
        }

        return GeometryText.TryRead(text, out var geometry)
            ? Check(geometry, kind, maxSpan)
            : (null, new ShapeProblem(ShapeProblem.NotGeoJson, null, false));
    }

    public static (Geometry? Geometry, ShapeProblem? Problem) Check(Geometry? geometry, GeometryKind kind, double maxSpan)
    {
        if (GeometryCheck.Refusal(geometry, kind) is { } refusal)
        {
            return (null, new ShapeProblem(refusal.Reason, refusal.Argument, true));
        }

        if (!GeoWindow.FitsSpan(GeoBox.Of(geometry!), maxSpan))
        {
            // A degree of latitude is 111 km.
            return (null, new ShapeProblem(ShapeProblem.TooTall, ((int)(maxSpan * 111_000)).ToString(CultureInfo.InvariantCulture), false));
        }

        geometry!.SRID = Wgs84.Srid;
        return (geometry, null);
    }
}
