using System.Runtime.CompilerServices;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Registers;

/// <summary>
/// What the map layers of registers share: the assets in service the caller may see (organisation filter,
/// referent's sites), the window on the indexed bounds, the exact test of lines and outlines against the window,
/// id order with offset paging for OGC, and keyset batches for exports that never hold a whole table.
/// </summary>
public abstract class RegisterLayer<T>(DbContext db) : IFeatureLayer
    where T : RegisterAsset
{
    public const int Batch = 2000;

    public abstract string Id { get; }

    public abstract string ModuleName { get; }

    public abstract string Title { get; }

    public abstract string Description { get; }

    public abstract GeometryKind Kind { get; }

    public abstract IReadOnlyList<FeatureField> Fields { get; }

    /// <summary>The tallest shape of the layer, in degrees of latitude (0 for points).</summary>
    protected abstract double MaxSpan { get; }

    /// <summary>Reads what the features need besides their row (site and zone names) once, and makes features.</summary>
    protected abstract Task<Func<T, Feature>> FeaturesAsync(CancellationToken cancellationToken);

    protected DbContext Db => db;

    /// <summary>The sites the person asking reaches.</summary>
    protected abstract Task<ISiteScope> ScopeAsync(CancellationToken cancellationToken);

    private async Task<IQueryable<T>> VisibleAsync(CancellationToken cancellationToken) =>
        db.Set<T>().AsNoTracking().InService().VisibleTo(await ScopeAsync(cancellationToken));

    public async Task<GeoBox?> ExtentAsync(CancellationToken cancellationToken)
    {
        var rows = await VisibleAsync(cancellationToken);
        var extent = await rows.GroupBy(_ => 1)
            .Select(g => new { MinLon = g.Min(r => r.MinLon), MinLat = g.Min(r => r.MinLat), MaxLon = g.Max(r => r.MaxLon), MaxLat = g.Max(r => r.MaxLat) })
            .FirstOrDefaultAsync(cancellationToken);
        return extent is null ? null : new GeoBox(extent.MinLon, extent.MinLat, extent.MaxLon, extent.MaxLat);
    }

    public async Task<FeaturePage> QueryAsync(FeatureQuery query, CancellationToken cancellationToken)
    {
        var rows = await VisibleAsync(cancellationToken);
        var make = await FeaturesAsync(cancellationToken);
        if (query.Box is { } box)
        {
            rows = rows.InWindow(box, MaxSpan);
            if (Kind != GeometryKind.Point)
            {
                // A line or an outline whose bounds meet the window may still miss it: the few candidates are tested exactly,
                // so offsets and counts are those of the features that really intersect (ordered here, so the
                // window index reads them rather than the id index).
                var hits = (await rows.ToListAsync(cancellationToken)).Where(r => GeoWindow.Meets(r.Shape, box)).OrderBy(r => r.Id).ToList();
                return new FeaturePage([.. hits.Skip(query.Offset).Take(query.Limit).Select(make)], query.Count ? hits.Count : null);
            }
        }

        long? matched = query.Count ? await rows.LongCountAsync(cancellationToken) : null;
        var page = await rows.OrderBy(r => r.Id).Skip(query.Offset).Take(query.Limit).ToListAsync(cancellationToken);
        return new FeaturePage([.. page.Select(make)], matched);
    }

    public async IAsyncEnumerable<Feature> StreamAsync(GeoBox? box, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = await VisibleAsync(cancellationToken);
        var make = await FeaturesAsync(cancellationToken);
        if (box is { } window)
        {
            // A window's ids come from the window index (keyset paging on the id would make SQLite walk the id
            // index instead); the rows are then read 2,000 ids at a time.
            var ids = await rows.InWindow(window, MaxSpan).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
            foreach (var chunk in ids.Chunk(Batch))
            {
                var batch = await rows.Where(r => chunk.Contains(r.Id)).OrderBy(r => r.Id).ToListAsync(cancellationToken);
                foreach (var row in batch.Where(r => Kind == GeometryKind.Point || GeoWindow.Meets(r.Shape, window)))
                {
                    yield return make(row);
                }
            }

            yield break;
        }

        // Everything: keyset batches on (OrganisationId, Id), never the whole table in memory.
        Guid? last = null;
        while (true)
        {
            var next = last is { } after ? rows.Where(r => r.Id.CompareTo(after) > 0) : rows;
            var batch = await next.OrderBy(r => r.Id).Take(Batch).ToListAsync(cancellationToken);
            foreach (var row in batch)
            {
                yield return make(row);
            }

            if (batch.Count < Batch)
            {
                yield break;
            }

            last = batch[^1].Id;
        }
    }

    public async Task<Feature?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await (await VisibleAsync(cancellationToken)).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : (await FeaturesAsync(cancellationToken))(row);
    }

    protected static Dictionary<string, object?> Properties(T asset, string kind) => new()
    {
        ["reference"] = asset.Reference,
        ["label"] = asset.Label,
        ["kind"] = kind,
    };
}
