using Cmms.GreenSpaces.Zones;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Common;

/// <summary>
/// The zone a point stands in, so a tree or a swing placed on the map knows its zone (and, when none was
/// chosen, its site) without anyone picking it from a list. A bed inside a park wins over the park.
/// </summary>
internal static class ZoneFinder
{
    public static async Task<(Guid? ZoneId, Guid? SiteId)> AtAsync(DbContext db, Point point, CancellationToken cancellationToken)
    {
        var zones = db.Zones;
        var candidates = await zones.AsNoTracking().InService()
            .InWindow(new GeoBox(point.X, point.Y, point.X, point.Y), Zone.MaxSpan)
            .ToListAsync(cancellationToken);
        var around = candidates.Where(z => z.Outline.Covers(point)).OrderBy(z => z.AreaM2).ToList();
        return (around.FirstOrDefault()?.Id, around.FirstOrDefault(z => z.SiteId is not null)?.SiteId);
    }
}
