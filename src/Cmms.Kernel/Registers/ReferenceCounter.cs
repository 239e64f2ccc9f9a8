using Cmms.Kernel.Data;
using Cmms.Kernel.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Kernel.Registers;

/// <summary>
/// The last reference number given in a series (ARB for trees, PL for street lights…). Each module maps its own
/// counter table (gs_counters, rd_counters) with a sealed subclass.
/// </summary>
public abstract class ReferenceCounter : IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public string Series { get; set; } = string.Empty;

    public int Last { get; set; }

    public static void Configure<TCounter>(EntityTypeBuilder<TCounter> builder, string table)
        where TCounter : ReferenceCounter
    {
        builder.ToTable(table);
        builder.HasKey(c => new { c.OrganisationId, c.Series });
        builder.Property(c => c.Series).HasMaxLength(4);
    }
}

/// <summary>
/// Gives reference numbers: the counter row is incremented in place (the database orders concurrent callers)
/// and read back, so two assets never get the same number. Gaps (a refused save) do not matter for assets.
/// </summary>
public static class ReferenceNumbers
{
    public static string Format(string series, int value) => $"{series}-{value:000000}";

    /// <summary>Reserves <paramref name="count"/> numbers and returns the first.</summary>
    public static async Task<int> ReserveAsync<TCounter>(DbSet<TCounter> counters, Guid organisationId, string series, int count, CancellationToken cancellationToken)
        where TCounter : ReferenceCounter, new()
    {
        var db = counters.GetService<ICurrentDbContext>().Context;
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

            // The first number of the series; if someone else creates the row meanwhile, the next attempt increments theirs.
            await db.TryAddAsync(new TCounter { OrganisationId = organisationId, Series = series }, cancellationToken);
        }
    }

    public static async Task<string> NextAsync<TCounter>(DbSet<TCounter> counters, Guid organisationId, string series, CancellationToken cancellationToken)
        where TCounter : ReferenceCounter, new() =>
        Format(series, await ReserveAsync(counters, organisationId, series, 1, cancellationToken));
}
