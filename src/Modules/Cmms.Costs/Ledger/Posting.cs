using Cmms.Costs.Accounts;
using Cmms.Costs.Periods;
using Cmms.Costs.Rates;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Costs;
using Cmms.Kernel.Data;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cmms.Costs.Ledger;

/// <summary>What a posting run did.</summary>
public sealed record PostingResult(int Read, int Posted);

/// <summary>
/// Posts the modules' cost facts into the ledger. Each feed is read from where the last run stopped, less a
/// margin (a record whose transaction committed after a later one was read is still seen); what is already
/// posted is skipped, and the unique (organisation, source, source id, kind) index makes a second node that
/// raced this one fail its insert, after which its batch is retried. Each batch is one transaction: its
/// lines, the periods they touch (whose version it bumps, so a close cannot slip in between) and the totals.
/// </summary>
public sealed partial class Posting(IServiceScopeFactory scopes, IClock clock, ILogger<Posting> logger)
{
    public const int BatchSize = 500;

    /// <summary>How far back each run reads again before its cursor (see the class remarks).</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(10);

    public async Task<PostingResult> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OrganisationInfo> organisations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            organisations = await scope.ServiceProvider.GetRequiredService<IOrganisationList>().AllAsync(cancellationToken);
        }

        var total = new PostingResult(0, 0);
        foreach (var organisation in organisations)
        {
            var result = await RunAsync(organisation.Id, cancellationToken);
            total = new PostingResult(total.Read + result.Read, total.Posted + result.Posted);
        }

        LogRun(logger, total.Read, total.Posted);
        return total;
    }

    public async Task<PostingResult> RunAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        List<string> sources;
        await using (var scope = scopes.CreateAsyncScope())
        {
            sources = [.. scope.ServiceProvider.GetServices<ICostFeed>().Select(f => f.Source)];
        }

        var (read, posted) = (0, 0);
        foreach (var source in sources)
        {
            var from = await StartAsync(organisationId, source, cancellationToken);
            while (true)
            {
                CostFactPage page;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    using var acting = scope.ServiceProvider.GetRequiredService<IOrganisationContext>().Use(organisationId);
                    var feed = scope.ServiceProvider.GetServices<ICostFeed>().Single(f => f.Source == source);
                    page = await feed.ReadAsync(from, BatchSize, cancellationToken);
                }

                read += page.Facts.Count;
                if (page.Facts.Count > 0)
                {
                    posted += await PostAsync(organisationId, page.Facts, cancellationToken);
                }

                if (page.Last is { } last)
                {
                    from = last;
                    await SaveCursorAsync(organisationId, source, last, cancellationToken);
                }

                if (!page.Full)
                {
                    break;
                }
            }
        }

        return new PostingResult(read, posted);
    }

    private async Task<CostCursor> StartAsync(Guid organisationId, string source, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var acting = scope.ServiceProvider.GetRequiredService<IOrganisationContext>().Use(organisationId);
        var cursors = scope.ServiceProvider.GetRequiredService<DbContext>().PostingCursors;
        var cursor = await cursors.AsNoTracking().SingleOrDefaultAsync(c => c.Source == source, cancellationToken);
        return cursor is null ? CostCursor.Start : new CostCursor(cursor.RecordedAtUtc - Margin, Guid.Empty);
    }

    private async Task SaveCursorAsync(Guid organisationId, string source, CostCursor last, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var acting = scope.ServiceProvider.GetRequiredService<IOrganisationContext>().Use(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var cursors = db.PostingCursors;
        var (at, id, now) = (last.RecordedAtUtc, last.Id, clock.UtcNow);

        // Only forward: a slower node never moves the cursor back (it would only read again, harmlessly).
        var moved = await cursors.Where(c => c.Source == source && c.RecordedAtUtc <= at)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RecordedAtUtc, at).SetProperty(c => c.LastId, id).SetProperty(c => c.UpdatedAtUtc, now), cancellationToken);
        if (moved == 0 && !await cursors.AnyAsync(c => c.Source == source, cancellationToken))
        {
            cursors.Add(new PostingCursor { OrganisationId = organisationId, Source = source, RecordedAtUtc = at, LastId = id, UpdatedAtUtc = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node made the cursor at the same moment: its position is as good.
            }
        }
    }

    /// <summary>Posts the facts not posted yet, in one transaction; retried when another writer got there first.</summary>
    internal async Task<int> PostAsync(Guid organisationId, IReadOnlyList<CostFact> facts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            using var acting = scope.ServiceProvider.GetRequiredService<IOrganisationContext>().Use(organisationId);
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            using var turn = await scope.ServiceProvider.GetRequiredService<IWriteGate>().EnterAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var reference = await PostingReference.LoadAsync(db, scope.ServiceProvider.GetRequiredService<IDirectory>(), cancellationToken);
                var writer = new LedgerWriter(db, organisationId, clock.UtcNow);
                var fresh = await writer.NotPostedAsync(facts, cancellationToken);
                foreach (var fact in fresh)
                {
                    var valued = Valuation.Of(fact, reference.LabourRates, reference.VehicleRates);
                    var allocated = Allocation.For(reference.Rules, fact, fact.ServiceId is { } s ? reference.ServiceCodes.GetValueOrDefault(s) : null);
                    await writer.AddAsync(fact, valued, allocated, reference.BudgetLine(allocated.BudgetLineId), cancellationToken);
                }

                await writer.SaveAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return fresh.Count;
            }
            catch (Exception ex) when (attempt < 5 && ex is DbUpdateException or ConcurrencyConflictException)
            {
                await transaction.RollbackAsync(cancellationToken);
                LogRetry(logger, attempt, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cost posting: {Read} facts read, {Posted} lines posted")]
    private static partial void LogRun(ILogger logger, int read, int posted);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cost posting batch retried (attempt {Attempt}): another writer posted or closed first")]
    private static partial void LogRetry(ILogger logger, int attempt, Exception error);
}

/// <summary>What posting reads once per batch: the allocation rules, budget lines, services' codes and rates.</summary>
internal sealed record PostingReference(
    IReadOnlyList<AllocationRule> Rules, IReadOnlyDictionary<Guid, BudgetLine> BudgetLines, IReadOnlyDictionary<Guid, string> ServiceCodes,
    IReadOnlyList<LabourRate> LabourRates, IReadOnlyList<VehicleRate> VehicleRates)
{
    public BudgetLine? BudgetLine(Guid? id) => id is { } i ? BudgetLines.GetValueOrDefault(i) : null;

    public static async Task<PostingReference> LoadAsync(DbContext db, IDirectory directory, CancellationToken cancellationToken)
    {
        var (rules, lines, labour, vehicles) = (db.AllocationRules, db.BudgetLines, db.LabourRates, db.VehicleRates);
        return new PostingReference(
            await rules.AsNoTracking().ToListAsync(cancellationToken),
            await lines.AsNoTracking().ToDictionaryAsync(l => l.Id, cancellationToken),
            (await directory.ServicesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Code),
            await labour.AsNoTracking().ToListAsync(cancellationToken),
            await vehicles.AsNoTracking().ToListAsync(cancellationToken));
    }
}
