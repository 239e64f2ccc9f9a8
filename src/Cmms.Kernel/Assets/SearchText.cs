using System.Globalization;
using System.Text;

namespace Cmms.Kernel.Assets;

/// <summary>
/// How asset registers are searched by text without scanning 100,000 rows: each asset keeps a normalised
/// copy of its searchable words (lower case, no accents, "platane commun arb 012345 avenue republique")
/// and its words in a term table indexed by term. A query seeks one word's prefix range on that index
/// and checks the other words against the normalised text of the few rows it finds. Terms are letters
/// and digits only, so the range below orders the same way under binary and linguistic collations.
/// </summary>
public static class SearchText
{
    public const int MaxTermLength = 32;

    // Words too common in French addresses and names to tell assets apart.
    private static readonly HashSet<string> StopWords = ["de", "du", "des", "la", "le", "les", "et", "en", "au", "aux", "sur", "sous", "par", "pour"];

    /// <summary>The parts as one lower-case, accent-free string of words separated by single spaces.</summary>
    public static string Normalise(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                continue;
            }

            foreach (var c in part.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                var lower = char.ToLowerInvariant(c);
                if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    builder.Append(lower);
                }
                else if (Ligature(lower) is { } letters)
                {
                    builder.Append(letters);
                }
                else if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }

            if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The distinct words worth indexing: two characters or more, not a stop word, cut to <see cref="MaxTermLength"/>.</summary>
    public static IReadOnlyList<string> Terms(string normalised) =>
        [.. normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 2 && !StopWords.Contains(w))
            .Select(w => w.Length > MaxTermLength ? w[..MaxTermLength] : w)
            .Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The words of a query, longest first: the first is the one to seek on the term index (the longest is
    /// usually the rarest), the others are checked against each row's normalised text.
    /// </summary>
    public static IReadOnlyList<string> QueryWords(string? query) =>
        [.. Terms(Normalise(query)).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];

    /// <summary>
    /// The range of terms starting with <paramref name="prefix"/>: From ≤ term &lt; To. To is the prefix with
    /// its last letter or digit moved to the next one ("tilleul" → "tilleum", "b19" → "b2"); null when no
    /// such string exists ("zz"), meaning "every term from From on".
    /// </summary>
    public static (string From, string? To) PrefixRange(string prefix)
    {
        var chars = prefix.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (chars[i] is not ('z' or '9'))
            {
                chars[i]++;
                return (prefix, new string(chars, 0, i + 1));
            }
        }

        return (prefix, null);
    }

    // Letters that do not decompose into a base letter and an accent ("cœur" is searched as "coeur").
    private static string? Ligature(char c) => c switch
    {
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        'ø' => "o",
        _ => null,
    };
}
