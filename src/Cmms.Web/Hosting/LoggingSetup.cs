using Serilog;
using Serilog.Formatting.Compact;

namespace Cmms.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from configuration (<c>Serilog</c> section), console always, and a JSON file for
    /// operations when <c>Logging:JsonFile</c> names one (rolled daily, 30 days kept).
    /// </summary>
    public static WebApplicationBuilder AddCmmsLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            if (builder.Configuration["Logging:JsonFile"] is { Length: > 0 } file)
            {
                logger.WriteTo.File(new CompactJsonFormatter(), Path.Combine(builder.Environment.ContentRootPath, file),
                    rollingInterval: RollingInterval.Day, retainedFileCountLimit: 30);
            }
        });
        return builder;
    }
}
