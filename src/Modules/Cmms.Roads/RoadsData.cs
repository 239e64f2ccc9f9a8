using Cmms.Roads.Common;
using Cmms.Roads.Segments;
using Cmms.Roads.Signs;
using Cmms.Roads.StreetLights;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Roads;

/// <summary>The module's tables, as seen from the shared DbContext.</summary>
internal static class RoadsData
{
    extension(DbContext db)
    {
        public DbSet<RoadSegment> RoadSegments => db.Set<RoadSegment>();

        public DbSet<Sign> Signs => db.Set<Sign>();

        public DbSet<StreetLight> StreetLights => db.Set<StreetLight>();

        public DbSet<RoadSearchTerm> RoadSearchTerms => db.Set<RoadSearchTerm>();

        public DbSet<RoadCounter> RoadCounters => db.Set<RoadCounter>();
    }
}
