using Microsoft.Playwright;

namespace Cmms.BrowserTests;

/// <summary>
/// Whether the browser tests run, and with which Chromium. They run only when CMMS_TEST_BROWSER is
/// set; then a missing or broken Chromium fails them, it never skips them.
/// </summary>
public static class BrowserEnvironment
{
    public const string EnabledVariable = "CMMS_TEST_BROWSER";
    public const string ChromiumVariable = "CMMS_CHROMIUM";

    /// <summary>When set, the tests save their screenshots in this folder (never in the repository).</summary>
    public const string ScreenshotsVariable = "CMMS_TEST_SCREENSHOTS";

    public const string DefaultChromium = "/usr/bin/chromium";

    public const string SkipReason = "Set CMMS_TEST_BROWSER=1 to run the browser tests (needs /usr/bin/chromium).";

    public static bool Enabled => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EnabledVariable));

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    public static string? ScreenshotFolder =>
        Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } folder ? folder : null;

    /// <summary>Debian's Chromium, headless; never a browser downloaded by <c>playwright install</c>.</summary>
    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        var path = ChromiumPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{EnabledVariable} is set but there is no Chromium at {path}: install Debian's chromium " +
                $"(apt-get install chromium) or point {ChromiumVariable} at a Chromium binary.");
        }

        try
        {
            return await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = path,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                ],
            });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"{EnabledVariable} is set but Chromium at {path} failed to start: {e.Message}", e);
        }
    }
}

/// <summary>A test that needs Chromium: skipped unless CMMS_TEST_BROWSER is set.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserEnvironment.Enabled)
        {
            Skip = BrowserEnvironment.SkipReason;
        }
    }
}

/// <summary>A theory that needs Chromium: skipped unless CMMS_TEST_BROWSER is set.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!BrowserEnvironment.Enabled)
        {
            Skip = BrowserEnvironment.SkipReason;
        }
    }
}
