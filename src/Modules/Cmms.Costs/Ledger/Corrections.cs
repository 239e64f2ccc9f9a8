using Cmms.Costs.Accounts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Ledger;

/// <summary>The two lines a correction wrote, or why it was refused (English resource key).</summary>
public sealed record CorrectionResult(CostLine? Reversal, CostLine? Replacement, string? Refusal);

/// <summary>
/// Finance reclassifies a line (another budget line or cost centre): the line is never touched; a reversing
/// line cancels it and a new line charges the same amount the right way, both pointing at the original. They
/// go into the original's period while it is open, else into the next open one (marked late). A line is
/// corrected once: a unique index on the reversed line refuses a second reversal made at the same moment.
/// </summary>
public sealed class Corrections(DbContext db, IOrganisationContext organisation, IWriteGate gate, Kernel.Time.IClock clock)
{
    public const string Source = "costs";

    public async Task<CorrectionResult> ReclassifyAsync(Guid lineId, Guid budgetLineId, string? costCentre, string? note, string by, CancellationToken cancellationToken)
    {
        var organisationId = organisation.OrganisationId ?? throw new InvalidOperationException("No organisation is set.");
        var (lines, budgetLines) = (db.CostLines, db.BudgetLines);
        var original = await lines.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lineId, cancellationToken);
        if (original is null)
        {
            return new CorrectionResult(null, null, "This cost line does not exist.");
        }

        if (original.ReversalOfId is not null)
        {
            return new CorrectionResult(null, null, "A reversing line cannot be corrected.");
        }

        if (await lines.AnyAsync(l => l.ReversalOfId == lineId, cancellationToken))
        {
            return new CorrectionResult(null, null, "This line has already been corrected: correct its new line instead.");
        }

        var target = await budgetLines.AsNoTracking().SingleOrDefaultAsync(b => b.Id == budgetLineId && b.Active, cancellationToken);
        if (target is null)
        {
            return new CorrectionResult(null, null, "Choose an active budget line.");
        }

        var centre = string.IsNullOrWhiteSpace(costCentre) ? original.CostCentre : costCentre.Trim().ToUpperInvariant();
        if (target.Id == original.BudgetLineId && centre == original.CostCentre)
        {
            return new CorrectionResult(null, null, "The line is already charged to that budget line and cost centre.");
        }

        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var writer = new LedgerWriter(db, organisationId, clock.UtcNow);
        var correctionId = Guid.CreateVersion7();
        var reversal = Copy(original, Guid.CreateVersion7(), -1);
        reversal.SourceId = correctionId;
        reversal.ReversalOfId = original.Id;
        reversal.Note = Trim(note) ?? $"Annulation ({by})";
        var replacement = Copy(original, Guid.CreateVersion7(), 1);
        replacement.SourceId = Guid.CreateVersion7();
        replacement.CostCentre = centre;
        replacement.Note = Trim(note) ?? $"Reclassement ({by})";
        LedgerWriter.Charge(replacement, target);
        var periodDay = new DateOnly(original.PeriodKey / 100, original.PeriodKey % 100, 1);
        await writer.AddLineAsync(reversal, periodDay, cancellationToken);
        await writer.AddLineAsync(replacement, periodDay, cancellationToken);
        try
        {
            await writer.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or ConcurrencyConflictException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new CorrectionResult(null, null, "Someone corrected this line or closed its period at the same time: reload and try again.");
        }

        return new CorrectionResult(reversal, replacement, null);
    }

    private static CostLine Copy(CostLine l, Guid id, int sign) => new()
    {
        Id = id, OrganisationId = l.OrganisationId, Source = Source, Kind = l.Kind, OccurredOn = l.OccurredOn, Late = false,
        Quantity = sign * l.Quantity, Unit = l.Unit, UnitCost = l.UnitCost, Amount = sign * l.Amount, ServiceId = l.ServiceId, CostCentre = l.CostCentre,
        BudgetLineId = l.BudgetLineId, Section = l.Section, Nature = l.Nature, Function = l.Function, SiteId = l.SiteId, AssetModule = l.AssetModule,
        AssetId = l.AssetId, WorkOrderId = l.WorkOrderId, WorkOrderNumber = l.WorkOrderNumber, AgentId = l.AgentId, HoursKind = l.HoursKind,
        CorrectionOfId = l.Id,
    };

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(500, s.Trim().Length)];
}
