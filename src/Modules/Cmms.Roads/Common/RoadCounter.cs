using Cmms.Kernel.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Roads.Common;

/// <summary>The last reference number given in a series of the module (rd_counters; numbers from <see cref="ReferenceNumbers"/>).</summary>
internal sealed class RoadCounter : ReferenceCounter;

internal sealed class RoadCounterConfiguration : IEntityTypeConfiguration<RoadCounter>
{
    public void Configure(EntityTypeBuilder<RoadCounter> builder) => ReferenceCounter.Configure(builder, "rd_counters");
}

/// <summary>The module's reference series: what agents read on a sign's or a light point's sheet.</summary>
internal static class References
{
    public const string Segments = "TRC";
    public const string Signs = "PAN";
    public const string Lights = "PL";
}
