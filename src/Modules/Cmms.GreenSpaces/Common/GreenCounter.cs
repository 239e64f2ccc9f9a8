using Cmms.Kernel.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.GreenSpaces.Common;

/// <summary>The last reference number given in a series of the module (gs_counters; numbers from <see cref="ReferenceNumbers"/>).</summary>
internal sealed class GreenCounter : ReferenceCounter;

internal sealed class GreenCounterConfiguration : IEntityTypeConfiguration<GreenCounter>
{
    public void Configure(EntityTypeBuilder<GreenCounter> builder) => ReferenceCounter.Configure(builder, "gs_counters");
}

/// <summary>The module's reference series: what agents read on a tree's tag or a zone's sheet.</summary>
internal static class References
{
    public const string Trees = "ARB";
    public const string Zones = "ZEV";
    public const string Play = "JEU";
}
