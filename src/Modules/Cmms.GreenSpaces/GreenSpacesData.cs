using Cmms.GreenSpaces.Common;
using Cmms.GreenSpaces.PlayEquipment;
using Cmms.GreenSpaces.Trees;
using Cmms.GreenSpaces.Zones;
using Microsoft.EntityFrameworkCore;

namespace Cmms.GreenSpaces;

/// <summary>The module's tables, as seen from the shared DbContext.</summary>
internal static class GreenSpacesData
{
    extension(DbContext db)
    {
        public DbSet<Zone> Zones => db.Set<Zone>();

        public DbSet<Tree> Trees => db.Set<Tree>();

        public DbSet<PlayItem> PlayItems => db.Set<PlayItem>();

        public DbSet<GreenSearchTerm> GreenSearchTerms => db.Set<GreenSearchTerm>();

        public DbSet<GreenCounter> GreenCounters => db.Set<GreenCounter>();
    }
}
