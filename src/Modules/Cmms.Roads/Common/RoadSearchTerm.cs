using Cmms.Kernel.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Roads.Common;

/// <summary>One word of one road asset's searchable text (rd_search_terms; see <see cref="AssetSearchTerm"/>).</summary>
internal sealed class RoadSearchTerm : AssetSearchTerm;

internal sealed class RoadSearchTermConfiguration : IEntityTypeConfiguration<RoadSearchTerm>
{
    public void Configure(EntityTypeBuilder<RoadSearchTerm> builder) => AssetSearchTerm.Configure(builder, "rd_search_terms");
}
