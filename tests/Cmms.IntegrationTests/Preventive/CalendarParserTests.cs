using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using static Cmms.IntegrationTests.Works.ManagerArrange;

namespace Cmms.IntegrationTests.Preventive;

/// <summary>A test that needs Debian's python3-icalendar: skipped unless CMMS_TEST_ICAL is set (then a missing parser fails it).</summary>
public sealed class IcalFactAttribute : FactAttribute
{
    public const string Variable = "CMMS_TEST_ICAL";

    public IcalFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Set {Variable}=1 to parse the team calendars with a real iCalendar parser (apt-get install python3-icalendar).";
        }
    }
}

/// <summary>
/// A team's calendar feed, as a phone would subscribe to it, read by a parser that is not ours (the Python
/// <c>icalendar</c> package Debian ships): every visit an event with a stable UID, a summary and a start in Paris time.
/// </summary>
public sealed partial class CalendarParserTests : IDisposable
{
    private const string Parser = """
        import json, sys, icalendar
        calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        zones = [str(z.get('TZID')) for z in calendar.walk('VTIMEZONE')]
        events = []
        for e in calendar.walk('VEVENT'):
            start = e.decoded('DTSTART')
            events.append({'uid': str(e.get('UID')), 'summary': str(e.get('SUMMARY')), 'start': start.isoformat(),
                'tzid': e['DTSTART'].params.get('TZID'), 'utcoffset': start.utcoffset().total_seconds() if hasattr(start, 'utcoffset') and start.utcoffset() is not None else None})
        print(json.dumps({'zones': zones, 'events': events}))
        """;

    private readonly CmmsFactory app = new(DatabaseProvider.Sqlite);

    public void Dispose() => app.Dispose();

    [IcalFact]
    public async Task A_team_feed_is_read_by_python_icalendar_with_stable_uids_summaries_and_paris_times()
    {
        using var manager = await Browser.SignedInAsync(app, DemoLogins.GreenSpacesManager);
        var team = await TeamAsync(app, "Équipe tonte");
        await manager.GetPageAsync("/plans/forecast");
        var (_, page) = await manager.SubmitAsync($"/plans/forecast/feeds/{team}", []);
        var address = FeedAddress().Match(page).Value;
        Assert.NotEmpty(address);

        var first = await ParseAsync(await FetchAsync(address));
        var second = await ParseAsync(await FetchAsync(address));

        Assert.Contains("Europe/Paris", first.GetProperty("zones").EnumerateArray().Select(z => z.GetString()));
        var events = first.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.EndsWith("@cmms", e.GetProperty("uid").GetString());
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("summary").GetString()));
            Assert.Equal("Europe/Paris", e.GetProperty("tzid").GetString());
            Assert.InRange(e.GetProperty("utcoffset").GetDouble(), 3600d, 7200d);
            Assert.Contains("T08:00:00", e.GetProperty("start").GetString());
        });
        Assert.Contains(events, e => e.GetProperty("summary").GetString()!.StartsWith("Tonte hebdomadaire", StringComparison.Ordinal));
        Assert.Equal(events.Count, events.Select(e => e.GetProperty("uid").GetString()).Distinct().Count());

        // A second fetch gives the same events under the same ids: a phone updates them, never doubles them.
        Assert.Equal(events.Select(e => e.GetProperty("uid").GetString()).Order(), second.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("uid").GetString()).Order());
    }

    private async Task<string> FetchAsync(string address)
    {
        var response = await app.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<JsonElement> ParseAsync(string ics)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cmms-feed-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(file, ics);
        try
        {
            var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-c", Parser, file })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("/usr/bin/python3 did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"{IcalFactAttribute.Variable} is set but python3-icalendar could not read the feed (apt-get install python3-icalendar):\n{await errors}");
            return JsonDocument.Parse(await output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex("/plans/calendar/[A-Za-z0-9_-]+\\.ics")]
    private static partial Regex FeedAddress();
}
