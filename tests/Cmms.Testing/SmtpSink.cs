using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using Xunit;

namespace Cmms.Testing;

/// <summary>
/// A real SMTP server on a free local port that keeps every mail it receives: Debian's aiosmtpd
/// (<c>python3-aiosmtpd</c>) writing to a temporary maildir. The mail tests run when CMMS_TEST_SMTP is
/// set (then a missing aiosmtpd fails them, it never skips them), or when aiosmtpd is installed anyway.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    public const string EnabledVariable = "CMMS_TEST_SMTP";
    public const string Python = "/usr/bin/python3";
    public const string SkipReason = "Set CMMS_TEST_SMTP=1 to run the mail tests (needs Debian's python3-aiosmtpd: apt-get install python3-aiosmtpd).";

    private static readonly Lazy<bool> Installed = new(() =>
    {
        if (!File.Exists(Python))
        {
            return false;
        }

        using var probe = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd"]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        probe.WaitForExit(10_000);
        return probe.HasExited && probe.ExitCode == 0;
    });

    private readonly Process process;
    private readonly string folder;

    public SmtpSink()
    {
        if (!Installed.Value)
        {
            throw new InvalidOperationException(
                $"{EnabledVariable} is set but {Python} cannot import aiosmtpd: install Debian's python3-aiosmtpd (apt-get install python3-aiosmtpd).");
        }

        folder = Path.Combine(Path.GetTempPath(), "cmms-tests", $"smtp-{Guid.NewGuid():N}");
        Port = FreePort();
        var start = new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", folder])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} -m aiosmtpd did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        WaitUntilListening();
    }

    /// <summary>Whether the mail tests run: asked for, or possible.</summary>
    public static bool ShouldRun => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EnabledVariable)) || Installed.Value;

    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    /// <summary>Every mail received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            var received = Path.Combine(folder, "new");
            if (!System.IO.Directory.Exists(received))
            {
                return [];
            }

            return [.. new DirectoryInfo(received).GetFiles().OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => MimeMessage.Load(f.FullName))];
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> received mails match, and returns those that do.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<MimeMessage, bool> match, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = Messages.Where(match).ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5_000);
        }

        process.Dispose();
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with code {process.ExitCode} before listening on port {Port}.");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        Dispose();
        throw new InvalidOperationException($"aiosmtpd did not listen on port {Port} within 15 seconds.");
    }
}

/// <summary>A theory that needs the SMTP sink: skipped unless CMMS_TEST_SMTP is set or aiosmtpd is installed.</summary>
public sealed class SmtpTheoryAttribute : TheoryAttribute
{
    public SmtpTheoryAttribute()
    {
        if (!SmtpSink.ShouldRun)
        {
            Skip = SmtpSink.SkipReason;
        }
    }
}
