using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Zones;
using Cmms.Kernel;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Common;

/// <summary>
/// An inventory file into one of the module's registers. Every row is read and checked (geometry, values,
/// reference not already used, site known) before anything is written; the import itself writes every row
/// in one transaction, or refuses them all when one is refused. Points are placed in their zone, as on the form.
/// </summary>
internal abstract class GreenImport<T>(DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common)
    : IRegisterImport
    where T : GreenAsset
{
    private const int SaveEvery = 500;

    public abstract string Id { get; }

    public abstract string Title { get; }

    public abstract GeometryKind? Kind { get; }

    public abstract IReadOnlyList<ImportField> Fields { get; }

    protected abstract string Series { get; }

    protected abstract double MaxSpan { get; }

    protected IStringLocalizer<Text> Text => text;

    /// <summary>The asset of one row (its geometry already checked), or null with the reasons added to <paramref name="values"/>.</summary>
    protected abstract T? Read(ImportValues values, Geometry geometry);

    public async Task<IReadOnlyList<ImportRejection>> CheckAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken) =>
        (await PrepareAsync(rows, cancellationToken)).Rejections;

    public async Task<int> ImportAsync(IReadOnlyList<ImportRow> rows, IProgress<int> progress, CancellationToken cancellationToken)
    {
        var (assets, rejections) = await PrepareAsync(rows, cancellationToken);
        if (rejections.Count > 0)
        {
            throw new InvalidOperationException(text["{0} rows are refused: nothing has been imported.", rejections.Count]);
        }

        var zones = await ZonesAsync(cancellationToken);
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var unnumbered = assets.Where(a => a.Reference.Length == 0).ToList();
            if (unnumbered.Count > 0)
            {
                var first = await References.ReserveAsync(db, user.OrganisationId!.Value, Series, unnumbered.Count, cancellationToken);
                for (var i = 0; i < unnumbered.Count; i++)
                {
                    unnumbered[i].Reference = References.Format(Series, first + i);
                }
            }

            for (var done = 0; done < assets.Count; done += SaveEvery)
            {
                foreach (var asset in assets.Skip(done).Take(SaveEvery))
                {
                    Place(asset, zones);
                    asset.Reindex();
                    db.Add(asset);
                    db.AddRange(SearchIndex.TermsOf(asset));
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                progress.Report(Math.Min(done + SaveEvery, assets.Count));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await db.RefreshStatisticsAsync(GreenStatistics.Tables, cancellationToken);
        return assets.Count;
    }

    /// <summary>Sets what follows from where the asset stands (a point's zone and, when none was given, its site).</summary>
    protected virtual void Place(T asset, IReadOnlyList<Zone> zones)
    {
    }

    private async Task<IReadOnlyList<Zone>> ZonesAsync(CancellationToken cancellationToken)
    {
        if (Kind != GeometryKind.Point)
        {
            return [];
        }

        var set = db.Zones;
        return [.. (await set.AsNoTracking().InService().ToListAsync(cancellationToken)).OrderBy(z => z.AreaM2)];
    }

    private async Task<(List<T> Assets, List<ImportRejection> Rejections)> PrepareAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var sites = await directory.SitesAsync(cancellationToken);
        var taken = await TakenReferencesAsync(rows, cancellationToken);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var labels = Fields.ToDictionary(f => f.Name, f => f.Label);
        var assets = new List<T>();
        var rejections = new List<ImportRejection>();
        foreach (var row in rows)
        {
            var values = new ImportValues(row, text) { Label = f => labels.GetValueOrDefault(f, f) };
            var (geometry, shapeProblem) = ShapeInput.Check(row.Geometry, Kind ?? GeometryKind.Point, MaxSpan);
            if (shapeProblem is not null)
            {
                values.Problems.Add(shapeProblem.Describe(text, common));
            }

            var reference = values.Text("reference", 20)?.ToUpperInvariant();
            if (reference is not null && (taken.Contains(reference) || !seen.Add(reference)))
            {
                values.Problems.Add(text["The reference {0} is already used.", reference]);
            }

            Guid? siteId = null;
            if (values.Text("site", 200) is { } site)
            {
                siteId = sites.FirstOrDefault(s => string.Equals(s.Code, site, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Name, site, StringComparison.OrdinalIgnoreCase))?.Id;
                if (siteId is null)
                {
                    values.Problems.Add(text["No site has the code or name “{0}”.", site]);
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

    /// <summary>The smallest zone covering a point, and the smallest with a site.</summary>
    protected static (Guid? ZoneId, Guid? SiteId) ZoneAt(Point point, IReadOnlyList<Zone> zonesBySize)
    {
        var around = zonesBySize.Where(z => z.Outline.EnvelopeInternal.Covers(point.Coordinate) && z.Outline.Covers(point)).ToList();
        return (around.FirstOrDefault()?.Id, around.FirstOrDefault(z => z.SiteId is not null)?.SiteId);
    }
}
