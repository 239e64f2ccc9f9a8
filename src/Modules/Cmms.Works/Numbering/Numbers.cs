using Cmms.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Numbering;

/// <summary>The Works series: DI-2026-000123 for requests, OT-2026-000456 for work orders, given by the kernel's yearly numbers.</summary>
internal static class Numbers
{
    public const string Requests = "DI";
    public const string WorkOrders = "OT";

    public static Task<string> NextAsync(DbContext db, Guid organisationId, string series, int year, CancellationToken cancellationToken) =>
        YearlyNumbers.NextAsync<Counter>(db, organisationId, series, year, cancellationToken);
}
