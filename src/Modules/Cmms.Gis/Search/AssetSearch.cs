using System.Globalization;
using Cmms.Kernel.Assets;

namespace Cmms.Gis.Search;

/// <summary>
/// One search across every asset module: each catalog finds its own assets (it applies the organisation
/// and the person's sites), and the answers are merged, best match first. Catalogs share the request's
/// database context, so they are asked one after the other, never at the same time.
/// </summary>
internal sealed class AssetSearch(IEnumerable<IAssetCatalog> catalogs)
{
    public const int MaxTake = 100;

    public bool AnyCatalog => catalogs.Any();

    public async Task<IReadOnlyList<AssetSummary>> SearchAsync(string? text, Guid? siteId, int take, CancellationToken cancellationToken)
    {
        take = Math.Clamp(take, 1, MaxTake);
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var found = new List<AssetSummary>();
        foreach (var catalog in catalogs)
        {
            found.AddRange(await catalog.SearchAsync(text, siteId, take, cancellationToken));
        }

        return [.. found.OrderBy(a => Rank(a.Label, text)).ThenBy(a => a.Label, StringComparer.CurrentCulture).ThenBy(a => a.Kind, StringComparer.CurrentCulture).Take(take)];
    }

    /// <summary>The label itself first, then labels that start with the text, then a word that does, then the rest.</summary>
    internal static int Rank(string label, string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var compare = CultureInfo.CurrentCulture.CompareInfo;
        const CompareOptions loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        if (compare.Compare(label, text, loose) == 0)
        {
            return 0;
        }

        if (compare.IsPrefix(label, text, loose))
        {
            return 1;
        }

        var index = compare.IndexOf(label, text, loose);
        return index > 0 && !char.IsLetterOrDigit(label[index - 1]) ? 2 : 3;
    }
}
