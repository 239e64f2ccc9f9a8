using Cmms.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cmms.Testing;

/// <summary>
/// The whole application, with the demo city loaded, on a database of its own: a new SQLite file,
/// or a new database on the PostgreSQL server named by CMMS_TEST_POSTGRES. Nothing is shared
/// between two factories, so no test depends on another's data.
/// </summary>
public sealed class CmmsFactory : WebApplicationFactory<Program>
{
    public const string PostgresVariable = "CMMS_TEST_POSTGRES";

    private readonly string? sqliteFile;
    private readonly string? postgresDatabase;
    private readonly string? postgresAdmin;

    private readonly Action<IWebHostBuilder>? configure;

    /// <param name="configure">More settings or services for this app only (test doubles of contracts, a broken tile server…).</param>
    public CmmsFactory(DatabaseProvider provider = DatabaseProvider.Sqlite, Action<IWebHostBuilder>? configure = null)
    {
        Provider = provider;
        this.configure = configure;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var folder = Path.Combine(Path.GetTempPath(), "cmms-tests");
                System.IO.Directory.CreateDirectory(folder);
                sqliteFile = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
                ConnectionString = $"Data Source={sqliteFile};Pooling=False";
                break;
            case DatabaseProvider.PostgreSql:
                postgresAdmin = Environment.GetEnvironmentVariable(PostgresVariable);
                if (string.IsNullOrWhiteSpace(postgresAdmin))
                {
                    throw new InvalidOperationException($"{PostgresVariable} is not set: it must name a PostgreSQL server (see .ci/start-postgres.sh).");
                }

                postgresDatabase = $"cmms_test_{Guid.NewGuid():N}";
                CreatePostgresDatabase(postgresAdmin, postgresDatabase);
                ConnectionString = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = postgresDatabase }.ConnectionString;
                break;
            default:
                throw new NotSupportedException($"No test server for {provider}: SQL Server cannot run on these machines.");
        }
    }

    /// <summary>
    /// A second application on the database of <paramref name="first"/>, as a second web node of one installation
    /// would be: its own services, connections and scheduler; it neither creates nor drops the database.
    /// </summary>
    public CmmsFactory(CmmsFactory first, Action<IWebHostBuilder>? configure = null)
    {
        Provider = first.Provider;
        ConnectionString = first.ConnectionString;
        this.configure = configure;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Services the test adds to the application (after the application's own).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ExtraServices { get; init; }

    /// <summary>Runs the Quartz scheduler (off by default: most tests call the jobs' services directly).</summary>
    public bool Scheduling { get; init; }

    private string LogName { get; } = $"app-{Guid.NewGuid():N}";

    public string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Cmms", ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        // A lighter year of Works history: tests arrange the records they check themselves.
        builder.UseSetting("Demo:Works:Requests", "60");
        builder.UseSetting("Demo:Stock:Items", "120");
        builder.UseSetting("Demo:Preventive:HistoryDays", "45");
        // Map tiles from the app itself: tests never reach the internet, and a missing tile would be a console error.
        builder.UseSetting("Map:TileUrl", "/favicon.svg?z={z}&x={x}&y={y}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Scheduling:Enabled", Scheduling ? "true" : "false");
        if (ExtraServices is { } extra)
        {
            builder.ConfigureServices(extra);
        }

        // The server's warnings and errors of this app, for a failing test: <temp>/cmms-tests/<app>.log<date>.json
        builder.UseSetting("Logging:JsonFile", Path.Combine(Path.GetTempPath(), "cmms-tests", $"{LogName}.log.json"));
        configure?.Invoke(builder);
    }

    /// <summary>Runs <paramref name="work"/> with a service scope of the app, for arranging and checking data.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (sqliteFile is not null)
        {
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(postgresAdmin);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }

    private static void CreatePostgresDatabase(string adminConnection, string database)
    {
        // Fails loudly when the variable is set but no server answers: a missing server is never a skipped test.
        using var connection = new NpgsqlConnection(adminConnection);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
        create.ExecuteNonQuery();
    }
}
