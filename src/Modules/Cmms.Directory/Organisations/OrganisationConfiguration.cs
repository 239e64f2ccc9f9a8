using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Directory.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("dir_organisations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Code).HasMaxLength(20);
        builder.Property(o => o.Siren).HasMaxLength(9);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(o => o.Code).IsUnique();
    }
}
