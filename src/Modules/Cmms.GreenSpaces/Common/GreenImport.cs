using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Zones;
using Cmms.Kernel;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Common;

/// <summary>
/// An inventory file into one of the module's registers (the kernel's register import): points are placed in
/// their zone, as on the form, and take its site when the row names none.
/// </summary>
internal abstract class GreenImport<T>(DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common)
    : RegisterImport<T, GreenSearchTerm, GreenCounter>(db, gate, user, text, common)
    where T : RegisterAsset
{
    protected override IReadOnlyCollection<Type> StatisticsTables => GreenStatistics.Tables;

    protected override async Task<IReadOnlyList<ImportSite>> SitesAsync(CancellationToken cancellationToken) =>
        [.. (await directory.SitesAsync(cancellationToken)).Select(s => new ImportSite(s.Id, s.Code, s.Name))];

    protected override async Task<Action<T>> PlacementAsync(CancellationToken cancellationToken)
    {
        if (Kind != GeometryKind.Point)
        {
            return _ => { };
        }

        var set = Db.Zones;
        IReadOnlyList<Zone> zones = [.. (await set.AsNoTracking().InService().ToListAsync(cancellationToken)).OrderBy(z => z.AreaM2)];
        return asset => Place(asset, zones);
    }

    /// <summary>Sets what follows from where the asset stands (a point's zone and, when none was given, its site).</summary>
    protected virtual void Place(T asset, IReadOnlyList<Zone> zones)
    {
    }

    /// <summary>The smallest zone covering a point, and the smallest with a site.</summary>
    protected static (Guid? ZoneId, Guid? SiteId) ZoneAt(Point point, IReadOnlyList<Zone> zonesBySize)
    {
        var around = zonesBySize.Where(z => z.Outline.EnvelopeInternal.Covers(point.Coordinate) && z.Outline.Covers(point)).ToList();
        return (around.FirstOrDefault()?.Id, around.FirstOrDefault(z => z.SiteId is not null)?.SiteId);
    }
}
