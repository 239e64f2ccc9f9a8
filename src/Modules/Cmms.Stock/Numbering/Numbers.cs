using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Numbering;

/// <summary>
/// Gives the next number of a series, inside the caller's transaction: the counter row is updated in
/// place (the database's row lock orders concurrent callers) and read back, so a number is never given
/// twice and, the transaction rolling back with the record it numbers, never skipped.
/// </summary>
internal static class Numbers
{
    public const string PurchaseOrders = "BC";
    public const string Counts = "INV";

    public static string Format(string series, int year, int value) => $"{series}-{year}-{value:000000}";

    /// <summary>The year a number belongs to is the year in Paris when it is given.</summary>
    public static int YearOf(DateTime utc) => ParisTime.FromUtc(utc).Year;

    public static async Task<string> NextAsync(DbContext db, Guid organisationId, string series, int year, CancellationToken cancellationToken)
    {
        var counters = db.Set<Counter>();
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

            await CreateAsync(db, organisationId, series, year, cancellationToken);
        }
    }

    /// <summary>
    /// The first number of a year: the row is created at 0. A concurrent creator's row is as good; EF
    /// wraps the insert in a savepoint, so losing that race leaves the caller's transaction usable.
    /// </summary>
    private static async Task CreateAsync(DbContext db, Guid organisationId, string series, int year, CancellationToken cancellationToken)
    {
        var counter = new Counter { OrganisationId = organisationId, Series = series, Year = year };
        db.Add(counter);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else created it meanwhile.
        }
        finally
        {
            db.Entry(counter).State = EntityState.Detached;
        }
    }
}
