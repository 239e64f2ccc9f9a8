using Cmms.Fleet.Fuel;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Fleet.Workshop;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Fleet;

// The module's tables (fl_), their keys and the indexes its pages read by; org-scoped indexes lead with OrganisationId.

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.ToTable("fl_vehicles");
        builder.Property(v => v.InternalNumber).HasMaxLength(20);
        builder.Property(v => v.Label).HasMaxLength(150);
        builder.Property(v => v.Brand).HasMaxLength(60);
        builder.Property(v => v.Model).HasMaxLength(60);
        builder.Property(v => v.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Registration).HasMaxLength(9);
        builder.Property(v => v.Vin).HasMaxLength(17);
        builder.Property(v => v.Fuel).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.RetiredReason).HasMaxLength(500);
        builder.Property(v => v.SearchKey).HasMaxLength(500);
        builder.Ignore(v => v.IsRetired);
        builder.HasMany(v => v.Meters).WithOne().HasForeignKey(m => m.VehicleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.OrganisationId, v.InternalNumber }).IsUnique();
        builder.HasIndex(v => new { v.OrganisationId, v.Registration }).IsUnique();
        builder.HasIndex(v => new { v.OrganisationId, v.Status, v.Category });
        builder.HasIndex(v => new { v.OrganisationId, v.ServiceId });
        builder.HasIndex(v => new { v.OrganisationId, v.SiteId });
    }
}

internal sealed class VehicleStatusChangeConfiguration : IEntityTypeConfiguration<VehicleStatusChange>
{
    public void Configure(EntityTypeBuilder<VehicleStatusChange> builder)
    {
        builder.ToTable("fl_status_changes");
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.Property(c => c.ByName).HasMaxLength(200);
        builder.HasIndex(c => new { c.OrganisationId, c.VehicleId, c.AtUtc });
    }
}

internal sealed class MeterConfiguration : IEntityTypeConfiguration<Meter>
{
    public void Configure(EntityTypeBuilder<Meter> builder)
    {
        builder.ToTable("fl_meters");
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Sequence).IsConcurrencyToken();
        builder.Ignore(m => m.Unit);
        builder.HasIndex(m => new { m.VehicleId, m.Kind }).IsUnique();
    }
}

internal sealed class MeterReadingConfiguration : IEntityTypeConfiguration<MeterReading>
{
    public void Configure(EntityTypeBuilder<MeterReading> builder)
    {
        builder.ToTable("fl_readings");
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.EnteredBy).HasMaxLength(200);

        // The rising rule looks up the readings just before and after a moment on one meter.
        builder.HasIndex(r => new { r.MeterId, r.ReadAtUtc });
        builder.HasIndex(r => new { r.OrganisationId, r.VehicleId, r.ReadAtUtc });
        builder.HasIndex(r => new { r.OrganisationId, r.EnteredAtUtc }); // the Costs ledger reads use in recording order
    }
}

internal sealed class FuelEntryConfiguration : IEntityTypeConfiguration<FuelEntry>
{
    public void Configure(EntityTypeBuilder<FuelEntry> builder)
    {
        builder.ToTable("fl_fuel_entries");
        builder.Property(f => f.Source).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.Pump).HasMaxLength(100);
        builder.Property(f => f.CardNumber).HasMaxLength(30);
        builder.Property(f => f.ExternalReference).HasMaxLength(100);
        builder.Property(f => f.EnteredBy).HasMaxLength(200);
        builder.HasIndex(f => new { f.OrganisationId, f.VehicleId, f.FilledAtUtc });
        builder.HasIndex(f => new { f.OrganisationId, f.EnteredAtUtc }); // the Costs ledger reads fills in recording order
        builder.HasIndex(f => new { f.OrganisationId, f.ExternalReference }).IsUnique();
    }
}

internal sealed class WorkshopJobConfiguration : IEntityTypeConfiguration<WorkshopJob>
{
    public void Configure(EntityTypeBuilder<WorkshopJob> builder)
    {
        builder.ToTable("fl_workshop_jobs");
        builder.Property(j => j.Reason).HasMaxLength(1000);
        builder.Property(j => j.IntakeMeterKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.WorkOrderNumber).HasMaxLength(20);
        builder.Property(j => j.OpenedBy).HasMaxLength(200);
        builder.Property(j => j.ReleaseNote).HasMaxLength(1000);
        builder.Property(j => j.ReleasedBy).HasMaxLength(200);
        builder.Ignore(j => j.IsOpen);
        builder.HasIndex(j => new { j.OrganisationId, j.VehicleId, j.IntakeAtUtc });
        builder.HasIndex(j => new { j.OrganisationId, j.ReleasedAtUtc });
    }
}
