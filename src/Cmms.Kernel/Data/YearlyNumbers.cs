using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Kernel.Data;

/// <summary>
/// The last number given in a series (DI requests, OT work orders, BC purchase orders…) for an organisation and a
/// year. Each module maps its own counter table with a sealed subclass.
/// </summary>
public abstract class YearlyCounter
{
    public Guid OrganisationId { get; set; }

    public string Series { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Last { get; set; }
}

/// <summary>
/// Gives the next number of a yearly series, inside the caller's transaction: the counter row is updated in place
/// (the database's row lock orders concurrent callers) and read back, so a number is never given twice and, the
/// transaction rolling back with the record it numbers, never skipped.
/// </summary>
public static class YearlyNumbers
{
    public static string Format(string series, int year, int value) => $"{series}-{year}-{value:000000}";

    /// <summary>The year a number belongs to is the year in Paris when it is given.</summary>
    public static int YearOf(DateTime utc) => ParisTime.FromUtc(utc).Year;

    public static async Task<string> NextAsync<TCounter>(DbContext db, Guid organisationId, string series, int year, CancellationToken cancellationToken)
        where TCounter : YearlyCounter, new()
    {
        var counters = db.Set<TCounter>();
        for (var attempt = 0; ; attempt++)
        {
            var updated = await counters
                .Where(c => c.OrganisationId == organisationId && c.Series == series && c.Year == year)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), cancellationToken);
            if (updated == 1)
            {
                var value = await counters.AsNoTracking()
                    .Where(c => c.OrganisationId == organisationId && c.Series == series && c.Year == year)
                    .Select(c => c.Last)
                    .SingleAsync(cancellationToken);
                return Format(series, year, value);
            }

            if (attempt > 0)
            {
                throw new InvalidOperationException($"The {series} {year} counter could not be created.");
            }

            // The first number of a year: the row is created at 0; if someone else creates it meanwhile, the next attempt increments theirs.
            await db.TryAddAsync(new TCounter { OrganisationId = organisationId, Series = series, Year = year }, cancellationToken);
        }
    }
}
