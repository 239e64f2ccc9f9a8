using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Directory.Sites;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.ToTable("dir_sites");
        builder.Property(s => s.Code).HasMaxLength(20);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Address).HasMaxLength(300);
        builder.Property(s => s.PostCode).HasMaxLength(10);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.HasIndex(s => new { s.OrganisationId, s.Code }).IsUnique();
        builder.HasIndex(s => new { s.OrganisationId, s.Name });
    }
}
