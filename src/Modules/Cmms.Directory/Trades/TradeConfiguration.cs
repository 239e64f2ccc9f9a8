using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Directory.Trades;

internal sealed class TradeConfiguration : IEntityTypeConfiguration<Trade>
{
    public void Configure(EntityTypeBuilder<Trade> builder)
    {
        builder.ToTable("dir_trades");
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasIndex(t => new { t.OrganisationId, t.Name }).IsUnique();
    }
}
