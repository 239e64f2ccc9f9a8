using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Registers;

/// <summary>
/// What a layer reads of an asset: the columns its features need, never the whole entity (a tree's search text
/// and notes are long, and a window of 2,500 trees sorted on whole rows costs SQLite far more than on a few columns).
/// </summary>
public interface IFeatureRow
{
    Guid Id { get; }

    /// <summary>The geometry as stored, for the exact test of lines and outlines against a window.</summary>
    Geometry Shape { get; }
}

/// <summary>What the map's window draws of an asset: its id, label and geometry.</summary>
public sealed record LabelRow(Guid Id, string Label, Geometry Shape) : IFeatureRow;

/// <summary>
/// What the map layers of registers share: the assets in service the caller may see (organisation filter,
/// referent's sites), the window on the indexed bounds, the exact test of lines and outlines against the window,
/// id order with offset paging for OGC, and keyset batches for exports that never hold a whole table.
/// Each layer says which columns its features read (<see cref="Row"/>, <see cref="Labels"/>): EF reads those
/// columns only and no entity is materialised.
/// </summary>
public abstract class RegisterLayer<T, TRow>(DbContext db) : IFeatureLayer
    where T : RegisterAsset
    where TRow : IFeatureRow
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

    /// <summary>
    /// The columns a full feature needs, as an EF projection. A method it calls (a label made of two columns) runs
    /// in .NET on the columns it names, which EF reads; computed properties of the entity cannot be read.
    /// </summary>
    protected abstract Expression<Func<T, TRow>> Row { get; }

    /// <summary>The id, label and geometry only, for the map's window (<see cref="FeatureQuery.LabelsOnly"/>).</summary>
    protected abstract Expression<Func<T, LabelRow>> Labels { get; }

    /// <summary>Reads what the features of these rows need besides the rows (site and zone names), and makes features.</summary>
    protected abstract Task<Func<TRow, Feature>> FeaturesAsync(IReadOnlyCollection<TRow> rows, CancellationToken cancellationToken);

    /// <summary>The asset's page in the application.</summary>
    protected abstract string PageUrl(Guid id);

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
        if (query.LabelsOnly)
        {
            var (labels, counted) = await PageAsync(query, Labels, cancellationToken);
            return new FeaturePage([.. labels.Select(r => new Feature(r.Id, r.Shape, r.Label, PageUrl(r.Id), Feature.NoProperties))], counted);
        }

        var (rows, matched) = await PageAsync(query, Row, cancellationToken);
        var make = await FeaturesAsync(rows, cancellationToken);
        return new FeaturePage([.. rows.Select(make)], matched);
    }

    private async Task<(List<TOut> Rows, long? Matched)> PageAsync<TOut>(FeatureQuery query, Expression<Func<T, TOut>> columns, CancellationToken cancellationToken)
        where TOut : IFeatureRow
    {
        var rows = await VisibleAsync(cancellationToken);
        if (query.Box is { } box)
        {
            rows = rows.InWindow(box, MaxSpan);
            if (Kind != GeometryKind.Point)
            {
                // A line or an outline whose bounds meet the window may still miss it: the few candidates are tested exactly,
                // so offsets and counts are those of the features that really intersect (ordered here, so the
                // window index reads them rather than the id index).
                var hits = (await rows.Select(columns).ToListAsync(cancellationToken)).Where(r => GeoWindow.Meets(r.Shape, box)).OrderBy(r => r.Id).ToList();
                return ([.. hits.Skip(query.Offset).Take(query.Limit)], query.Count ? hits.Count : null);
            }
        }

        var page = await rows.OrderBy(r => r.Id).Skip(query.Offset).Take(query.Limit).Select(columns).ToListAsync(cancellationToken);
        long? matched = query.Count ? query.MatchedFrom(page.Count) ?? await rows.LongCountAsync(cancellationToken) : null;
        return (page, matched);
    }

    public async IAsyncEnumerable<Feature> StreamAsync(GeoBox? box, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = await VisibleAsync(cancellationToken);
        var columns = Row;
        if (box is { } window)
        {
            // A window's ids come from the window index (keyset paging on the id would make SQLite walk the id
            // index instead); the rows are then read 2,000 ids at a time.
            var ids = await rows.InWindow(window, MaxSpan).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
            foreach (var chunk in ids.Chunk(Batch))
            {
                var batch = (await rows.Where(r => chunk.Contains(r.Id)).OrderBy(r => r.Id).Select(columns).ToListAsync(cancellationToken))
                    .Where(r => Kind == GeometryKind.Point || GeoWindow.Meets(r.Shape, window)).ToList();
                var make = await FeaturesAsync(batch, cancellationToken);
                foreach (var row in batch)
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
            var batch = await next.OrderBy(r => r.Id).Take(Batch).Select(columns).ToListAsync(cancellationToken);
            var make = await FeaturesAsync(batch, cancellationToken);
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
        var rows = await (await VisibleAsync(cancellationToken)).Where(r => r.Id == id).Select(Row).Take(1).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : (await FeaturesAsync(rows, cancellationToken))(rows[0]);
    }

    /// <summary>The first properties of every register's features, in their order, with room for the layer's others.</summary>
    protected Dictionary<string, object?> Properties(string reference, string label, string kind) => new(Fields.Count)
    {
        ["reference"] = reference,
        ["label"] = label,
        ["kind"] = kind,
    };
}
