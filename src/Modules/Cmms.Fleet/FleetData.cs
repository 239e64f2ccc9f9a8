using Cmms.Fleet.Fuel;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Fleet.Workshop;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Fleet;

/// <summary>The module's tables, as seen from the shared DbContext (take them into locals before using them in a query).</summary>
internal static class FleetData
{
    extension(DbContext db)
    {
        public DbSet<Vehicle> Vehicles => db.Set<Vehicle>();

        public DbSet<VehicleStatusChange> StatusChanges => db.Set<VehicleStatusChange>();

        public DbSet<Meter> Meters => db.Set<Meter>();

        public DbSet<MeterReading> MeterReadings => db.Set<MeterReading>();

        public DbSet<FuelEntry> FuelEntries => db.Set<FuelEntry>();

        public DbSet<WorkshopJob> WorkshopJobs => db.Set<WorkshopJob>();
    }
}
