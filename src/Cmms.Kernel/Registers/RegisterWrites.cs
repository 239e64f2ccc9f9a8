using Cmms.Kernel.Data;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Cmms.Kernel.Registers;

/// <summary>
/// How a register asset is written, the same way from its form, the API, an import and a generated dataset:
/// numbered from the module's counters, indexed in the module's term table, saved under the write gate in one
/// transaction, and checked against the version its editor read. The module passes its own tables
/// (<c>db.GreenSearchTerms</c>, <c>db.GreenCounters</c>…).
/// </summary>
public static class RegisterWrites
{
    /// <summary>Numbers a new asset in <paramref name="series"/>, indexes it and saves it.</summary>
    public static async Task AddAsync<T, TTerm, TCounter>(
        DbSet<TTerm> terms, DbSet<TCounter> counters, IWriteGate gate, Guid organisationId, string series, T asset, CancellationToken cancellationToken)
        where T : RegisterAsset
        where TTerm : AssetSearchTerm, new()
        where TCounter : ReferenceCounter, new()
    {
        var db = terms.GetService<ICurrentDbContext>().Context;
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            asset.Reference = await ReferenceNumbers.NextAsync(counters, organisationId, series, cancellationToken);
            await SearchIndex.RefreshAsync(terms, asset, cancellationToken);
            db.Add(asset);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Saves an edited asset (its changes already applied) and its terms, if it is still at <paramref name="versionRead"/>;
    /// on a conflict nothing is saved, the asset is reloaded with the other person's values and the conflict returned.
    /// </summary>
    public static async Task<ConcurrencyConflictException?> SaveAsync<TTerm>(
        DbSet<TTerm> terms, IWriteGate gate, RegisterAsset asset, int versionRead, CancellationToken cancellationToken)
        where TTerm : AssetSearchTerm, new()
    {
        var db = terms.GetService<ICurrentDbContext>().Context;
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SearchIndex.RefreshAsync(terms, asset, cancellationToken);
            if (await db.TrySaveAsync(asset, versionRead, cancellationToken) is { } conflict)
            {
                await transaction.RollbackAsync(cancellationToken);
                return conflict;
            }

            await transaction.CommitAsync(cancellationToken);
            return null;
        }
    }

    /// <summary>
    /// Writes generated assets fast (prepared inserts, no change tracking), numbered from the counters and indexed
    /// for search like any other, inside the caller's transaction. For the demo and the large city only.
    /// </summary>
    public static async Task BulkAddAsync<T, TTerm, TCounter>(
        DbSet<TTerm> terms, DbSet<TCounter> counters, Guid organisationId, string series, IReadOnlyList<T> assets, DateTime now, CancellationToken cancellationToken)
        where T : RegisterAsset
        where TTerm : AssetSearchTerm, new()
        where TCounter : ReferenceCounter, new()
    {
        if (assets.Count == 0)
        {
            return;
        }

        var db = terms.GetService<ICurrentDbContext>().Context;
        var first = await ReferenceNumbers.ReserveAsync(counters, organisationId, series, assets.Count, cancellationToken);
        for (var i = 0; i < assets.Count; i++)
        {
            var asset = assets[i];
            asset.OrganisationId = organisationId;
            asset.Reference = ReferenceNumbers.Format(series, first + i);
            asset.Version = 1;
            asset.UpdatedAtUtc = now;
            asset.UpdatedBy = "system";
            asset.Reindex();
        }

        await db.InsertAsync(assets, cancellationToken);
        await db.InsertAsync([.. assets.SelectMany(SearchIndex.TermsOf<TTerm>)], cancellationToken);
    }

    /// <summary>
    /// The retire action of a register's page: takes the asset (null when it is not found in service) out of service
    /// if a reason is given and nobody changed it meanwhile, tells the person how it went and goes back to its page.
    /// </summary>
    public static async Task<IActionResult> RetireAsync(
        this Controller page, DbContext db, RegisterAsset? asset, RetireForm form, DateOnly today, string retired, string back,
        IStringLocalizer<CommonText> text, CancellationToken cancellationToken)
    {
        if (asset is null)
        {
            return page.NotFound();
        }

        if (form.Apply(asset, today) is { } problem)
        {
            page.TempData["FlashError"] = text[problem].Value;
        }
        else if (await db.TrySaveAsync(asset, form.Version, cancellationToken) is not null)
        {
            page.TempData["FlashError"] = text["Someone changed this record while you were reading it: nothing has been saved."].Value;
        }
        else
        {
            page.TempData["Flash"] = retired;
        }

        return page.Redirect(back);
    }
}
