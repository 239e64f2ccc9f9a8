using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.GreenSpaces.Common;

/// <summary>
/// One word of one asset's searchable text (gs_search_terms), so a text search is an index seek on a word's
/// prefix rather than a scan of 100,000 trees. Derived from the asset's <see cref="GreenAsset.SearchText"/>
/// and rewritten with it; every query joins it to the asset's own table, whose organisation filter applies,
/// so the row carries no organisation of its own (that keeps the index small).
/// </summary>
internal sealed class GreenSearchTerm
{
    public required string Term { get; set; }

    public Guid AssetId { get; set; }
}

internal sealed class GreenSearchTermConfiguration : IEntityTypeConfiguration<GreenSearchTerm>
{
    public void Configure(EntityTypeBuilder<GreenSearchTerm> builder)
    {
        builder.ToTable("gs_search_terms");
        builder.HasKey(t => new { t.Term, t.AssetId });
        builder.Property(t => t.Term).HasMaxLength(Kernel.Assets.SearchText.MaxTermLength);
    }
}
