using Cmms.Buildings.Buildings;
using Cmms.Buildings.Equipment;
using Cmms.Buildings.Levels;
using Cmms.Buildings.Rooms;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Buildings;

/// <summary>The module's tables, as seen from the shared DbContext.</summary>
internal static class BuildingsData
{
    extension(DbContext db)
    {
        public DbSet<Building> Buildings => db.Set<Building>();

        public DbSet<Level> Levels => db.Set<Level>();

        public DbSet<Room> Rooms => db.Set<Room>();

        public DbSet<EquipmentItem> Equipment => db.Set<EquipmentItem>();

        public DbSet<EquipmentEvent> EquipmentEvents => db.Set<EquipmentEvent>();
    }
}
