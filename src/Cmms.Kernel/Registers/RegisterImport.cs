using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Registers;

/// <summary>A site an import row may name, by its code or its name.</summary>
public sealed record ImportSite(Guid Id, string Code, string Name);

/// <summary>
/// An inventory file into one of a module's registers. Every row is read and checked (geometry, values,
/// reference not already used, site known) before anything is written; the import itself writes every row
/// in one transaction, or refuses them all when one is refused. Assets without a reference are numbered in
/// the register's series; every asset is indexed for search in the module's term table.
/// </summary>
/// <param name="text">The module's texts (field labels, list values), for the concrete import's own messages.</param>
public abstract class RegisterImport<T, TTerm, TCounter>(
    DbContext db, IWriteGate gate, ICurrentUser user, IStringLocalizer text, IStringLocalizer<CommonText> common)
    : IRegisterImport
    where T : RegisterAsset
    where TTerm : AssetSearchTerm, new()
    where TCounter : ReferenceCounter, new()
{
    private const int SaveEvery = 500;

    public abstract string Id { get; }

    public abstract string Title { get; }

    public abstract GeometryKind? Kind { get; }

    public abstract IReadOnlyList<ImportField> Fields { get; }

    protected abstract string Series { get; }

    protected abstract double MaxSpan { get; }

    /// <summary>The module's tables whose planner statistics are refreshed once the rows are in.</summary>
    protected abstract IReadOnlyCollection<Type> StatisticsTables { get; }

    protected IStringLocalizer Text => text;

    protected DbContext Db => db;

    /// <summary>The asset of one row (its geometry already checked), or null with the reasons added to <paramref name="values"/>.</summary>
    protected abstract T? Read(ImportValues values, Geometry geometry);

    /// <summary>The organisation's sites, which a row names in its "site" column.</summary>
    protected abstract Task<IReadOnlyList<ImportSite>> SitesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// What sets, just before an asset is written, what follows from where it stands (a tree's zone and, when
    /// none was given, its site); nothing by default. Read once per import.
    /// </summary>
    protected virtual Task<Action<T>> PlacementAsync(CancellationToken cancellationToken) => Task.FromResult<Action<T>>(_ => { });

    public async Task<IReadOnlyList<ImportRejection>> CheckAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken) =>
        (await PrepareAsync(rows, cancellationToken)).Rejections;

    public async Task<int> ImportAsync(IReadOnlyList<ImportRow> rows, IProgress<int> progress, CancellationToken cancellationToken)
    {
        var (assets, rejections) = await PrepareAsync(rows, cancellationToken);
        if (rejections.Count > 0)
        {
            throw new InvalidOperationException(common["{0} rows are refused: nothing has been imported.", rejections.Count]);
        }

        var place = await PlacementAsync(cancellationToken);
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var unnumbered = assets.Where(a => a.Reference.Length == 0).ToList();
            if (unnumbered.Count > 0)
            {
                var first = await ReferenceNumbers.ReserveAsync(db.Set<TCounter>(), user.OrganisationId!.Value, Series, unnumbered.Count, cancellationToken);
                for (var i = 0; i < unnumbered.Count; i++)
                {
                    unnumbered[i].Reference = ReferenceNumbers.Format(Series, first + i);
                }
            }

            for (var done = 0; done < assets.Count; done += SaveEvery)
            {
                foreach (var asset in assets.Skip(done).Take(SaveEvery))
                {
                    place(asset);
                    asset.Reindex();
                    db.Add(asset);
                    db.AddRange(SearchIndex.TermsOf<TTerm>(asset));
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                progress.Report(Math.Min(done + SaveEvery, assets.Count));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await db.RefreshStatisticsAsync(StatisticsTables, cancellationToken);
        return assets.Count;
    }

    private async Task<(List<T> Assets, List<ImportRejection> Rejections)> PrepareAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var sites = await SitesAsync(cancellationToken);
        var taken = await TakenReferencesAsync(rows, cancellationToken);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var labels = Fields.ToDictionary(f => f.Name, f => f.Label);
        var assets = new List<T>();
        var rejections = new List<ImportRejection>();
        foreach (var row in rows)
        {
            var values = new ImportValues(row, text, common) { Label = f => labels.GetValueOrDefault(f, f) };
            var (geometry, shapeProblem) = ShapeInput.Check(row.Geometry, Kind ?? GeometryKind.Point, MaxSpan);
            if (shapeProblem is not null)
            {
                values.Problems.Add(shapeProblem.Describe(common));
            }

            var reference = values.Text("reference", 20)?.ToUpperInvariant();
            if (reference is not null && (taken.Contains(reference) || !seen.Add(reference)))
            {
                values.Problems.Add(common["The reference {0} is already used.", reference]);
            }

            Guid? siteId = null;
            if (values.Text("site", 200) is { } site)
            {
                siteId = sites.FirstOrDefault(s => string.Equals(s.Code, site, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Name, site, StringComparison.OrdinalIgnoreCase))?.Id;
                if (siteId is null)
                {
                    values.Problems.Add(common["No site has the code or name “{0}”.", site]);
                }
            }

            var asset = geometry is null ? null : Read(values, geometry);
            if (values.Problems.Count > 0 || asset is null)
            {
                rejections.Add(new ImportRejection(row.Line, string.Join(" ; ", values.Problems)));
                continue;
            }

            asset.Reference = reference ?? string.Empty;
            asset.SiteId = siteId;
            assets.Add(asset);
        }

        return (assets, rejections);
    }

    /// <summary>The references the file gives that the register already has.</summary>
    private async Task<HashSet<string>> TakenReferencesAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var given = rows.Select(r => r.Values.GetValueOrDefault("reference")?.Trim().ToUpperInvariant()).OfType<string>().Where(r => r.Length > 0).Distinct().ToList();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in given.Chunk(500))
        {
            var set = db.Set<T>();
            taken.UnionWith(await set.AsNoTracking().Where(a => chunk.Contains(a.Reference)).Select(a => a.Reference).ToListAsync(cancellationToken));
        }

        return taken;
    }
}
