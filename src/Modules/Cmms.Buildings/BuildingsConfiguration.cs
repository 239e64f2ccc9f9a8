using Cmms.Buildings.Buildings;
using Cmms.Buildings.Equipment;
using Cmms.Buildings.Levels;
using Cmms.Buildings.Rooms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Buildings;

// The module's tables (bd_), their keys and the indexes its lists, map windows and searches read by.
// Org-scoped indexes lead with OrganisationId: the query filter adds "OrganisationId = ?" to every query.

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> builder)
    {
        builder.ToTable("bd_buildings");
        builder.Property(b => b.Code).HasMaxLength(30);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.Address).HasMaxLength(300);
        builder.Property(b => b.ErpType).HasConversion<string>().HasMaxLength(4);
        builder.Property(b => b.SearchKey).HasMaxLength(600);
        builder.Property(b => b.Geometry).IsRequired(); // a column (see GeometryColumns), never an entity
        builder.Ignore(b => b.HasFootprint);
        builder.Ignore(b => b.PinPoint);
        builder.HasIndex(b => new { b.OrganisationId, b.Code }).IsUnique();
        builder.HasIndex(b => new { b.OrganisationId, b.SiteId, b.Name });
        builder.HasIndex(b => new { b.OrganisationId, b.MinLat, b.MinLon, b.MaxLat, b.MaxLon });
    }
}

internal sealed class LevelConfiguration : IEntityTypeConfiguration<Level>
{
    public void Configure(EntityTypeBuilder<Level> builder)
    {
        builder.ToTable("bd_levels");
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.HasOne<Building>().WithMany().HasForeignKey(l => l.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.BuildingId, l.Elevation }).IsUnique();
    }
}

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.ToTable("bd_rooms");
        builder.Property(r => r.Number).HasMaxLength(20);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Use).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Building>().WithMany().HasForeignKey(r => r.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Level>().WithMany().HasForeignKey(r => r.LevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.LevelId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.BuildingId, r.LevelId });
    }
}

internal sealed class EquipmentConfiguration : IEntityTypeConfiguration<EquipmentItem>
{
    public void Configure(EntityTypeBuilder<EquipmentItem> builder)
    {
        builder.ToTable("bd_equipment");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Brand).HasMaxLength(100);
        builder.Property(e => e.Model).HasMaxLength(100);
        builder.Property(e => e.SerialNumber).HasMaxLength(100);
        builder.Property(e => e.RegulatoryCategory).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.RetirementReason).HasMaxLength(500);
        builder.Property(e => e.Notes).HasMaxLength(2000);
        builder.Property(e => e.SearchKey).HasMaxLength(600);

        // Named here so EF takes the point for a column (stored per provider by GeometryColumns), not for an entity.
        builder.Property(e => e.Position);
        builder.Ignore(e => e.Place);
        builder.HasOne<Building>().WithMany().HasForeignKey(e => e.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Level>().WithMany().HasForeignKey(e => e.LevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Room>().WithMany().HasForeignKey(e => e.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.OrganisationId, e.BuildingId, e.Status });
        builder.HasIndex(e => new { e.OrganisationId, e.SiteId, e.Kind });
        builder.HasIndex(e => new { e.OrganisationId, e.RegulatoryCategory, e.Status });
        builder.HasIndex(e => new { e.OrganisationId, e.MinLat, e.MinLon, e.MaxLat, e.MaxLon });
    }
}

internal sealed class EquipmentEventConfiguration : IEntityTypeConfiguration<EquipmentEvent>
{
    public void Configure(EntityTypeBuilder<EquipmentEvent> builder)
    {
        builder.ToTable("bd_equipment_events");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ByName).HasMaxLength(200);
        builder.Property(e => e.From).HasMaxLength(400);
        builder.Property(e => e.To).HasMaxLength(400);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.Changes).HasMaxLength(500);
        builder.HasOne<EquipmentItem>().WithMany().HasForeignKey(e => e.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.EquipmentId, e.AtUtc });
    }
}
