using Cmms.Gis.Import;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Gis;

/// <summary>The module's tables, as seen from the shared DbContext. Gis holds no assets: only its import runs.</summary>
internal static class GisData
{
    extension(DbContext db)
    {
        public DbSet<ImportRun> ImportRuns => db.Set<ImportRun>();
    }
}
