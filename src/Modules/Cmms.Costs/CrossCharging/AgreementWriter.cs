using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.CrossCharging;

/// <summary>The rules an administrator's new rate must pass.</summary>
public static class ChargeRules
{
    /// <summary>
    /// Why a rate cannot start on <paramref name="from"/>, or null: not before the agreement, not inside a month the
    /// provider has closed (a closed month's statement never changes), not on a date another rate of the kind starts,
    /// and a price per hour for hours, a margin from 0 to 100 % for the rest.
    /// </summary>
    public static string? Refusal(Agreement agreement, IReadOnlyList<ChargeRate> existing, DateOnly? lastClosedMonth, ChargeKind kind, DateOnly from, decimal value)
    {
        if (from < agreement.EffectiveFrom)
        {
            return "A rate cannot start before the agreement.";
        }

        if (lastClosedMonth is { } closed && from < closed.AddMonths(1))
        {
            return "A rate cannot start in a month already closed: its statement is final.";
        }

        if (existing.Any(r => r.Kind == kind && r.EffectiveFrom == from))
        {
            return "Another rate of this kind starts on that date.";
        }

        return ChargeRate.IsHours(kind)
            ? value is > 0 and <= 500 ? null : "An hourly rate from 0.01 to 500 euros."
            : value is >= 0 and <= 100 ? null : "A margin from 0 to 100 %.";
    }
}

/// <summary>
/// Writes an agreement in the providing organisation and its <see cref="ReceivedAgreement"/> in the charged one, in
/// one transaction (the charged organisation's row is written while acting for it, the only row this module writes
/// outside the caller's organisation).
/// </summary>
public sealed class AgreementWriter(DbContext db, IOrganisationContext organisation)
{
    public async Task CreateAsync(Agreement agreement, IEnumerable<ChargeRate> rates, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(agreement);
        db.AddRange(rates.Select(r =>
        {
            r.AgreementId = agreement.Id;
            return r;
        }));
        await db.SaveChangesAsync(cancellationToken);
        using (organisation.Use(agreement.BeneficiaryOrganisationId))
        {
            db.Add(new ReceivedAgreement { OrganisationId = agreement.BeneficiaryOrganisationId, AgreementId = agreement.Id, ProviderOrganisationId = agreement.OrganisationId });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
