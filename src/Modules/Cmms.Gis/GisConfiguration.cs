using Cmms.Gis.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Gis;

// The module's one table (gis_): import runs and their progress.

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("gis_imports");
        builder.Property(r => r.RegisterId).HasMaxLength(50);
        builder.Property(r => r.FileName).HasMaxLength(255);
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.Property(r => r.StartedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.OrganisationId, r.CreatedAtUtc });
    }
}
