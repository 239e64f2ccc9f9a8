using Cmms.Kernel.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.GreenSpaces.Common;

/// <summary>The last reference number given in a series (ARB for trees, ZEV for zones, JEU for play equipment).</summary>
internal sealed class GreenCounter : IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public required string Series { get; set; }

    public int Last { get; set; }
}

internal sealed class GreenCounterConfiguration : IEntityTypeConfiguration<GreenCounter>
{
    public void Configure(EntityTypeBuilder<GreenCounter> builder)
    {
        builder.ToTable("gs_counters");
        builder.HasKey(c => new { c.OrganisationId, c.Series });
        builder.Property(c => c.Series).HasMaxLength(4);
    }
}

/// <summary>
/// Gives reference numbers: the counter row is incremented in place (the database orders concurrent callers)
/// and read back, so two assets never get the same number. Gaps (a refused save) do not matter for assets.
/// </summary>
internal static class References
{
    public const string Trees = "ARB";
    public const string Zones = "ZEV";
    public const string Play = "JEU";

    public static string Format(string series, int value) => $"{series}-{value:000000}";

    /// <summary>Reserves <paramref name="count"/> numbers and returns the first.</summary>
    public static async Task<int> ReserveAsync(DbContext db, Guid organisationId, string series, int count, CancellationToken cancellationToken)
    {
        var counters = db.GreenCounters;
        for (var attempt = 0; ; attempt++)
        {
            var updated = await counters.Where(c => c.OrganisationId == organisationId && c.Series == series)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + count), cancellationToken);
            if (updated == 1)
            {
                var last = await counters.AsNoTracking().Where(c => c.OrganisationId == organisationId && c.Series == series)
                    .Select(c => c.Last).SingleAsync(cancellationToken);
                return last - count + 1;
            }

            if (attempt > 0)
            {
                throw new InvalidOperationException($"The {series} counter could not be created.");
            }

            var counter = new GreenCounter { OrganisationId = organisationId, Series = series };
            db.Add(counter);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Created by someone else meanwhile: increment theirs.
            }
            finally
            {
                db.Entry(counter).State = EntityState.Detached;
            }
        }
    }

    public static async Task<string> NextAsync(DbContext db, Guid organisationId, string series, CancellationToken cancellationToken) =>
        Format(series, await ReserveAsync(db, organisationId, series, 1, cancellationToken));
}
