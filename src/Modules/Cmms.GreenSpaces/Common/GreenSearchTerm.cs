using Cmms.Kernel.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.GreenSpaces.Common;

/// <summary>One word of one green-space asset's searchable text (gs_search_terms; see <see cref="AssetSearchTerm"/>).</summary>
internal sealed class GreenSearchTerm : AssetSearchTerm;

internal sealed class GreenSearchTermConfiguration : IEntityTypeConfiguration<GreenSearchTerm>
{
    public void Configure(EntityTypeBuilder<GreenSearchTerm> builder) => AssetSearchTerm.Configure(builder, "gs_search_terms");
}
