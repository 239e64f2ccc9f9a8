using System.Globalization;
using System.Security.Claims;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Works.Preventive.Demo;

/// <summary>
/// The registers' assets as their catalogs describe them (in French, the demo's language), with the meters Fleet
/// reports: the demo's plans are made on these, never on another module's types. The kinds are the catalogs' own
/// labels ("Chaudière", "Tronçon de voirie", "Tondeuse autoportée"…).
/// </summary>
internal sealed class DemoAssets(IReadOnlyList<AssetSummary> all, IReadOnlyList<MeterState> meters)
{
    /// <summary>How many assets each catalog is asked for: the demo city has fewer of any kind but trees.</summary>
    private const int PerCatalog = 3000;

    public IReadOnlyList<AssetSummary> All => all;

    public IReadOnlyList<MeterState> Meters => meters;

    public List<AssetSummary> OfKind(params string[] kinds) => [.. all.Where(a => kinds.Contains(a.Kind)).OrderBy(a => a.Label, StringComparer.Ordinal)];

    /// <summary>Assets with a meter of the kind, with its latest value.</summary>
    public List<(AssetSummary Asset, MeterState Meter)> WithMeter(string kind) =>
        [.. meters.Where(m => m.Kind == kind && m.Value is not null)
            .Join(all, m => m.Asset, a => a.Ref, (m, a) => (a, m))
            .OrderBy(x => x.a.Label, StringComparer.Ordinal)];

    /// <summary>
    /// Reads every catalog as an administrator of the organisation would see it (the catalogs answer for the person
    /// acting: a seeder has no request, so it acts under a principal of its own for the time of the reading).
    /// </summary>
    public static async Task<DemoAssets> ReadAsync(IServiceScopeFactory scopes, Guid organisationId, CancellationToken cancellationToken, int perCatalog = PerCatalog)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        var identity = new ClaimsIdentity(
            [new Claim(CmmsClaims.OrganisationId, organisationId.ToString()), new Claim(CmmsClaims.DisplayName, PlanGenerationActor.Name), new Claim(ClaimTypes.Role, Roles.Administrator)],
            "demo-seed", CmmsClaims.DisplayName, ClaimTypes.Role);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = services };
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var all = new List<AssetSummary>();
            foreach (var catalog in services.GetServices<IAssetCatalog>())
            {
                all.AddRange(await catalog.SearchAsync(null, null, perCatalog, cancellationToken));
            }

            all = [.. all.DistinctBy(a => a.Ref)];
            var meters = await services.GetServices<IAssetMeters>().LatestAsync([.. all.Select(a => a.Ref)], cancellationToken);
            return new DemoAssets(all, meters);
        }
        finally
        {
            accessor.HttpContext = null;
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}

/// <summary>Who the demo's generated work appears to come from: the plans themselves.</summary>
internal static class PlanGenerationActor
{
    public const string Name = Generation.PlanGeneration.ActorName;
}
