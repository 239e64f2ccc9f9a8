using System.Globalization;
using Cmms.Costs.Exports;
using Cmms.Costs.Ledger;
using Cmms.Costs.Periods;
using Cmms.Kernel.Costs;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Api;

public sealed record PeriodDto(Guid Id, string Period, PeriodStatus Status, int LineCount, DateTime? ClosedAt, string? ClosedBy, Guid? BatchId);

/// <param name="Period">yyyy-MM: the period the line is posted in (a late line's date is in an earlier, closed month).</param>
public sealed record CostLineDto(
    Guid Id, string Period, bool Late, string Source, Guid SourceId, CostFactKind Kind, DateOnly Date, decimal Quantity, string Unit, decimal UnitCost, decimal Amount,
    Guid? ServiceId, string CostCentre, Guid? BudgetLineId, BudgetSectionCode Section, string? Nature, string? Function, Guid? SiteId, string? AssetModule, Guid? AssetId,
    Guid? WorkOrderId, string? WorkOrderNumber, Guid? AgentId, string? HoursKind, Guid? ReversalOf, Guid? CorrectionOf);

/// <param name="Next">The id to pass as <c>after</c> for the next page; null on the last page.</param>
public sealed record CostLinePage(IReadOnlyList<CostLineDto> Items, Guid? Next);

public sealed record ExportFileDto(Guid Id, string Name, string ContentType, long Length, string Sha256, string Url);

public sealed record ExportBatchDto(Guid Id, string Number, Guid PeriodId, string Period, int LineCount, decimal Total, DateTime ProducedAt, string ProducedBy, IReadOnlyList<ExportFileDto> Files);

/// <summary>The ledger and the finance batches, for a finance system that pulls them with its organisation's API key.</summary>
internal static class CostsApi
{
    private static readonly string[] Readers = [Roles.ApiClient, Roles.Finance, Roles.Administrator];

    public static void MapCostsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("costs", "Costs");
        group.MapGet("periods", Periods).RequireRoles(Readers)
            .WithSummary("The ledger's monthly periods, newest first")
            .WithDescription("Open or closed; a closed period has at most one export batch (batchId).");
        group.MapGet("lines", Lines).RequireRoles(Readers)
            .WithSummary("Cost lines of a period, keyset-paged")
            .WithDescription("Required: period (yyyy-MM). Filters: serviceId, budgetLineId. Paging: pageSize (1–1000, 200 by default) and after (the `next` of the previous page). Amounts in euros excluding VAT, signed; a correction is a reversing line (reversalOf) and a new line (correctionOf). 400 on a malformed period or page size.");
        group.MapGet("batches", Batches).RequireRoles(Readers)
            .WithSummary("Finance export batches, newest first")
            .WithDescription("One per closed period exported, numbered per year; immutable.");
        group.MapGet("batches/{id:guid}", Batch).RequireRoles(Readers)
            .WithSummary("An export batch and its files")
            .WithDescription("Who produced it and when, the line count and total, and each file (XLSX and CSV) with its SHA-256 and download address.");
        group.MapGet("batches/{id:guid}/files/{fileId:guid}", File).RequireRoles(Readers)
            .WithSummary("Download a file of a batch")
            .WithDescription("The very bytes produced with the batch (their SHA-256 is in the batch's metadata).");
    }

    private static async Task<Ok<List<PeriodDto>>> Periods(DbContext db, CancellationToken cancellationToken)
    {
        var (periods, batches) = (db.Periods, db.ExportBatches);
        var rows = await periods.AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.Month)
            .Select(p => new { p.Id, p.Year, p.Month, p.Status, p.LineCount, p.ClosedAtUtc, p.ClosedBy, Batch = batches.Where(b => b.PeriodId == p.Id).Select(b => (Guid?)b.Id).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(p => new PeriodDto(p.Id, $"{p.Year:0000}-{p.Month:00}", p.Status, p.LineCount, p.ClosedAtUtc, p.ClosedBy, p.Batch)).ToList());
    }

    private static async Task<Results<Ok<CostLinePage>, ValidationProblem>> Lines(
        string? period, Guid? serviceId, Guid? budgetLineId, Guid? after, int? pageSize, DbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TryPeriod(period, out var key))
        {
            errors["period"] = ["Give the period as yyyy-MM (2026-04)."];
        }

        var size = pageSize ?? 200;
        if (size is < 1 or > 1000)
        {
            errors["pageSize"] = ["The page size is from 1 to 1000."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var lines = db.CostLines;
        var query = lines.AsNoTracking().Where(l => l.PeriodKey == key);
        if (serviceId is { } s)
        {
            query = query.Where(l => l.ServiceId == s);
        }

        if (budgetLineId is { } b)
        {
            query = query.Where(l => l.BudgetLineId == b);
        }

        if (after is { } a)
        {
            query = query.Where(l => l.Id.CompareTo(a) > 0);
        }

        var rows = await query.OrderBy(l => l.Id).Take(size + 1).ToListAsync(cancellationToken);
        var items = rows.Take(size).Select(ToDto).ToList();
        return TypedResults.Ok(new CostLinePage(items, rows.Count > size ? items[^1].Id : null));
    }

    private static async Task<Ok<List<ExportBatchDto>>> Batches(DbContext db, CancellationToken cancellationToken)
    {
        var batches = db.ExportBatches;
        var rows = await batches.AsNoTracking().Include(b => b.Files).OrderByDescending(b => b.Year).ThenByDescending(b => b.Sequence).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<ExportBatchDto>, NotFound>> Batch(Guid id, DbContext db, CancellationToken cancellationToken)
    {
        var batches = db.ExportBatches;
        var batch = await batches.AsNoTracking().Include(b => b.Files).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return batch is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(batch));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> File(Guid id, Guid fileId, DbContext db, CancellationToken cancellationToken)
    {
        var files = db.ExportFiles;
        var file = await files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.BatchId == id, cancellationToken);
        return file is null ? TypedResults.NotFound() : TypedResults.File(file.Content, file.ContentType, file.Name);
    }

    internal static bool TryPeriod(string? text, out int key)
    {
        key = 0;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            key = PeriodRules.KeyOf(month.Year, month.Month);
            return true;
        }

        return false;
    }

    private static CostLineDto ToDto(CostLine l) => new(
        l.Id, $"{l.PeriodKey / 100:0000}-{l.PeriodKey % 100:00}", l.Late, l.Source, l.SourceId, l.Kind, l.OccurredOn, l.Quantity, l.Unit, l.UnitCost, l.Amount,
        l.ServiceId, l.CostCentre, l.BudgetLineId, l.Section, l.Nature, l.Function, l.SiteId, l.AssetModule, l.AssetId, l.WorkOrderId, l.WorkOrderNumber,
        l.AgentId, l.HoursKind, l.ReversalOfId, l.CorrectionOfId);

    private static ExportBatchDto ToDto(ExportBatch b) => new(
        b.Id, b.Number, b.PeriodId, $"{b.PeriodKey / 100:0000}-{b.PeriodKey % 100:00}", b.LineCount, b.Total, b.ProducedAtUtc, b.ProducedBy,
        [.. b.Files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => new ExportFileDto(f.Id, f.Name, f.ContentType, f.Length, f.Sha256, $"{ApiEndpoints.Prefix}/costs/batches/{b.Id}/files/{f.Id}"))]);
}
