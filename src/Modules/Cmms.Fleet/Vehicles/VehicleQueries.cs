using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Fleet.Vehicles;

/// <summary>The vehicles a person may see: all of the organisation's, or a referent's sites' only.</summary>
internal static class VehicleQueries
{
    public static async Task<IQueryable<Vehicle>> ScopedAsync(DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        Scoped(db, await scopes.GetAsync(user, cancellationToken));

    public static IQueryable<Vehicle> Scoped(DbContext db, UserScope scope)
    {
        var vehicles = db.Vehicles.AsQueryable();
        if (!scope.AllSites)
        {
            var sites = scope.SiteIds.ToList();
            vehicles = vehicles.Where(v => sites.Contains(v.SiteId));
        }

        return vehicles;
    }

    /// <summary>Vehicles whose number, plate, label, brand, model or VIN contains the text (accents and case ignored).</summary>
    public static IQueryable<Vehicle> Matching(this IQueryable<Vehicle> vehicles, string? text)
    {
        var term = SearchText.Normalise(text);
        if (term.Length == 0)
        {
            return vehicles;
        }

        // "ab123cd" finds AB-123-CD: the key holds the plate with and without its dashes.
        return vehicles.Where(v => v.SearchKey.Contains(term));
    }
}
