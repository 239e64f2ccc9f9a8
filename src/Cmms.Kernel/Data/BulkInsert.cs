using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cmms.Kernel.Data;

/// <summary>
/// Writes many new rows fast, for generated datasets: one prepared INSERT per table, reused for every
/// row, inside the caller's transaction, with the model's column names and value conversions — so the
/// rows read back exactly as EF wrote them, with none of the change tracker's cost. Not for
/// application writes: no organisation guard, no version stamping.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(this DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().Where(p => p.GetColumnName(table) is not null && p.GetComputedColumnSql() is null).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))})";
        var mappings = properties.Select(p => (Property: p, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping())).ToList();
        var parameters = new DbParameter[mappings.Count];
        for (var i = 0; i < mappings.Count; i++)
        {
            parameters[i] = mappings[i].Mapping.CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, mappings[i].Property.IsNullable);
            command.Parameters.Add(parameters[i]);
        }

        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < mappings.Count; i++)
            {
                var (property, mapping) = mappings[i];
                var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
                var converter = mapping.Converter;
                parameters[i].Value = (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
