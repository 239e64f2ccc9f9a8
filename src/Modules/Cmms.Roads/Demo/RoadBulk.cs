using Cmms.Kernel.Data;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Roads.Demo;

/// <summary>
/// Writes generated road assets fast (prepared inserts, no change tracking), numbered from the counters and
/// indexed for search like any other, inside the caller's transaction. For the demo and the large city only.
/// </summary>
internal static class RoadBulk
{
    public static async Task WriteAsync<T>(DbContext db, Guid organisationId, string series, IReadOnlyList<T> assets, DateTime now, CancellationToken cancellationToken)
        where T : RoadAsset
    {
        if (assets.Count == 0)
        {
            return;
        }

        var first = await References.ReserveAsync(db, organisationId, series, assets.Count, cancellationToken);
        for (var i = 0; i < assets.Count; i++)
        {
            var asset = assets[i];
            asset.OrganisationId = organisationId;
            asset.Reference = References.Format(series, first + i);
            asset.Version = 1;
            asset.UpdatedAtUtc = now;
            asset.UpdatedBy = "system";
            asset.Reindex();
        }

        await db.InsertAsync(assets, cancellationToken);
        await db.InsertAsync([.. assets.SelectMany(SearchIndex.TermsOf)], cancellationToken);
    }
}
