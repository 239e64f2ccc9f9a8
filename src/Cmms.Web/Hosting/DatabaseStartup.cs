using Cmms.Database;
using Cmms.Kernel.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Web.Hosting;

internal static class DatabaseStartup
{
    public static IServiceCollection AddCmmsDatabase(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddCmmsDatabase(configuration, environment.ContentRootPath);
        services.AddHealthChecks().AddDbContextCheck<CmmsDbContext>("database");
        return services;
    }

    /// <summary>
    /// Applies pending migrations (<c>Database:Migrate</c>, on by default; DBAs who run the SQL
    /// scripts themselves turn it off) and loads the demo city when <c>Demo:Seed</c> is on.
    /// Every seeder checks its own rows, so a second start loads nothing twice.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmmsDbContext>();
        if (app.Configuration.GetValue("Database:Migrate", true))
        {
            await db.Database.MigrateAsync();
        }

        await DatabaseSetup.TuneAsync(db, CancellationToken.None);

        if (app.Configuration.GetValue("Demo:Seed", false))
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// <c>seed [--scale large]</c>: migrates, loads the demo, then the larger dataset the modules
    /// generate for benchmarks, reporting progress, and exits without serving.
    /// </summary>
    public static async Task<bool> RunSeedCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != "seed")
        {
            return false;
        }

        var scaleAt = Array.IndexOf(args, "--scale");
        var scale = scaleAt >= 0 && scaleAt + 1 < args.Length ? args[scaleAt + 1] : "demo";
        var logger = app.Services.GetRequiredService<ILogger<Program>>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmmsDbContext>();
        await db.Database.MigrateAsync();
        await DatabaseSetup.TuneAsync(db, CancellationToken.None);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(CancellationToken.None);
        }

        var progress = new Progress<string>(line => Log.SeedProgress(logger, line));
        foreach (var seeder in scope.ServiceProvider.GetServices<IScaleSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(scale, progress, CancellationToken.None);
        }

        Log.SeedDone(logger, scale, watch.Elapsed.TotalSeconds);
        return true;
    }

    public static void AnnounceStartup(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var logger = app.Services.GetRequiredService<ILogger<Program>>();
            var provider = DatabaseSetup.Provider(app.Configuration);
            Log.Running(logger, addresses, provider);
            if (app.Configuration.GetValue("Demo:Seed", false))
            {
                Log.DemoLoaded(logger);
            }
        });
    }
}

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    public static partial void SeedProgress(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding ({Scale}) done in {Seconds:N0} s")]
    public static partial void SeedDone(ILogger logger, string scale, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cmms is running on {Addresses} ({Provider} database)")]
    public static partial void Running(ILogger logger, ICollection<string> addresses, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo city loaded: the demo logins are listed in README.md, section \"Demo logins\"")]
    public static partial void DemoLoaded(ILogger logger);
}
