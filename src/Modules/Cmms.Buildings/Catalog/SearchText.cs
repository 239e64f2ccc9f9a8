using System.Globalization;
using System.Text;

namespace Cmms.Buildings.Catalog;

/// <summary>
/// Text search that forgives accents and case ("ecole jules ferry" finds "École Jules-Ferry") on every provider:
/// rows keep a folded copy of their texts (<c>SearchKey</c>), and the term is folded the same way, so the query
/// is a plain substring test that SQLite, PostgreSQL and SQL Server all run alike.
/// </summary>
internal static class SearchText
{
    public static string Key(params string?[] parts) =>
        Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    /// <summary>Capitals without diacritics; dashes, apostrophes and runs of spaces become one space.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '\'' or '’' or '_')
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c switch
            {
                'œ' or 'Œ' => "OE",
                'æ' or 'Æ' => "AE",
                _ => char.ToUpperInvariant(c).ToString(),
            });
        }

        return folded.ToString();
    }
}
