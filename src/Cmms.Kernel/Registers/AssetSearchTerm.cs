using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Kernel.Registers;

/// <summary>
/// One word of one asset's searchable text, so a text search is an index seek on a word's prefix rather than a
/// scan of 100,000 trees. Each module maps its own term table (gs_search_terms, rd_search_terms) with a sealed
/// subclass. Derived from the asset's <see cref="RegisterAsset.SearchText"/> and rewritten with it; every query
/// joins it to the asset's own table, whose organisation filter applies, so the row carries no organisation of
/// its own (that keeps the index small).
/// </summary>
public abstract class AssetSearchTerm
{
    public string Term { get; set; } = string.Empty;

    public Guid AssetId { get; set; }

    public static void Configure<TTerm>(EntityTypeBuilder<TTerm> builder, string table)
        where TTerm : AssetSearchTerm
    {
        builder.ToTable(table);
        builder.HasKey(t => new { t.Term, t.AssetId });
        builder.Property(t => t.Term).HasMaxLength(Assets.SearchText.MaxTermLength);
    }
}
