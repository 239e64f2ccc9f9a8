using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cmms.Kernel.Data;

/// <summary>
/// Refreshes the query planner's statistics of some tables after a bulk load (a generated dataset, an
/// imported inventory). Without statistics SQLite takes any indexed equality for a filter that keeps ten
/// rows, so "OrganisationId = ?" looks selective and it walks a whole register along an organisation-led
/// index instead of seeking the window or the search term. SQLite samples (analysis_limit) so this takes
/// milliseconds; PostgreSQL and SQL Server sample too.
/// </summary>
public static class PlannerStatistics
{
    public static async Task RefreshStatisticsAsync(this DbContext db, IEnumerable<Type> entities, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var type in entities)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
            var command = db.Database.ProviderName switch
            {
                "Microsoft.EntityFrameworkCore.Sqlite" => string.Concat("PRAGMA analysis_limit = 1000; ANALYZE ", table, ";"),
                "Microsoft.EntityFrameworkCore.SqlServer" => string.Concat("UPDATE STATISTICS ", table, ";"),
                _ => string.Concat("ANALYZE ", table, ";"),
            };
            await db.Database.ExecuteSqlRawAsync(command, cancellationToken);
        }
    }
}
