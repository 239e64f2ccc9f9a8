using System.Text.RegularExpressions;

namespace Cmms.Roads.Signs;

/// <summary>A sign of the reference list: its code and what it means.</summary>
public sealed record SignModel(string Code, string Caption);

/// <summary>
/// Reads a sign's code as agents type it ("b14", "AB3A", "b21-1") and writes it as the regulation does
/// ("B14", "AB3a", "B21-1"): the family's capital letters, a number, then an optional lower-case letter and
/// digit, and an optional "-n" variant. A code whose letters are no family's is refused.
/// </summary>
public static partial class SignCodes
{
    public const string Unknown = "This is not a French road sign code: a family (A, AB, B, C, CE, D, E, EB, G, J, K, M) then a number, as in B14 or AB3a.";

    private static readonly (string Letters, SignFamily Family)[] Families =
    [
        ("AB", SignFamily.Intersection), ("CE", SignFamily.Services), ("EB", SignFamily.TownLimit),
        ("A", SignFamily.Danger), ("B", SignFamily.Prescription), ("C", SignFamily.Indication), ("D", SignFamily.Direction),
        ("E", SignFamily.Location), ("G", SignFamily.LevelCrossing), ("J", SignFamily.Marker), ("K", SignFamily.Temporary), ("M", SignFamily.Plate),
    ];

    /// <summary>Signs a town has most, offered on the form and used to fill in the caption.</summary>
    public static readonly IReadOnlyList<SignModel> Common =
    [
        new("A1a", "Virage à droite"), new("A1b", "Virage à gauche"), new("A2b", "Ralentisseur de type dos-d'âne"), new("A3", "Chaussée rétrécie"),
        new("A13a", "Endroit fréquenté par les enfants"), new("A13b", "Passage pour piétons"), new("A14", "Autres dangers"), new("A21", "Débouché de cyclistes"),
        new("AB1", "Intersection où s'applique la priorité à droite"), new("AB2", "Intersection avec une route non prioritaire"),
        new("AB3a", "Cédez le passage"), new("AB4", "Arrêt obligatoire (STOP)"), new("AB6", "Route à caractère prioritaire"),
        new("AB7", "Fin de route à caractère prioritaire"), new("AB25", "Carrefour à sens giratoire"),
        new("B0", "Circulation interdite"), new("B1", "Sens interdit"), new("B2a", "Interdiction de tourner à gauche"), new("B2b", "Interdiction de tourner à droite"),
        new("B3", "Interdiction de dépasser"), new("B6a1", "Stationnement interdit"), new("B6d", "Arrêt et stationnement interdits"),
        new("B8", "Accès interdit aux véhicules de transport de marchandises"), new("B14", "Limitation de vitesse"), new("B21-1", "Obligation de tourner à droite avant le panneau"),
        new("B22a", "Piste ou bande cyclable obligatoire"), new("B30", "Zone 30"), new("B33", "Fin de limitation de vitesse"), new("B51", "Sortie de zone 30"),
        new("B52", "Zone de rencontre"), new("B54", "Aire piétonne"),
        new("C1a", "Lieu aménagé pour le stationnement"), new("C12", "Circulation à sens unique"), new("C13a", "Impasse"), new("C20a", "Passage pour piétons"),
        new("C27", "Surélévation de chaussée"), new("D21a", "Panneau de direction"), new("EB10", "Entrée d'agglomération"), new("EB20", "Sortie d'agglomération"),
        new("M1", "Panonceau de distance"),
    ];

    /// <summary>The code as the regulation writes it, or null when it is not a sign code.</summary>
    public static string? Normalise(string? code)
    {
        var match = CodePattern().Match((code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal));
        return match.Success
            ? match.Groups["family"].Value.ToUpperInvariant() + match.Groups["number"].Value + match.Groups["variant"].Value.ToLowerInvariant() + match.Groups["index"].Value
            : null;
    }

    /// <summary>The family of a code (normalised or not); null when it is not a sign code.</summary>
    public static SignFamily? FamilyOf(string? code) =>
        Normalise(code) is { } normal ? Families.First(f => normal.StartsWith(f.Letters, StringComparison.Ordinal) && char.IsDigit(normal[f.Letters.Length])).Family : null;

    public static SignModel? Find(string? code) =>
        Normalise(code) is { } normal ? Common.FirstOrDefault(s => s.Code == normal) : null;

    [GeneratedRegex("^(?<family>AB|CE|EB|[ABCDEGJKM])(?<number>[0-9]{1,3})(?<variant>[a-z][0-9]?)?(?<index>-[0-9])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
