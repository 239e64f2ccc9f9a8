using Cmms.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Stock.Numbering;

/// <summary>The stock's series: BC-2026-000012 for purchase orders, INV-2026-000003 for counts, given by the kernel's yearly numbers.</summary>
internal static class Numbers
{
    public const string PurchaseOrders = "BC";
    public const string Counts = "INV";

    public static Task<string> NextAsync(DbContext db, Guid organisationId, string series, int year, CancellationToken cancellationToken) =>
        YearlyNumbers.NextAsync<Counter>(db, organisationId, series, year, cancellationToken);
}
