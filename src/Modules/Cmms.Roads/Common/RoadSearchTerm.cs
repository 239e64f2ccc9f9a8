using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Roads.Common;

/// <summary>
/// One word of one asset's searchable text (rd_search_terms), so a text search is an index seek on a word's
/// prefix rather than a scan of 20,000 street lights. Derived from the asset's <see cref="RoadAsset.SearchText"/>
/// and rewritten with it; every query joins it to the asset's own table, whose organisation filter applies,
/// so the row carries no organisation of its own (that keeps the index small).
/// </summary>
internal sealed class RoadSearchTerm
{
    public required string Term { get; set; }

    public Guid AssetId { get; set; }
}

internal sealed class RoadSearchTermConfiguration : IEntityTypeConfiguration<RoadSearchTerm>
{
    public void Configure(EntityTypeBuilder<RoadSearchTerm> builder)
    {
        builder.ToTable("rd_search_terms");
        builder.HasKey(t => new { t.Term, t.AssetId });
        builder.Property(t => t.Term).HasMaxLength(Kernel.Assets.SearchText.MaxTermLength);
    }
}
