using Cmms.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Cmms.BrowserTests;

/// <summary>
/// One test class's world: the app on Kestrel (a real port a browser can reach) over a fresh SQLite
/// file with the demo city, and one headless Chromium. Each test opens its own browser context, so
/// cookies and language never leak from one test to the next; data changes stay within the class.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime, IAsyncDisposable
{
    private readonly Action<IWebHostBuilder>? configure;
    private CmmsFactory? factory;

    /// <summary>The app as shipped (xunit builds class fixtures through their one public constructor).</summary>
    public BrowserApp()
    {
    }

    /// <summary>The app with more settings or services (test layers, a tile server that does not answer…).</summary>
    internal BrowserApp(Action<IWebHostBuilder> configure) => this.configure = configure;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress => factory?.ClientOptions.BaseAddress ?? throw NotStarted();

    /// <summary>The app itself, to arrange data through its handlers (as InScopeAsync does in the integration tests).</summary>
    public CmmsFactory Factory => factory ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        if (!BrowserEnvironment.Enabled)
        {
            // Every test of the class is skipped: start nothing.
            return;
        }

        try
        {
            playwright = await Playwright.CreateAsync();
        }
        catch (Exception e) when (e is PlaywrightException or InvalidOperationException or IOException)
        {
            throw new InvalidOperationException($"{BrowserEnvironment.EnabledVariable} is set but the Playwright driver did not start: {e.Message}", e);
        }

        // The browser first: a missing Chromium fails in a second, before the app is built.
        browser = await BrowserEnvironment.LaunchChromiumAsync(playwright);

        factory = new CmmsFactory(Cmms.Database.DatabaseProvider.Sqlite, configure);
        factory.UseKestrel(0);
        factory.StartServer();
    }

    /// <summary>A new, empty browser profile (no cookies: French, signed out) on a new tab.</summary>
    public async Task<BrowserSession> OpenAsync(ViewportSize? viewport = null, bool javaScript = true)
    {
        if (browser is null)
        {
            throw NotStarted();
        }

        var options = new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            JavaScriptEnabled = javaScript,
            ViewportSize = viewport ?? new ViewportSize { Width = 1366, Height = 900 },
        };
        if (viewport is not null && viewport.Width < 768)
        {
            options.IsMobile = true;
            options.HasTouch = true;
        }

        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
            factory = null;
        }

        browser = null;
        playwright = null;
    }

    private static InvalidOperationException NotStarted() =>
        new($"The browser app is not running: is {BrowserEnvironment.EnabledVariable} set?");
}
