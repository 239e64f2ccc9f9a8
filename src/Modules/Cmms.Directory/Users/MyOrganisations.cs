using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Users;

public sealed record OrganisationChoice(Guid Id, string Name, IReadOnlyList<string> Roles)
{
    /// <summary>The value of the membership claim carried in the sign-in cookie: "id|name".</summary>
    public string ToClaimValue() => $"{Id}|{Name}";

    public static OrganisationChoice? FromClaimValue(string value) =>
        value.Split('|', 2) is [var id, var name] && Guid.TryParse(id, out var organisationId)
            ? new OrganisationChoice(organisationId, name, [])
            : null;
}

/// <summary>
/// The organisations a person may act for. This is the one place that reads memberships across
/// organisations, always narrowed to a single user, because it runs before any organisation is chosen.
/// </summary>
internal static class MyOrganisations
{
    public static async Task<List<OrganisationChoice>> ForUserAsync(DbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var rows = await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == userId && m.IsActive)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { o.Id, o.Name, m.Roles })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
            .Select(r => new OrganisationChoice(r.Id, r.Name, r.Roles))
            .ToList();
    }
}
