using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests.Works;

/// <summary>The Quartz scheduler on the application's own database, and the administrators' jobs page.</summary>
public sealed class ScheduledJobsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_sees_the_preventive_job_runs_it_now_and_pauses_and_resumes_it(DatabaseProvider provider)
    {
        await using var app = new CmmsFactory(provider) { Scheduling = true };
        using var admin = await Browser.SignedInAsync(app, DemoLogins.Admin);

        var (response, page) = await admin.GetPageAsync("/admin/jobs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bons de travail préventifs", page);
        Assert.Contains("0 30 5 * * ?", page);
        Assert.Contains("Active", page);

        (_, page) = await admin.SubmitAsync("/admin/jobs/preventive-generation/run", []);
        Assert.Contains("La tâche a été lancée", page);
        var run = await WaitForRunAsync(app);
        Assert.True(run.Succeeded, run.Error);
        Assert.Equal("preventive-generation", run.JobKey);
        (_, page) = await admin.GetPageAsync("/admin/jobs");
        Assert.Contains("Réussie", page);

        (_, page) = await admin.SubmitAsync("/admin/jobs/preventive-generation/pause", []);
        Assert.Contains("Suspendue", page);
        (_, page) = await admin.SubmitAsync("/admin/jobs/preventive-generation/resume", []);
        Assert.Contains("Active", page);
    }

    [Fact]
    public async Task The_jobs_page_is_for_administrators_only()
    {
        await using var app = new CmmsFactory();
        using var manager = await Browser.SignedInAsync(app, DemoLogins.BuildingsManager);
        var (response, _) = await manager.GetPageAsync("/admin/jobs");
        Assert.Contains("/account/access-denied", response.Headers.Location?.ToString());
        var post = await manager.PostFormAsync("/admin/jobs/preventive-generation/run", []);
        Assert.Contains("/account/access-denied", post.Headers.Location?.ToString());
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<CmmsDbContext>().JobRuns.CountAsync()));
    }

    [Theory]
    [InlineData("postgres", "quartz-postgresql.sql")]
    [InlineData("sqlServer", "quartz-sqlserver.sql")]
    [InlineData("sqlite", "quartz-sqlite.sql")]
    public void The_quartz_scripts_given_to_dbas_are_those_quartz_itself_runs(string provider, string script)
    {
        using var shipped = typeof(Quartz.IJob).Assembly.GetManifestResourceStream($"Quartz.Impl.AdoJobStore.Schema.create_{provider}.sql")!;
        using var reader = new StreamReader(shipped);
        Assert.Equal(reader.ReadToEnd(), File.ReadAllText(Path.Combine(Repository.Root, "database", "quartz", script)));
    }

    private static async Task<JobRun> WaitForRunAsync(CmmsFactory app)
    {
        for (var i = 0; i < 100; i++)
        {
            var run = await app.InScopeAsync(sp => sp.GetRequiredService<CmmsDbContext>().JobRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync());
            if (run is not null)
            {
                return run;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The job did not run within 20 seconds.");
    }
}
