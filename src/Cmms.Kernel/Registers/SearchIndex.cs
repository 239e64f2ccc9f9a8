using System.Linq.Expressions;
using Cmms.Kernel.Assets;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Kernel.Registers;

/// <summary>
/// Keeps a module's term table (<paramref name="terms"/> below: gs_search_terms, rd_search_terms…) in step with its
/// assets, and turns a query into an index seek.
/// </summary>
public static class SearchIndex
{
    /// <summary>
    /// Recomputes the asset's words and queues the term rows that changed: the old rows are found from the
    /// text the asset had (no index on the asset id is needed), deleted now, and the new ones added to the
    /// context. Call inside the transaction that saves the asset.
    /// </summary>
    public static async Task RefreshAsync<TTerm>(DbSet<TTerm> terms, RegisterAsset asset, CancellationToken cancellationToken)
        where TTerm : AssetSearchTerm, new()
    {
        var before = asset.Terms();
        asset.Reindex();
        var after = asset.Terms();
        var gone = before.Except(after, StringComparer.Ordinal).ToList();
        var id = asset.Id;
        if (gone.Count > 0)
        {
            await terms.Where(t => t.AssetId == id && gone.Contains(t.Term)).ExecuteDeleteAsync(cancellationToken);
        }

        terms.AddRange(after.Except(before, StringComparer.Ordinal).Select(t => new TTerm { Term = t, AssetId = id }));
    }

    /// <summary>The term rows of a new asset (imports and generated datasets write them with the asset).</summary>
    public static IEnumerable<TTerm> TermsOf<TTerm>(RegisterAsset asset)
        where TTerm : AssetSearchTerm, new() =>
        asset.Terms().Select(t => new TTerm { Term = t, AssetId = asset.Id });

    /// <summary>
    /// Assets matching every word of <paramref name="words"/>, as a join of the distinct matching ids to the
    /// assets: the longest word seeks the term index (a word starting with it), the others must appear in the
    /// asset's text. Used to walk a list in its own order when matches are many (<see cref="ListAsync"/>).
    /// </summary>
    public static IQueryable<T> Matching<T, TTerm>(this IQueryable<T> assets, DbSet<TTerm> terms, IReadOnlyList<string> words)
        where T : RegisterAsset
        where TTerm : AssetSearchTerm
    {
        if (words.Count == 0)
        {
            return assets;
        }

        var ids = Seek(terms, words[0]).Select(t => t.AssetId).Distinct();
        return from id in ids join asset in WithOtherWords(assets, words) on id equals asset.Id select asset;
    }

    /// <summary>
    /// The first <paramref name="take"/> assets matching the words, in term order (what a search box shows). The
    /// term index drives the query and each candidate is checked by id against the filtered assets, so the
    /// database stops after a few rows whatever the size of the register.
    /// </summary>
    public static async Task<List<T>> FirstMatchesAsync<T, TTerm>(
        IQueryable<T> assets, DbSet<TTerm> terms, IReadOnlyList<string> words, int take, CancellationToken cancellationToken)
        where T : RegisterAsset
        where TTerm : AssetSearchTerm
    {
        var candidates = WithOtherWords(assets, words);
        var ids = (await Seek(terms, words[0]).Where(t => candidates.Any(a => a.Id == t.AssetId))
                .OrderBy(t => t.Term).ThenBy(t => t.AssetId).Select(t => t.AssetId).Take(take * 2).ToListAsync(cancellationToken))
            .Distinct().Take(take).ToList();
        return await ReadAsync(assets, ids, cancellationToken);
    }

    /// <summary>
    /// The first <paramref name="take"/> assets matching the words, by reference, read from the assets' own text rather
    /// than the term index: for a register of a few hundred rows sharing its term table with a far larger one. The
    /// same rule as the index: the first word starts a word of the text, the others appear in it.
    /// </summary>
    public static Task<List<T>> FirstMatchesInTextAsync<T>(IQueryable<T> assets, IReadOnlyList<string> words, int take, CancellationToken cancellationToken)
        where T : RegisterAsset
    {
        var start = " " + words[0];
        return WithOtherWords(assets, words).Where(a => (" " + a.SearchText).Contains(start))
            .OrderBy(a => a.Reference).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One page of a register's list and its total. The total comes from the term index when searching (each
    /// candidate checked by id). When the list holds few rows (a search, a window, a cabinet) their keys are sorted
    /// here; when it holds many, the database walks the list's order and stops at the page. Either way the page's
    /// rows are then read by id. Without planner statistics SQLite takes "OrganisationId = ?" for a filter keeping
    /// ten rows; these shapes give it no room to walk a whole register instead of an index.
    /// </summary>
    public static async Task<(int Total, List<T> Page)> ListAsync<T, TTerm>(
        IQueryable<T> assets, DbSet<TTerm> terms, IReadOnlyList<string> words, Expression<Func<T, string>> order, int skip, int take,
        CancellationToken cancellationToken)
        where T : RegisterAsset
        where TTerm : AssetSearchTerm
    {
        const int SortedHere = 2000;
        IQueryable<Guid>? matching = null;
        if (words.Count > 0)
        {
            var candidates = WithOtherWords(assets, words);
            matching = Seek(terms, words[0]).Select(t => t.AssetId).Distinct().Where(id => candidates.Any(a => a.Id == id));
        }

        var total = matching is null ? await assets.CountAsync(cancellationToken) : await matching.CountAsync(cancellationToken);
        List<Guid> page;
        if (total <= SortedHere)
        {
            var few = assets;
            if (matching is not null)
            {
                var found = await matching.ToListAsync(cancellationToken);
                few = assets.Where(a => found.Contains(a.Id));
            }

            var keys = await few.Select(KeyOf(order)).ToListAsync(cancellationToken);
            page = [.. keys.OrderBy(k => k.Key, StringComparer.Ordinal).ThenBy(k => k.Reference, StringComparer.Ordinal).Skip(skip).Take(take).Select(k => k.Id)];
        }
        else
        {
            page = await assets.Matching(terms, words).OrderBy(order).ThenBy(a => a.Reference).Skip(skip).Take(take).Select(a => a.Id).ToListAsync(cancellationToken);
        }

        return (total, await ReadAsync(assets, page, cancellationToken));
    }

    /// <summary>What a list is sorted on: the asset's id, its sort key and its reference.</summary>
    public sealed record SortKey(Guid Id, string Key, string Reference);

    private static Expression<Func<T, SortKey>> KeyOf<T>(Expression<Func<T, string>> order)
        where T : RegisterAsset
    {
        var asset = order.Parameters[0];
        var constructor = typeof(SortKey).GetConstructors()[0];
        return Expression.Lambda<Func<T, SortKey>>(
            Expression.New(constructor, Expression.Property(asset, nameof(RegisterAsset.Id)), order.Body, Expression.Property(asset, nameof(RegisterAsset.Reference))),
            asset);
    }

    private static IQueryable<T> WithOtherWords<T>(IQueryable<T> assets, IReadOnlyList<string> words)
        where T : RegisterAsset
    {
        foreach (var word in words.Skip(1))
        {
            assets = assets.Where(a => a.SearchText.Contains(word));
        }

        return assets;
    }

    /// <summary>The assets of these ids, in this order.</summary>
    private static async Task<List<T>> ReadAsync<T>(IQueryable<T> assets, List<Guid> ids, CancellationToken cancellationToken)
        where T : RegisterAsset
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = (await assets.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken)).ToDictionary(a => a.Id);
        return [.. ids.Where(rows.ContainsKey).Select(id => rows[id])];
    }

    /// <summary>The term rows starting with <paramref name="prefix"/>, in index order.</summary>
    public static IQueryable<TTerm> Seek<TTerm>(DbSet<TTerm> terms, string prefix)
        where TTerm : AssetSearchTerm
    {
        var (from, to) = SearchText.PrefixRange(prefix);
        var rows = terms.AsNoTracking();
        return to is null
            ? rows.Where(t => t.Term.CompareTo(from) >= 0)
            : rows.Where(t => t.Term.CompareTo(from) >= 0 && t.Term.CompareTo(to) < 0);
    }
}
