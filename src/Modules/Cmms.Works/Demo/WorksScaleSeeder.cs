using System.Diagnostics;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Cmms.Works.Numbering;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Demo;

/// <summary>
/// The large city (<c>seed --scale large</c>): 300,000 requests and about 250,000 work orders over
/// three years for the demo city, generated like the demo's (the real workflow, the day's rates) and
/// written by prepared inserts, ten days at a time, each slice in its own transaction.
/// </summary>
internal sealed class WorksScaleSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, WorksDemoSeeder demo, IClock clock) : IScaleSeeder
{
    public const int LargeRequests = 300_000;

    public int Order => 10;

    public async Task SeedAsync(string scale, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (scale != "large")
        {
            return;
        }

        var city = (await organisations.AllAsync(cancellationToken)).FirstOrDefault(o => o.Code == "VALBRUNE")
            ?? throw new InvalidOperationException("The demo city is not loaded: run the demo seed first.");
        using var _ = organisation.Use(city.Id);
        var requests = db.Requests;
        var existing = await requests.CountAsync(cancellationToken);
        if (existing >= LargeRequests)
        {
            progress.Report($"Works: {existing:N0} requests already there, nothing to add.");
            return;
        }

        var reference = await demo.PrepareAsync(city, cancellationToken)
            ?? throw new InvalidOperationException("The demo city has no services or sites.");
        var now = clock.UtcNow;
        var generator = new WorkGenerator(new Random(2154), reference, now);
        var counters = db.Set<Counter>();
        generator.StartAfter(await counters.AsNoTracking().ToDictionaryAsync(c => (c.Series, c.Year), c => c.Last, cancellationToken));

        // Manager-created work orders on top of the validated requests bring the total to ~250,000.
        const double managerShare = 0.01;
        var total = (int)Math.Ceiling((LargeRequests - existing) / (1 - managerShare));
        var start = now.AddYears(-3);
        const int slices = 110;
        var watch = Stopwatch.StartNew();
        var written = 0;
        for (var slice = 0; slice < slices; slice++)
        {
            var from = start + ((now - start) * slice / slices);
            var to = start + ((now - start) * (slice + 1) / slices);
            var count = (total / slices) + (slice < total % slices ? 1 : 0);
            generator.Generate(count, from, to, managerShare);
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await WriteAsync(generator, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            written += generator.Requests.Count;
            generator.Flush();
            if (slice % 10 == 9 || slice == slices - 1)
            {
                progress.Report($"Works: {written:N0} requests written ({watch.Elapsed.TotalSeconds:N0} s)");
            }
        }

        foreach (var ((series, year), last) in generator.Counters)
        {
            var updated = await counters.Where(c => c.Series == series && c.Year == year)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, last), cancellationToken);
            if (updated == 0)
            {
                counters.Add(new Counter { OrganisationId = city.Id, Series = series, Year = year, Last = last });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task WriteAsync(WorkGenerator generator, CancellationToken cancellationToken)
    {
        await db.InsertAsync(generator.Requests, cancellationToken);
        await db.InsertAsync(generator.RequestEvents, cancellationToken);
        await db.InsertAsync(generator.WorkOrders, cancellationToken);
        await db.InsertAsync([.. generator.WorkOrders.SelectMany(w => w.Assignments)], cancellationToken);
        await db.InsertAsync([.. generator.WorkOrders.SelectMany(w => w.Tasks)], cancellationToken);
        await db.InsertAsync(generator.WorkOrderEvents, cancellationToken);
        await db.InsertAsync(generator.TimeEntries, cancellationToken);
        await db.InsertAsync(generator.Parts, cancellationToken);
        await db.InsertAsync(generator.Invoices, cancellationToken);
        await db.InsertAsync(generator.Notes, cancellationToken);
        await db.InsertAsync(generator.Costs, cancellationToken);
    }
}
