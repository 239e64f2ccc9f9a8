using System.Globalization;
using Cmms.Kernel.Geo;
using Microsoft.AspNetCore.Http;

namespace Cmms.Gis.Ogc;

/// <summary>
/// The query parameters of OGC API – Features Part 1 (17-069r4), read and checked as the standard says:
/// a parameter the API does not define, a malformed <c>bbox</c> or a <c>limit</c> that is not a positive
/// integer is a 400; a <c>limit</c> above the maximum is clamped to it, never refused.
/// </summary>
internal sealed record OgcParameters(GeoBox? Box, int Limit, int Offset)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 10_000;
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /// <summary>The parameters every resource accepts: the format (JSON only).</summary>
    public static readonly string[] Common = ["f"];

    /// <summary>The parameters of <c>/collections/{id}/items</c>.</summary>
    public static readonly string[] Items = ["f", "limit", "offset", "bbox", "bbox-crs", "crs", "datetime"];

    /// <summary>Null when the request's parameters are all known and JSON is asked (or nothing is); else why not.</summary>
    public static string? Refusal(IQueryCollection query, IReadOnlyCollection<string> allowed)
    {
        foreach (var key in query.Keys)
        {
            if (!allowed.Contains(key))
            {
                return $"Unknown query parameter '{key}'. This resource accepts: {string.Join(", ", allowed)}.";
            }
        }

        return query.TryGetValue("f", out var f) && f.ToString() is not ("json" or "geojson" or "")
            ? "Only JSON is served here: f=json (GeoJSON for features)."
            : null;
    }

    /// <summary>The items parameters, or the reason they are refused (400).</summary>
    public static (OgcParameters? Parameters, string? Refusal) ReadItems(IQueryCollection query)
    {
        if (Refusal(query, Items) is { } refused)
        {
            return (null, refused);
        }

        var limit = DefaultLimit;
        if (query.TryGetValue("limit", out var limitText))
        {
            if (!long.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) || asked < 1)
            {
                return (null, "limit must be a whole number of at least 1.");
            }

            limit = (int)Math.Min(asked, MaxLimit);
        }

        var offset = 0;
        if (query.TryGetValue("offset", out var offsetText)
            && (!int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            return (null, "offset must be a whole number of at least 0.");
        }

        foreach (var crsParameter in new[] { "bbox-crs", "crs" })
        {
            if (query.TryGetValue(crsParameter, out var crs) && !IsCrs84(crs.ToString()))
            {
                return (null, $"{crsParameter}: only {Crs84} is supported.");
            }
        }

        if (query.TryGetValue("datetime", out var datetime) && !IsDateTime(datetime.ToString()))
        {
            return (null, "datetime must be an RFC 3339 date-time or an interval (start/end, '..' for an open end).");
        }

        GeoBox? box = null;
        if (query.TryGetValue("bbox", out var bboxText))
        {
            if (!TryReadBox(bboxText.ToString(), out var read))
            {
                return (null, "bbox must be minLon,minLat,maxLon,maxLat in CRS84 (or the six numbers of a 3D box), west ≤ east and south ≤ north.");
            }

            box = read;
        }

        return (new OgcParameters(box, limit, offset), null);
    }

    /// <summary>Four numbers, or six for a box with heights (the heights are not used: assets are on the ground).</summary>
    private static bool TryReadBox(string text, out GeoBox box)
    {
        var parts = text.Split(',');
        if (parts.Length == 6)
        {
            text = string.Join(',', parts[0], parts[1], parts[3], parts[4]);
        }

        return GeoBox.TryParse(text, out box);
    }

    private static bool IsCrs84(string crs) =>
        crs is Crs84 or "https://www.opengis.net/def/crs/OGC/1.3/CRS84" or "[OGC:CRS84]";

    private static bool IsDateTime(string text)
    {
        var parts = text.Split('/');
        if (parts.Length > 2 || (parts.Length == 2 && parts.All(p => p is ".." or "")))
        {
            return false;
        }

        return parts.All(p => p is ".." or "" && parts.Length == 2
            || DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
    }
}
