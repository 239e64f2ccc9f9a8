using System.Text.RegularExpressions;

namespace Cmms.Fleet.Vehicles;

/// <summary>
/// The French registration (SIV, since 2009: AB-123-CD) and the vehicle identification number (VIN, ISO 3779),
/// as people type them: spaces, dashes and lower case are forgiven, the rules of the formats are not.
/// </summary>
internal static partial class Identification
{
    /// <summary>
    /// A SIV plate: two letters, three digits (001 to 999), two letters; the letters I, O and U are never issued
    /// (they read as 1, 0 and V) and neither pair may be SS. Returns the plate written AB-123-CD, or null.
    /// </summary>
    public static string? Plate(string? input)
    {
        var compact = Compact(input);
        var match = PlatePattern().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var (left, digits, right) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
        if (digits == "000" || left == "SS" || right == "SS")
        {
            return null;
        }

        return $"{left}-{digits}-{right}";
    }

    /// <summary>Seventeen characters, digits and capitals other than I, O and Q (ISO 3779). Returns it upper-cased, or null.</summary>
    public static string? Vin(string? input)
    {
        var compact = Compact(input);
        return VinPattern().IsMatch(compact) ? compact : null;
    }

    private static string Compact(string? input) =>
        string.Concat((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();

    [GeneratedRegex("^([A-HJ-NP-TV-Z]{2})([0-9]{3})([A-HJ-NP-TV-Z]{2})$")]
    private static partial Regex PlatePattern();

    [GeneratedRegex("^[A-HJ-NPR-Z0-9]{17}$")]
    private static partial Regex VinPattern();
}
