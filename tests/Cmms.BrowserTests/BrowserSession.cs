using Microsoft.Playwright;

namespace Cmms.BrowserTests;

/// <summary>
/// One person at one browser: a private context and its tab. Records what the page's console reports
/// as an error (a script that fails, a resource the content security policy blocks) so journeys can
/// check that none occurred.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    internal BrowserSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"{message.Location}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Fails with every console error seen so far (CSP violations included).</summary>
    public void AssertNoConsoleErrors() => AssertNoConsoleErrorsBut(null);

    /// <summary>Fails with every console error seen so far but those that mention <paramref name="expected"/> (a server the test made unreachable).</summary>
    public void AssertNoConsoleErrorsBut(string? expected)
    {
        lock (errors)
        {
            var unexpected = errors.Where(e => expected is null || !e.Contains(expected, StringComparison.Ordinal)).ToList();
            Assert.True(unexpected.Count == 0, "The browser reported errors:\n" + string.Join('\n', unexpected));
        }
    }

    /// <summary>Saves a full-page screenshot when CMMS_TEST_SCREENSHOTS names a folder; does nothing otherwise.</summary>
    public async Task ScreenshotAsync(string name)
    {
        if (BrowserEnvironment.ScreenshotFolder is not { } folder)
        {
            return;
        }

        System.IO.Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
