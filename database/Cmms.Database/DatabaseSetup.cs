using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Database;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>
/// Chooses the provider from configuration (<c>Database:Provider</c>, <c>ConnectionStrings:Cmms</c>,
/// environment variables included). Each provider has its own migrations assembly under database/.
/// </summary>
public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=App_Data/cmms.db";

    public static DatabaseProvider Provider(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var provider)
            ? provider
            : configuration["Database:Provider"] is { Length: > 0 } unknown
                ? throw new InvalidOperationException($"Database:Provider '{unknown}' is unknown: use Sqlite, PostgreSql or SqlServer.")
                : DatabaseProvider.Sqlite;

    /// <summary>The provider and the connection string the configuration names (a relative SQLite file anchored under the content root).</summary>
    public static (DatabaseProvider Provider, string ConnectionString) Connection(IConfiguration configuration, string contentRoot)
    {
        var provider = Provider(configuration);
        var connectionString = configuration.GetConnectionString("Cmms");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqlite
                : throw new InvalidOperationException($"ConnectionStrings:Cmms is required for the {provider} provider.");
        }

        return (provider, provider == DatabaseProvider.Sqlite ? AnchorSqliteFile(connectionString, contentRoot) : connectionString);
    }

    public static IServiceCollection AddCmmsDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var (provider, connectionString) = Connection(configuration, contentRoot);

        // Pooled: building a context with the whole model's services is a measurable share of a page.
        services.AddPooledDbContextFactory<CmmsDbContext>(options => Configure(options, provider, connectionString));
        services.AddScoped(sp => new ScopedContextLease(sp.GetRequiredService<IDbContextFactory<CmmsDbContext>>().CreateDbContext()
            .Bind(sp.GetRequiredService<IOrganisationContext>(), sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<IClock>())));
        services.AddScoped(sp => sp.GetRequiredService<ScopedContextLease>().Context);
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<ScopedContextLease>().Context);
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddSingleton<IWriteGate, SqliteWriteGate>();
        }
        else
        {
            services.AddSingleton<IWriteGate, OpenWriteGate>();
        }

        return services;
    }

    /// <summary>
    /// SQLite in write-ahead-log mode: readers no longer wait for a writer nor block it (the mode is kept
    /// in the file). Nothing to do on server databases.
    /// </summary>
    public static async Task TuneAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly("Cmms.Database.Sqlite")),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, o => o.MigrationsAssembly("Cmms.Database.PostgreSql").UseNetTopologySuite()),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly("Cmms.Database.SqlServer")),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }

    /// <summary>A relative SQLite file lives under the app's content root, and its folder is created.</summary>
    private static string AnchorSqliteFile(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(contentRoot, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
