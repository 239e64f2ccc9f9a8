using System.Security.Cryptography;
using Cmms.Costs.Periods;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Exports;

/// <summary>The batch of a period (new or the one made before), or why none can be made (English resource key).</summary>
public sealed record BatchResult(ExportBatch? Batch, bool Created, string? Refusal);

/// <summary>
/// Makes the finance export batch of a closed period, once: the summary is read from the ledger (a closed
/// period's lines never change), the workbook and CSV are made and kept with their SHA-256, and the batch
/// takes the next number of its year. Asking again returns the same batch; two people asking at the same
/// moment get the same one too (the unique index on the period makes the second insert fail, and it reads
/// the first). An open period is refused: its figures may still move.
/// </summary>
public sealed class ExportBatches(DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IWriteGate gate, IClock clock)
{
    public async Task<BatchResult> ProduceAsync(Guid periodId, string by, CancellationToken cancellationToken)
    {
        var organisationId = organisation.OrganisationId ?? throw new InvalidOperationException("No organisation is set.");
        var (periods, batches) = (db.Periods, db.ExportBatches);
        var period = await periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        if (period is null)
        {
            return new BatchResult(null, false, "This period does not exist.");
        }

        if (await batches.AsNoTracking().Include(b => b.Files).SingleOrDefaultAsync(b => b.PeriodId == periodId, cancellationToken) is { } existing)
        {
            return new BatchResult(existing, false, null);
        }

        if (period.Status != PeriodStatus.Closed)
        {
            return new BatchResult(null, false, "An open period cannot be exported: its figures may still change. Close it first.");
        }

        var summary = await FinanceSummaries.OfAsync(db, periodId, cancellationToken);
        var name = (await organisations.AllAsync(cancellationToken)).FirstOrDefault(o => o.Id == organisationId)?.Name ?? string.Empty;
        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = period.Year;
        var sequence = 1 + (await batches.Where(b => b.Year == year).MaxAsync(b => (int?)b.Sequence, cancellationToken) ?? 0);
        var batch = new ExportBatch
        {
            OrganisationId = organisationId, PeriodId = period.Id, PeriodKey = period.Key, Year = year, Sequence = sequence,
            LineCount = summary.LineCount, Total = summary.Total, ProducedAtUtc = clock.UtcNow, ProducedBy = by,
        };
        var stem = $"couts-{period.Year:0000}-{period.Month:00}-lot-{batch.Number}";
        batch.Files.Add(File(batch, $"{stem}.xlsx", FinanceWorkbook.ContentType,
            FinanceWorkbook.Write(new BatchHeading(name, period.Year, period.Month, batch.Number, batch.ProducedAtUtc, by), summary)));
        using (var csv = new MemoryStream())
        {
            FinanceCsv.Write(csv, period.Year, period.Month, summary.Rows);
            batch.Files.Add(File(batch, $"{stem}.csv", "text/csv; charset=utf-8", csv.ToArray()));
        }

        batches.Add(batch);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new BatchResult(batch, true, null);
        }
        catch (DbUpdateException)
        {
            // Someone made this period's batch (or took this number) at the same moment: theirs is the batch.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var theirs = await batches.AsNoTracking().Include(b => b.Files).SingleOrDefaultAsync(b => b.PeriodId == periodId, cancellationToken);
            return theirs is null ? new BatchResult(null, false, "The batch could not be numbered: try again.") : new BatchResult(theirs, false, null);
        }
    }

    private static ExportFile File(ExportBatch batch, string name, string contentType, byte[] content) => new()
    {
        OrganisationId = batch.OrganisationId, BatchId = batch.Id, Name = name, ContentType = contentType, Content = content, Length = content.LongLength,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
    };
}
