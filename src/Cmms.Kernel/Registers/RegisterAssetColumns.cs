using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Kernel.Registers;

/// <summary>The columns and indexes every register asset table has; the module names the table (gs_trees, rd_signs…).</summary>
public static class RegisterAssetColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder, string table)
        where T : RegisterAsset
    {
        builder.ToTable(table);
        builder.Property(a => a.Reference).HasMaxLength(20);
        builder.Property(a => a.SearchText).HasMaxLength(400);
        builder.Property(a => a.RetiredReason).HasMaxLength(500);
        builder.Ignore(a => a.IsRetired);
        builder.Ignore(a => a.Label);
        builder.Ignore(a => a.Shape);
        builder.Ignore(a => a.Spot);
        builder.Ignore(a => a.Box);
        builder.HasIndex(a => new { a.OrganisationId, a.Reference }).IsUnique();

        // Window queries (map, OGC bbox): one range seek on MinLat within the organisation, the rest read from the
        // index; with RetiredOn last, counting a window's assets in service needs no row.
        builder.HasIndex(a => new { a.OrganisationId, a.MinLat, a.MinLon, a.MaxLat, a.MaxLon, a.RetiredOn });

        // A register's size in service (its list's total) is counted on the index alone.
        builder.HasIndex(a => new { a.OrganisationId, a.RetiredOn });
        builder.HasIndex(a => new { a.OrganisationId, a.SiteId });

        // Exports read the organisation's rows in id order, 2,000 at a time (keyset): one seek per batch, no sort.
        builder.HasIndex(a => new { a.OrganisationId, a.Id });
    }
}
